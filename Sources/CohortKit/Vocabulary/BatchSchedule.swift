/// An age schedule (one value per age 0…ω) that every member of a batch
/// shares, or one schedule per member.
///
/// Sharing saves memory and lets the engine use one matrix–vector product
/// for all members (for example births: the fertility row against every
/// column of women).
public enum BatchSchedule: Sendable, Equatable {
    /// One schedule for every column, `ages` values.
    case shared([Double])
    /// One schedule per column: an ``AgeMatrix`` with the batch's shape.
    case perColumn(AgeMatrix)

    /// Number of ages the schedule covers.
    public var ages: Int {
        switch self {
        case .shared(let values): values.count
        case .perColumn(let matrix): matrix.ages
        }
    }

    /// The schedule that applies to `column`.
    public func schedule(forColumn column: Int) -> [Double] {
        switch self {
        case .shared(let values): values
        case .perColumn(let matrix): matrix.column(column)
        }
    }
}

extension BatchSchedule {
    /// Calls `body` with a function that gives, for each column, a pointer to
    /// the `ages` values of that column's schedule (the same pointer for every
    /// column of a shared schedule). The pointers are valid only inside `body`.
    /// Calls `body` with the storage's base pointer and the distance between
    /// columns: 0 when shared (every column reads the same values), the ages otherwise.
    func withStridedPointer<R>(_ body: (UnsafePointer<Double>, Int) throws -> R) rethrows -> R {
        switch self {
        case .shared(let values): return try values.withUnsafeBufferPointer { try body($0.baseAddress!, 0) }
        case .perColumn(let matrix):
            return try matrix.storage.withUnsafeBufferPointer { try body($0.baseAddress!, matrix.ages) }
        }
    }

    func withColumnPointers<R>(_ body: ((Int) -> UnsafePointer<Double>) throws -> R) rethrows -> R {
        switch self {
        case .shared(let values):
            return try values.withUnsafeBufferPointer { p in
                let base = p.baseAddress!
                return try body { _ in base }
            }
        case .perColumn(let matrix):
            return try matrix.storage.withUnsafeBufferPointer { p in
                let base = p.baseAddress!
                let ages = matrix.ages
                return try body { j in base + j * ages }
            }
        }
    }
}
