import Foundation

/// Text fields for CSV files, quoted as RFC 4180 says: a field holding a
/// comma, a quote or a line break is put in quotes, its quotes doubled.
public enum CSVField {
    /// `text`, quoted if it needs to be.
    public static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (with its line end) from fields already formatted.
    public static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\n"
    }

    /// `csv` (a header line and rows, no line breaks inside fields) with a
    /// leading column `scenario` holding `name`; without its header line
    /// when `header` is false (to append the rows of another scenario).
    public static func withScenario(_ csv: String, name: String, header: Bool) -> String {
        var out = ""
        for (i, line) in csv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            if i == 0 {
                if header { out += "scenario," + line + "\n" }
            } else {
                out += quote(name) + "," + line + "\n"
            }
        }
        return out
    }
}
