import CohortKit

/// Number formats for screen tables.
public enum NumberFormat {
    /// A whole number of persons with thousands separators: 23,400,220.
    /// Total: any value gives text (a NaN or an infinity gives "–").
    public static func persons(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let whole = CSVNumber.format(value.rounded(), places: 0)
        let negative = whole.hasPrefix("-")
        let digits = negative ? String(whole.dropFirst()) : whole
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (negative ? "-" : "") + out
    }

    /// A whole number of persons with an explicit sign: +1,234 or −1,234 (0 is "0").
    public static func signedPersons(_ value: Double) -> String {
        let text = persons(value)
        if text == "0" { return text }
        return text.hasPrefix("-") ? "−" + text.dropFirst() : "+" + text
    }

    /// A number with a fixed count of decimals: 19.2. Total: a NaN or an
    /// infinity gives "–", a value beyond 1e15 its whole digits.
    public static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "–" }
        guard abs(value) < 1e15 else { return CSVNumber.format(value.rounded(), places: 0) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let units = Int64((abs(value) * scale).rounded())
        let whole = units / Int64(scale)
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let fraction = String(units % Int64(scale))
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }
}
