/// A single number (such as the sex ratio at birth) that every member of a
/// batch shares, or one number per member.
public enum BatchValue: Sendable, Equatable {
    /// One value for every column.
    case shared(Double)
    /// One value per column.
    case perColumn([Double])

    /// The value that applies to `column`.
    public func value(forColumn column: Int) -> Double {
        switch self {
        case .shared(let value): value
        case .perColumn(let values): values[column]
        }
    }
}
