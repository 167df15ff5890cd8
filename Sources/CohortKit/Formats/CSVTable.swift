import Foundation

/// A CSV file read into memory: its header and its records, each with the
/// line it starts on. The input-set reader builds on it; data-building
/// tools use it to read source tables with the same error messages.
///
/// Accepts what spreadsheets write: an optional UTF-8 byte-order mark, LF,
/// CRLF or CR line ends, fields quoted with `"` (a doubled `""` inside
/// quotes is one quote, and quoted fields may hold commas and line breaks).
/// Blank lines are skipped. Header names are trimmed of spaces.
public struct CSVTable: Sendable {
    /// One data row.
    public struct Record: Sendable {
        /// The 1-based line the record starts on (the header is line 1 when
        /// the file starts with it).
        public let line: Int
        /// The fields, as many as the header has.
        public let fields: [String]
    }

    /// The file's name, for messages.
    public let file: String
    /// The header row's names.
    public let header: [String]
    /// The data rows.
    public let records: [Record]

    /// Reads and parses the file at `url`; messages name it `displayName`.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, is not UTF-8,
    ///   is empty, has an unclosed quote or a row with the wrong number of fields.
    public static func read(_ url: URL, displayName: String) throws -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError("cannot read the file (\(error.localizedDescription))", file: displayName)
        }
        return try parse(data, file: displayName)
    }

    /// Parses CSV bytes; `file` names the source in messages.
    public static func parse(_ data: Data, file: String) throws -> CSVTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw InputError("the file is not UTF-8 text", file: file)
        }
        var rows: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var i = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

        func endField() {
            var text = String(decoding: field, as: UTF8.self)
            if !fieldWasQuoted { text = text.trimmingCharacters(in: .whitespaces) }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank { rows.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == lf || (b == cr && !(i + 1 < bytes.count && bytes[i + 1] == lf)) { line += 1 }
                    field.append(b)
                }
            } else if b == quote {
                guard field.allSatisfy({ $0 == UInt8(ascii: " ") }) && !fieldWasQuoted else {
                    throw InputError("a quote (\") inside an unquoted field; quote the whole field and double the quotes inside it",
                                     file: file, line: line)
                }
                field.removeAll()
                inQuotes = true
                fieldWasQuoted = true
            } else if b == comma {
                endField()
            } else if b == lf || b == cr {
                if b == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                if fieldWasQuoted && b != UInt8(ascii: " ") {
                    throw InputError("text after the closing quote of a field", file: file, line: line)
                }
                if !fieldWasQuoted { field.append(b) }
            }
            i += 1
        }
        if inQuotes {
            throw InputError("a quoted field opened on line \(recordLine) is never closed", file: file, line: recordLine)
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }

        guard let first = rows.first else {
            throw InputError("the file is empty; it needs a header row and data rows", file: file)
        }
        let header = first.fields
        var records: [Record] = []
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            guard row.fields.count == header.count else {
                throw InputError("this row has \(row.fields.count) field(s); the header has \(header.count) (\(header.joined(separator: ",")))",
                                 file: file, line: row.line)
            }
            records.append(row)
        }
        return CSVTable(file: file, header: header, records: records)
    }

    /// The index of the column named `name`, if the header has it.
    public func index(of name: String) -> Int? { header.firstIndex(of: name) }

    /// The index of the required column `name`.
    public func requireColumn(_ name: String) throws -> Int {
        guard let i = index(of: name) else {
            throw InputError("no column \(name); the header is \(header.joined(separator: ","))", file: file, line: 1)
        }
        return i
    }
}
