/// A dense matrix with one row per single year of age and one column per
/// member of a batch (a scenario, a stochastic draw, a region).
///
/// Storage is column-major, as BLAS expects: the element for age `a` and
/// column `j` is `storage[a + j * ages]`, so each column (one member's age
/// schedule) is contiguous. Rows are ages 0…ω, the last row being the open
/// age group ω+, so `ages == ω + 1`.
///
/// ```swift
/// var women = AgeMatrix(ages: 101, columns: 1_000)   // zeros
/// women[30, 7] = 172_000                              // age 30, member 7
/// let member7 = women.column(7)                       // [Double], 101 ages
/// ```
public struct AgeMatrix: Sendable, Equatable {
    /// Number of rows: single ages 0…ω−1 plus the open group, ω + 1.
    public let ages: Int
    /// Number of columns: members of the batch.
    public let columns: Int
    /// The elements, column-major; `storage.count == ages * columns`.
    public var storage: [Double] { _storage }
    @usableFromInline var _storage: [Double]

    /// A matrix whose every element `fill(buffer)` writes (all of them: the
    /// buffer starts uninitialized), without zeroing it first.
    public init(ages: Int, columns: Int, filling fill: (UnsafeMutableBufferPointer<Double>) throws -> Void) rethrows {
        precondition(ages > 0 && columns > 0, "an AgeMatrix needs at least one age and one column")
        self.ages = ages
        self.columns = columns
        self._storage = try Array(unsafeUninitializedCapacity: ages * columns) { buffer, count in
            try fill(buffer)
            count = ages * columns
        }
    }

    /// A matrix of `ages` rows and `columns` columns, every element `value`.
    public init(ages: Int, columns: Int, repeating value: Double = 0) {
        precondition(ages > 0 && columns > 0, "an AgeMatrix needs at least one age and one column")
        self.ages = ages
        self.columns = columns
        self._storage = Array(repeating: value, count: ages * columns)
    }

    /// A matrix from column-major storage; `storage.count` must be `ages * columns`.
    public init(ages: Int, columns: Int, storage: [Double]) {
        precondition(ages > 0 && columns > 0, "an AgeMatrix needs at least one age and one column")
        precondition(
            storage.count == ages * columns,
            "storage holds \(storage.count) values; \(ages) ages × \(columns) columns need \(ages * columns)")
        self.ages = ages
        self.columns = columns
        self._storage = storage
    }

    /// A matrix whose columns are the given age schedules, all of the same length.
    public init(columns schedules: [[Double]]) {
        precondition(!schedules.isEmpty, "an AgeMatrix needs at least one column")
        let ages = schedules[0].count
        precondition(schedules.allSatisfy { $0.count == ages }, "every column must have the same number of ages")
        self.init(ages: ages, columns: schedules.count, storage: Array(schedules.joined()))
    }

    /// A matrix of `columns` identical columns, each equal to `schedule`.
    public init(repeating schedule: [Double], columns: Int) {
        precondition(columns > 0, "an AgeMatrix needs at least one column")
        var storage: [Double] = []
        storage.reserveCapacity(schedule.count * columns)
        for _ in 0..<columns { storage.append(contentsOf: schedule) }
        self.init(ages: schedule.count, columns: columns, storage: storage)
    }

    /// The element for `age` (0…ω) and `column`.
    @inlinable
    public subscript(age: Int, column: Int) -> Double {
        get { _storage[age + column * ages] }
        set { _storage[age + column * ages] = newValue }
    }

    /// One member's age schedule, ages 0…ω.
    public func column(_ column: Int) -> [Double] {
        Array(_storage[column * ages..<(column + 1) * ages])
    }

    /// Calls `body` with all elements, column-major, writable in place.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try _storage.withUnsafeMutableBufferPointer(body)
    }

    /// Calls `body` with the `ages` values of one column, writable in place.
    public mutating func withUnsafeMutableColumn<R>(
        _ column: Int,
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        let range = (column * ages)..<((column + 1) * ages)
        return try _storage.withUnsafeMutableBufferPointer { try body(UnsafeMutableBufferPointer(rebasing: $0[range])) }
    }

    /// The sum over ages of each column: one total per member.
    public func columnTotals() -> [Double] {
        storage.withUnsafeBufferPointer { p in
            (0..<columns).map { j in
                var sum = 0.0
                for a in 0..<ages { sum += p[a + j * ages] }
                return sum
            }
        }
    }
}
