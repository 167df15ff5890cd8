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
}
