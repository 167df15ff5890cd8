import Foundation

/// Tick labels: plain numbers, or scaled to
/// thousands or millions with the unit said once in the axis title.
public enum AxisFormat: Sendable, Equatable {
    /// The value as it is (no thousands separators), with `decimals` decimals.
    case plain(decimals: Int)
    /// Value ÷ 1,000.
    case thousands(decimals: Int)
    /// Value ÷ 1,000,000.
    case millions(decimals: Int)

    /// The label of tick value `v`.
    public func label(_ v: Double) -> String {
        switch self {
        case .plain(let d): NumberFormat.decimal(v, places: d)
        case .thousands(let d): NumberFormat.decimal(v / 1_000, places: d)
        case .millions(let d): NumberFormat.decimal(v / 1_000_000, places: d)
        }
    }

    /// A format for ticks every `step` (decimals enough to tell ticks apart), scaled by `divisor` (1, 1e3 or 1e6).
    static func decimals(step: Double, divisor: Double) -> Int {
        let s = step / divisor
        return s >= 1 ? 0 : Swift.min(3, Int((-log10(s)).rounded(.up)))
    }
}
