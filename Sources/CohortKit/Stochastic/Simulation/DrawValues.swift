import Foundation

/// The values a ``DrawProjection`` keeps: for each indicator, projected year
/// and member, one number. Workers write disjoint members, so no lock is needed
/// for the values themselves.
public final class DrawValues: @unchecked Sendable {
    /// Number of indicators.
    public let indicators: Int
    /// Number of projected years.
    public let years: Int
    /// Number of members.
    public let members: Int
    /// Indicator-major, then year, then member.
    private var storage: [Double]

    /// Values not yet stored are NaN.
    convenience init(indicators: Int, years: Int, members: Int) {
        self.init(indicators: indicators, years: years, members: members, filledWithNaN: true)
    }

    /// `filledWithNaN` false leaves the storage as the allocator gave it, for a writer that stores every
    /// value before anything reads one (the block kernel, writing from many threads: the pages are then
    /// first touched, in parallel, by the threads that fill them, instead of one thread writing 55 MB of
    /// NaN first).
    init(indicators: Int, years: Int, members: Int, filledWithNaN: Bool) {
        self.indicators = indicators
        self.years = years
        self.members = members
        let count = indicators * years * members
        storage =
            filledWithNaN
            ? [Double](repeating: .nan, count: count)
            : [Double](unsafeUninitializedCapacity: count) { _, initialised in initialised = count }
    }

    /// Stores a chunk's values (indicator-major, `members.count` per indicator) for one year.
    func store(_ chunk: [Double], year: Int, members range: Range<Int>) {
        storage.withUnsafeMutableBufferPointer { s in
            for i in 0..<indicators {
                let to = (i * years + year) * members + range.lowerBound
                for j in 0..<range.count { s[to + j] = chunk[i * range.count + j] }
            }
        }
    }

    /// Calls `body` with the storage (indicator-major, then year, then member), for kernels that write it
    /// directly; threads may write disjoint members through the one pointer.
    func withStorage<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer { try body($0) }
    }

    /// Sets every member's value of `indicator` in every year from `byMember`, member-major
    /// (`[member · years + year]`, the draws' own layout), the years in parallel on `threads` threads.
    func set(indicator: Int, byMember: [Double], threads: Int) {
        precondition(byMember.count == members * years)
        let years = self.years, members = self.members
        storage.withUnsafeMutableBufferPointer { s in
            byMember.withUnsafeBufferPointer { b in
                let to = UnsafeSendable(s), from = UnsafeSendable(b)
                try? ParallelChunks(chunk: 4, threads: threads).run(count: years) { range in
                    for y in range {
                        let row = (indicator * years + y) * members
                        for d in 0..<members { to.value[row + d] = from.value[d * years + y] }
                    }
                }
            }
        }
    }

    /// Every member's value of `indicator` in projected year `year` (0-based).
    public func values(indicator: Int, year: Int) -> [Double] {
        let from = (indicator * years + year) * members
        return Array(storage[from..<(from + members)])
    }

    /// One member's value of `indicator` in projected year `year` (0-based).
    public func value(indicator: Int, year: Int, member: Int) -> Double {
        storage[(indicator * years + year) * members + member]
    }

    /// Quantiles of `indicator` in `year` over the members, for each
    /// probability (in 0…1), by linear interpolation between order statistics
    /// (Hyndman and Fan's type 7, R's default).
    public func quantiles(indicator: Int, year: Int, probabilities: [Double]) -> [Double] {
        Quantiles.type7(selecting: values(indicator: indicator, year: year), probabilities: probabilities)
    }
}

extension DrawValues {
    /// Quantiles of every indicator and year over the first `members` members (default: all), computed in
    /// parallel over the (indicator, year) vectors on `threads` threads: `[(indicator · years + year) ·
    /// probabilities.count + p]`, or with `vectors` (indicator · years + year) those only, `[(position in
    /// vectors) · probabilities.count + p]`. The same numbers as ``quantiles(indicator:year:probabilities:)``
    /// for each.
    func quantileGrid(
        probabilities: [Double], members count: Int? = nil, threads: Int, vectors wanted: [Int]? = nil
    ) -> [Double] {
        let count = count ?? members, vectors = wanted?.count ?? indicators * years, p = probabilities.count
        let out = SharedDoubles(count: vectors * p)
        let values = self
        try? ParallelChunks(chunk: 8, threads: threads).run(count: vectors) { range in
            var scratch = Quantiles.RadixScratch()
            for v in range {
                let from = (wanted?[v] ?? v) * values.members
                let q = values.withStorageReadOnly { s in
                    Quantiles.type7(
                        radix: UnsafeBufferPointer(rebasing: s[from..<(from + count)]), probabilities: probabilities,
                        scratch: &scratch)
                }
                for k in 0..<p { out.pointer[v * p + k] = q[k] }
            }
        }
        return out.array
    }

    /// Calls `body` with the storage, read only.
    func withStorageReadOnly<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body($0) }
    }
}
