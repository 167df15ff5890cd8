/// A value in a TOML document (the subset Cohort's scenario files use).
indirect enum TOMLValue: Sendable, Equatable {
    /// A string, `"…"` (with escapes) or `'…'` (literal).
    case string(String)
    /// A whole number, such as `2070` or `-5_000`.
    case integer(Int)
    /// A number with a fraction or exponent, such as `0.87` or `1e3`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `[v, v, …]`, possibly over several lines.
    case array([TOMLValue])
    /// A table: `[name]` headers, dotted keys or `{ k = v, … }`.
    case table(TOMLTable)

    /// A short name of the value's type for messages: "a string", "a number", ….
    var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "a whole number"
        case .float: "a number"
        case .boolean: "true or false"
        case .array: "an array"
        case .table: "a table"
        }
    }

    /// The value as a number, when it is an integer or a float.
    var number: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .float(let d): d
        default: nil
        }
    }
}
