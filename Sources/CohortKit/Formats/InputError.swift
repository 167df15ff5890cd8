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
    public var description: String {
        var place = ""
        if let file { place += file }
        if let line { place += ":\(line)" }
        if !place.isEmpty { place += ": " }
        if let column { place += "column \(column): " }
        if let key { place += "key \(key): " }
        return place + message
    }
}
