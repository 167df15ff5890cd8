/// Why a graduation could not be done.
public enum GraduationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A series has a different number of groups from the boundaries.
    case wrongNumberOfGroups(expected: Int, got: Int)
    /// A group total is negative, NaN or infinite.
    case invalidTotal(group: Int, value: Double)

    /// A sentence saying what was wrong.
    public var description: String {
        switch self {
        case .wrongNumberOfGroups(let expected, let got):
            "a series has \(got) group totals; the boundaries define \(expected) groups"
        case .invalidTotal(let group, let value):
            "group \(group) has total \(value); group totals must be finite and ≥ 0"
        }
    }
}
