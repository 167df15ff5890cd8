import Foundation

/// Maps a domain of values linearly onto a range of pixels, with readable ticks.
public struct LinearScale: Sendable, Equatable {
    /// The values at the two ends.
    public var domain: (Double, Double)
    /// The pixels at the two ends (may run downwards, as for a y axis).
    public var range: (Double, Double)

    /// A scale from `domain` to `range`.
    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    /// Equal when domain and range are (tuples are not Equatable by themselves).
    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    /// The pixel of value `v`.
    public func callAsFunction(_ v: Double) -> Double {
        let span = domain.1 - domain.0
        guard span != 0 else { return range.0 }
        return range.0 + (v - domain.0) / span * (range.1 - range.0)
    }

    /// A step of 1, 2 or 5 × 10ᵏ that cuts `span` into about `count` parts.
    public static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, count > 0 else { return 1 }
        let raw = span / Double(count)
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// The domain widened outwards to whole steps, and the step: for values
    /// in `low…high` and about `count` ticks.
    public static func niceDomain(
        _ low: Double, _ high: Double, count: Int = 5
    ) -> (low: Double, high: Double, step: Double) {
        let lo = Swift.min(low, high), hi = Swift.max(low, high)
        let step = niceStep(span: hi > lo ? hi - lo : Swift.max(abs(hi), 1), count: count)
        let a = (lo / step).rounded(.down) * step
        var b = (hi / step).rounded(.up) * step
        if b == a { b = a + step }
        return (a, b, step)
    }

    /// Tick values from `low` to `high` every `step` (guarding against rounding drift).
    public static func ticks(_ low: Double, _ high: Double, step: Double) -> [Double] {
        guard step > 0 else { return [low] }
        let n = Int(((high - low) / step + 1e-9).rounded(.down))
        return (0...n).map { low + Double($0) * step }
    }
}
