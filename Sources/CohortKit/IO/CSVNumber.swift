import Foundation

/// Formats numbers for CSV files, `.` as the decimal mark, no thousands
/// separators, `-0` written `0`; the same value always gives the same text.
/// ``format(_:places:)`` writes plain decimals for results; ``exact(_:)``
/// keeps every bit for data files. Both are total: every `Double`, however
/// large, NaN or infinite, gives text (`nan`, `inf`, `-inf` for the last).
public enum CSVNumber {
    /// `value` with at most `places` (0…9) decimals, trailing zeros dropped.
    public static func format(_ value: Double, places: Int = 6) -> String {
        precondition(places >= 0 && places <= 9)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * Double(scale)).rounded()
        guard value.isFinite, abs(scaled) < 9.0e18 else {
            // Beyond 9e18 / 10^places: whole numbers suffice, and Int64 could not hold them.
            return value.isFinite ? wholeNumber(value.rounded()) : "\(value)"
        }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(scale)
        var fraction = magnitude % UInt64(scale)
        var text = (units < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = places
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let f = String(fraction)
            text += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return text
    }

    /// `value` in the shortest text that reads back as the same `Double`
    /// (Swift's own rendering, which may use an exponent such as `9.274e-05`),
    /// with a whole number written without `.0`. For data files that must
    /// keep every bit.
    public static func exact(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// The decimal digits of a whole `Double` of any size, with a `-` sign
    /// when negative: 1e20 is `100000000000000000000` (C's `%.0f`, exact in glibc).
    static func wholeNumber(_ value: Double) -> String {
        if abs(value) < 9.0e18 { return String(Int64(value)) }
        return String(format: "%.0f", value)
    }
}
