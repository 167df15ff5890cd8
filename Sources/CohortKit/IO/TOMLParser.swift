import Foundation

/// Parses the subset of TOML 1.0 that scenario files use: comments, bare
/// and quoted keys, dotted keys, `[table]` headers (dotted too), basic and
/// literal strings, integers, floats, booleans, arrays (over several lines)
/// and inline tables. Not supported: multi-line strings, dates and times,
/// arrays of tables (`[[…]]`). Redefining a key is an error.
///
/// Errors are ``InputError`` values naming the file and line.
struct TOMLParser {
    private let bytes: [UInt8]
    private let file: String
    private var i = 0
    private var line = 1
    /// How many arrays and inline tables enclose the value being read.
    private var depth = 0

    /// The deepest nesting of arrays, inline tables and dotted keys accepted
    /// (a scenario needs 2). Deeper input is refused with a message instead
    /// of exhausting the stack of the recursive reader.
    static let maximumDepth = 16

    /// Parses `text`; `file` names it in messages.
    static func parse(_ text: String, file: String) throws -> TOMLTable {
        var parser = TOMLParser(bytes: Array(text.utf8), file: file)
        return try parser.document()
    }

    private init(bytes: [UInt8], file: String) {
        var b = bytes
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        self.bytes = b
        self.file = file
    }

    private func fail(_ message: String, line: Int? = nil) -> InputError {
        InputError(message, file: file, line: line ?? self.line)
    }

    private var atEnd: Bool { i >= bytes.count }
    private var current: UInt8? { atEnd ? nil : bytes[i] }

    private mutating func skipSpaces() {
        while let c = current, c == 0x20 || c == 0x09 { i += 1 }
    }

    /// Skips spaces, comments and line ends (inside arrays).
    private mutating func skipBlank() {
        while let c = current {
            if c == 0x20 || c == 0x09 || c == 0x0D {
                i += 1
            } else if c == 0x0A {
                i += 1
                line += 1
            } else if c == UInt8(ascii: "#") {
                while let d = current, d != 0x0A { i += 1 }
            } else {
                break
            }
        }
    }

    /// After a key/value or header: only spaces and a comment until the end of the line.
    private mutating func endOfLine() throws {
        skipSpaces()
        if current == UInt8(ascii: "#") { while let d = current, d != 0x0A { i += 1 } }
        if current == 0x0D { i += 1 }
        guard let c = current else { return }
        guard c == 0x0A else { throw fail("unexpected text after the value; put one key = value per line") }
        i += 1
        line += 1
    }

    private mutating func document() throws -> TOMLTable {
        var root = TOMLTable()
        var path: [String] = []
        var definedTables: Set<[String]> = []
        while true {
            skipBlank()
            guard let c = current else { break }
            if c == UInt8(ascii: "[") {
                i += 1
                if current == UInt8(ascii: "[") {
                    throw fail("arrays of tables ([[…]]) are not supported in scenario files")
                }
                skipSpaces()
                let headerLine = line
                path = try dottedKey()
                skipSpaces()
                guard current == UInt8(ascii: "]") else { throw fail("a table header must end with ]") }
                i += 1
                guard definedTables.insert(path).inserted else {
                    throw fail("table [\(path.joined(separator: "."))] is defined twice", line: headerLine)
                }
                try Self.insert(
                    .table(TOMLTable()), at: path, into: &root, line: headerLine, file: file, allowExistingTable: true)
                try endOfLine()
            } else {
                let keyLine = line
                let key = try dottedKey()
                skipSpaces()
                guard current == UInt8(ascii: "=") else {
                    throw fail("expected = after the key \(InputError.quote(key.joined(separator: ".")))")
                }
                i += 1
                skipSpaces()
                let v = try value()
                try Self.insert(v, at: path + key, into: &root, line: keyLine, file: file, allowExistingTable: false)
                try endOfLine()
            }
        }
        return root
    }

    private static func insert(
        _ value: TOMLValue, at path: [String], into table: inout TOMLTable, line: Int,
        file: String, allowExistingTable: Bool
    ) throws {
        let key = path[0]
        let index = table.entries.firstIndex { $0.key == key }
        if path.count == 1 {
            if let index {
                if allowExistingTable, case .table = table.entries[index].value { return }
                throw InputError(
                    "the key \(key) is defined twice (first on line \(table.entries[index].line))", file: file,
                    line: line)
            }
            table.entries.append(.init(key: key, value: value, line: line))
            return
        }
        var sub: TOMLTable
        if let index {
            guard case .table(let existing) = table.entries[index].value else {
                throw InputError(
                    "the key \(key) is not a table (it was set on line \(table.entries[index].line))", file: file,
                    line: line)
            }
            sub = existing
        } else {
            sub = TOMLTable()
        }
        try insert(
            value, at: Array(path.dropFirst()), into: &sub, line: line, file: file,
            allowExistingTable: allowExistingTable)
        if let index {
            table.entries[index].value = .table(sub)
        } else {
            table.entries.append(.init(key: key, value: .table(sub), line: line))
        }
    }

