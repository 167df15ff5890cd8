/// A problem with the inputs of a projection, said in a way a demographer
/// can act on: what is wrong and, when it comes from a file, where.
///
/// Its ``description`` reads like a compiler message,
/// `mortality.csv:12: column mx: "-0.02" is negative; death rates must be ≥ 0`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in (its name within the input set), if any.
    public var file: String?
    /// The 1-based line of the file (the header is line 1), if any.
    public var line: Int?
    /// The column (by header name) the problem is in, if any.
    public var column: String?
    /// The key of a scenario file the problem is in, if any (dotted, e.g. `fertility.tfr`).
    public var key: String?
    /// What is wrong.
    public var message: String

    /// An error with a message and, optionally, where it is.
    public init(_ message: String, file: String? = nil, line: Int? = nil, column: String? = nil, key: String? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.key = key
    }

    /// The message, prefixed with where the problem is when that is known.
    ///
    /// Safe to print on a terminal whatever the input held: control
    /// characters (escape sequences, NUL, line breaks) are written as
    /// `\u{1B}`, and a part longer than ``maximumLength`` characters is cut.
    public var description: String {
        var place = ""
        if let file { place += Self.printable(file) }
        if let line { place += ":\(line)" }
        if !place.isEmpty { place += ": " }
        if let column { place += "column \(Self.printable(column, limit: Self.quotedLength)): " }
        if let key { place += "key \(Self.printable(key, limit: Self.quotedLength)): " }
        return place + Self.printable(message)
    }

    /// The longest message (or file name) ``description`` prints, in characters.
    public static let maximumLength = 2_000

    /// The longest text ``quote(_:)`` keeps, in characters.
    public static let quotedLength = 60

    /// `text` from a user's file, for a message: in quotes, control characters
    /// escaped, cut to ``quotedLength`` characters with an ellipsis.
    /// `"lots"`, `"\u{1B}[2J"`, `"aaaa…aaaa…"` (60 characters and `…`).
    public static func quote(_ text: some StringProtocol) -> String {
        "\"" + printable(String(text), limit: quotedLength) + "\""
    }

    /// `text` with control characters written as `\u{XX}` and cut to `limit` characters (an ellipsis marks the cut).
    public static func printable(_ text: String, limit: Int = maximumLength) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { return out + "…" }
            let value = scalar.value
            // C0 and C1 controls and DEL: escape sequences and NUL never reach the terminal.
            if value < 0x20 || (value >= 0x7F && value < 0xA0) || value == 0x2028 || value == 0x2029 {
                out += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}
