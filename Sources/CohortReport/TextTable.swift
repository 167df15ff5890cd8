/// A plain-text table with aligned columns, for terminals and logs.
///
/// ```swift
/// var table = TextTable(["Year", "Total"], alignments: [.right, .right])
/// table.append(["2024", "23,400,220"])
/// print(table.render())
/// ```
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable { case left, right }

    /// The column headers.
    public var headers: [String]
    /// One alignment per column.
    public var alignments: [Alignment]
    /// The rows, each with one cell per column.
    public private(set) var rows: [[String]] = []

    /// A table with the given headers; numbers are usually right-aligned (the default).
    public init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? Array(repeating: .right, count: headers.count)
    }

    /// Adds a row; it must have one cell per column.
    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a row needs \(headers.count) cells")
        rows.append(row)
    }

    /// The table as lines of text: header, a rule, rows; columns two spaces apart.
    public func render() -> String {
        let widths = headers.indices.map { i in ([headers[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return alignments[i] == .right ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).map { $0.replacingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