    private mutating func dottedKey() throws -> [String] {
        var parts = [try simpleKey()]
        skipSpaces()
        while current == UInt8(ascii: ".") {
            guard parts.count < Self.maximumDepth else { throw fail("keys nest deeper than \(Self.maximumDepth)") }
            i += 1
            skipSpaces()
            parts.append(try simpleKey())
            skipSpaces()
        }
        return parts
    }

    private mutating func simpleKey() throws -> String {
        if current == UInt8(ascii: "\"") { return try basicString() }
        if current == UInt8(ascii: "'") { return try literalString() }
        let start = i
        while let c = current,
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        { i += 1 }
        guard i > start else { throw fail("expected a key (letters, digits, _ or -)") }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func value() throws -> TOMLValue {
        guard let c = current else { throw fail("expected a value after =") }
        switch c {
        case UInt8(ascii: "\""):
            if bytes[i...].starts(with: Array("\"\"\"".utf8)) {
                throw fail("multi-line strings are not supported in scenario files")
            }
            return .string(try basicString())
        case UInt8(ascii: "'"):
            return .string(try literalString())
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw fail("arrays nest deeper than \(Self.maximumDepth)") }
            depth += 1
            defer { depth -= 1 }
            i += 1
            var items: [TOMLValue] = []
            while true {
                skipBlank()
                if current == UInt8(ascii: "]") {
                    i += 1
                    break
                }
                items.append(try value())
                skipBlank()
                if current == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if current == UInt8(ascii: "]") {
                    i += 1
                    break
                }
                throw fail("expected , or ] in the array")
            }
            return .array(items)
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw fail("inline tables nest deeper than \(Self.maximumDepth)") }
            depth += 1
            defer { depth -= 1 }
            i += 1
            var table = TOMLTable()
            skipSpaces()
            if current == UInt8(ascii: "}") {
                i += 1
                return .table(table)
            }
            while true {
                skipSpaces()
                let keyLine = line
                let key = try dottedKey()
                skipSpaces()
                guard current == UInt8(ascii: "=") else { throw fail("expected = in the inline table") }
                i += 1
                skipSpaces()
                try Self.insert(
                    try value(), at: key, into: &table, line: keyLine, file: file, allowExistingTable: false)
                skipSpaces()
                if current == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if current == UInt8(ascii: "}") {
                    i += 1
                    break
                }
                throw fail("expected , or } in the inline table")
            }
            return .table(table)
        default:
            let start = i
            while let d = current, d != UInt8(ascii: ","), d != UInt8(ascii: "]"), d != UInt8(ascii: "}"),
                d != UInt8(ascii: "#"), d != 0x0A, d != 0x0D, d != 0x20, d != 0x09
            { i += 1 }
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            if word == "true" { return .boolean(true) }
            if word == "false" { return .boolean(false) }
            let plain = word.replacingOccurrences(of: "_", with: "")
            if let n = Int(plain), !plain.contains("."), !plain.lowercased().contains("e") { return .integer(n) }
            if ["inf", "+inf", "-inf", "nan", "+nan", "-nan"].contains(plain) {
                throw fail("\(InputError.quote(word)) is not a usable number in a scenario")
            }
            if let d = Double(plain), d.isFinite, plain.first != ".", plain.last != "." { return .float(d) }
            if word.isEmpty { throw fail("expected a value after =") }
            throw fail("\(InputError.quote(word)) is not a value; strings need quotes")
        }
    }

    private mutating func basicString() throws -> String {
        i += 1  // opening quote
        var out: [UInt8] = []
        while let c = current {
            if c == 0x0A { break }
            i += 1
            if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if c == UInt8(ascii: "\\") {
                guard let e = current else { break }
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let count = e == UInt8(ascii: "u") ? 4 : 8
                    guard i + count <= bytes.count,
                        let code = UInt32(String(decoding: bytes[i..<(i + count)], as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(code)
                    else { throw fail("a bad \\u escape in a string") }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i += count
                default: throw fail("an unknown escape \\\(Character(Unicode.Scalar(e))) in a string")
                }
            } else {
                out.append(c)
            }
        }
        throw fail("a string is not closed on its line")
    }

    private mutating func literalString() throws -> String {
        i += 1
        let start = i
        while let c = current, c != UInt8(ascii: "'"), c != 0x0A { i += 1 }
        guard current == UInt8(ascii: "'") else { throw fail("a string is not closed on its line") }
        let s = String(decoding: bytes[start..<i], as: UTF8.self)
        i += 1
        return s
    }
}
