import Foundation

/// A CSV file read into memory: its header and its records, each with the
/// line it starts on. The input-set reader builds on it; data-building
/// tools use it to read source tables with the same error messages.
///
/// Accepts what spreadsheets write: an optional UTF-8 byte-order mark, LF,
/// CRLF or CR line ends, fields quoted with `"` (a doubled `""` inside
/// quotes is one quote, and quoted fields may hold commas and line breaks).
/// Blank lines are skipped. Fields are trimmed of spaces and tabs outside quotes.
///
/// The fields are kept as bytes, one buffer for the whole file; the typed
/// accessors (``integer(_:_:)``, ``number(_:_:)``, ``sex(_:_:)``,
/// ``age(_:_:openAge:)``) read them without building strings.
public struct CSVTable: Sendable {
    /// The bytes of every data field, unquoted, and where each field ends.
    final class Storage: Sendable {
        let bytes: [UInt8]
        /// `ends[k]` is the end of field k (record × columns + column); it starts at `ends[k − 1]` (0 for k = 0).
        let ends: [Int]
        let columns: Int

        init(bytes: [UInt8], ends: [Int], columns: Int) {
            self.bytes = bytes
            self.ends = ends
            self.columns = columns
        }

        func range(_ record: Int, _ column: Int) -> Range<Int> {
            let k = record * columns + column
            return (k == 0 ? 0 : ends[k - 1])..<ends[k]
        }

        func string(_ record: Int, _ column: Int) -> String {
            String(decoding: bytes[range(record, column)], as: UTF8.self)
        }
    }

    /// One data row.
    public struct Record: Sendable {
        /// The 1-based line the record starts on (the header is line 1 when
        /// the file starts with it).
        public let line: Int
        let index: Int
        let storage: Storage

        /// The fields as strings, as many as the header has.
        public var fields: [String] { (0..<storage.columns).map { storage.string(index, $0) } }
    }

    /// The file's name, for messages.
    public let file: String
    /// The header row's names.
    public let header: [String]
    let storage: Storage
    let lines: [Int]

    /// The data rows.
    public var records: [Record] { lines.indices.map { Record(line: lines[$0], index: $0, storage: storage) } }

    /// Reads and parses the file at `url`; messages name it `displayName`.
    ///
    /// - Throws: ``InputError`` when the file cannot be read (missing, a
    ///   folder, a device or FIFO, a dangling link, no permission), is not
    ///   UTF-8, is empty, has an unclosed quote or a row with the wrong number of fields.
    public static func read(_ url: URL, displayName: String) throws -> CSVTable {
        try parse(FileSystem.readRegularFile(url.path, displayName: displayName), file: displayName)
    }

    /// Parses CSV bytes; `file` names the source in messages.
    public static func parse(_ data: Data, file: String) throws -> CSVTable {
        try data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw InputError("the file is not UTF-8 text", file: file)
            }
            return try parse(bytes, file: file)
        }
    }

    /// One pass over the bytes, copying each field's (unquoted, trimmed) bytes
    /// into one buffer.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> CSVTable {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let count = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var ends: [Int] = []
        var lines: [Int] = []
        var header: [String]? = nil
        var line = 1
        var i = 0
        while i < count {
            let recordLine = line
            let firstEnd = ends.count, firstByte = out.count
            var endOfRecord = false
            while !endOfRecord {
                var j = i
                while j < count && (bytes[j] == space || bytes[j] == tab) { j += 1 }
                if j < count && bytes[j] == quote {
                    j += 1
                    var closed = false
                    while j < count {
                        let b = bytes[j]
                        if b == quote {
                            if j + 1 < count && bytes[j + 1] == quote {
                                out.append(quote)
                                j += 2
                                continue
                            }
                            closed = true
                            j += 1
                            break
                        }
                        if b == lf || (b == cr && !(j + 1 < count && bytes[j + 1] == lf)) { line += 1 }
                        out.append(b)
                        j += 1
                    }
                    guard closed else {
                        throw InputError(
                            "a quoted field opened on line \(recordLine) is never closed", file: file, line: recordLine)
                    }
                    while j < count && (bytes[j] == space || bytes[j] == tab) { j += 1 }
                    guard j == count || bytes[j] == comma || bytes[j] == lf || bytes[j] == cr else {
                        throw InputError("text after the closing quote of a field", file: file, line: line)
                    }
                } else {
                    let start = j
                    while j < count {
                        let b = bytes[j]
                        // Most bytes are digits or letters, above every delimiter (", , \n \r are all below 45).
                        if b >= 45 {
                            j += 1
                            continue
                        }
                        if b == comma || b == lf || b == cr { break }
                        if b == quote {
                            throw InputError(
                                "a quote (\") inside an unquoted field; quote the whole field and double the quotes inside it",
                                file: file, line: line)
                        }
                        j += 1
                    }
                    var end = j
                    while end > start && (bytes[end - 1] == space || bytes[end - 1] == tab) { end -= 1 }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                ends.append(out.count)
                i = j
                if i >= count {
                    endOfRecord = true
                } else if bytes[i] == comma {
                    i += 1
                    if i == count {
                        ends.append(out.count)
                        endOfRecord = true
                    }
                } else {
                    if bytes[i] == cr && i + 1 < count && bytes[i + 1] == lf { i += 1 }
                    i += 1
                    line += 1
                    endOfRecord = true
                }
            }
            let fields = ends.count - firstEnd
            if fields == 1 && out.count == firstByte {
                ends.removeLast()  // a blank line
                continue
            }
            guard let names = header else {
                header = (firstEnd..<ends.count).map { k in
                    String(decoding: out[(k == firstEnd ? firstByte : ends[k - 1])..<ends[k]], as: UTF8.self)
                }
                ends.removeSubrange(firstEnd...)
                out.removeSubrange(firstByte...)
                continue
            }
            guard fields == names.count else {
                throw InputError(
                    "this row has \(fields) field(s); the header has \(names.count)\(describeHeader(names).map { " (\($0))" } ?? "")",
                    file: file, line: recordLine)
            }
            lines.append(recordLine)
        }
        guard let header else {
            throw InputError("the file is empty; it needs a header row and data rows", file: file)
        }
        return CSVTable(
            file: file, header: header, storage: Storage(bytes: out, ends: ends, columns: header.count), lines: lines)
    }

    /// The header's names for a message, when they look like column names
    /// (letters, digits, spaces and `_ - . ( ) %`, at most 40 characters each,
    /// at most 30 of them); `nil` otherwise, so that a file that is not a CSV
    /// of columns (a password file, an environment) is never quoted.
    static func describeHeader(_ names: [String]) -> String? {
        guard names.count <= 30,
            names.allSatisfy({ name in
                name.count <= 40
                    && name.unicodeScalars.allSatisfy { c in
                        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A)
                            || (c.value >= 0x61 && c.value <= 0x7A)
                            || " _-.()%".unicodeScalars.contains(c)
                    }
            })
        else { return nil }
        return names.joined(separator: ",")
    }

    /// The index of the column named `name`, if the header has it.
    public func index(of name: String) -> Int? { header.firstIndex(of: name) }

    /// The index of the required column `name`.
    public func requireColumn(_ name: String) throws -> Int {
        guard let i = index(of: name) else {
            throw InputError(
                "no column \(name); "
                    + (Self.describeHeader(header).map { "the header is \($0)" }
                        ?? "the first line is not a header of column names"),
                file: file, line: 1)
        }
        return i
    }
}
