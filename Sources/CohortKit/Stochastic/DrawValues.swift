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

    init(indicators: Int, years: Int, members: Int) {
        self.indicators = indicators
        self.years = years
        self.members = members
        storage = [Double](repeating: .nan, count: indicators * years * members)
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

    /// Every member's value of `indicator` in projected year `year` (0-based).
    public func values(indicator: Int, year: Int) -> [Double] {
        let from = (indicator * years + year) * members
        return Array(storage[from..<(from + members)])
    }

    /// Quantiles of `indicator` in `year` over the members, for each
    /// probability (in 0…1), by linear interpolation between order statistics
    /// (Hyndman and Fan's type 7, R's default).
    public func quantiles(indicator: Int, year: Int, probabilities: [Double]) -> [Double] {
        Quantiles.type7(values(indicator: indicator, year: year), probabilities: probabilities)
    }
}

/// Sample quantiles.
public enum Quantiles {
    /// Type 7 (R's default): for probability p, position h = (n − 1)·p in the
    /// sorted values, interpolated linearly between its neighbours.
    public static func type7(_ values: [Double], probabilities: [Double]) -> [Double] {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return probabilities.map { _ in .nan } }
        return probabilities.map { p in
            let h = Double(sorted.count - 1) * Swift.min(Swift.max(p, 0), 1)
            let lo = Int(h.rounded(.down))
            let hi = Swift.min(lo + 1, sorted.count - 1)
            return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
        }
    }
}
