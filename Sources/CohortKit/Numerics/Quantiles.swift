import Foundation

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
