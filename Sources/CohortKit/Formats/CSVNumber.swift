/// Formats numbers for CSV output: plain decimal notation (never
/// scientific), `.` as the decimal mark, no thousands separators, at most
/// `places` decimals with trailing zeros dropped, `-0` written `0`.
/// The same value always gives the same text.
enum CSVNumber {
    static func format(_ value: Double, places: Int = 6) -> String {
        precondition(places >= 0 && places <= 9)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * Double(scale)).rounded()
        guard value.isFinite, abs(scaled) < 9.0e18 else {
            return value.isFinite ? String(Int64(value.rounded()))  // beyond 9e12 persons: whole numbers suffice
                                  : "\(value)"
        }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(scale)
        var fraction = magnitude % UInt64(scale)
        var text = (units < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = places
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let f = String(fraction)
            text += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return text
    }
}
