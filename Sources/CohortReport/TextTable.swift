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

    /// The table as lines of text: header, a rule, rows; columns two spaces
    /// apart. A table wider than `width` characters is cut into blocks of
    /// columns, each repeating the first column, one under the other.
    public func render(width: Int? = nil) -> String {
        let widths = headers.indices.map { i in ([headers[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        if let width, headers.count > 2, widths.reduce(0, +) + 2 * (widths.count - 1) > width {
            var blocks: [[Int]] = []
            var current: [Int] = []
            var used = widths[0]
            for i in 1..<headers.count {
                if !current.isEmpty && used + 2 + widths[i] > width {
                    blocks.append(current)
                    current = []
                    used = widths[0]
                }
                current.append(i)
                used += 2 + widths[i]
            }
            blocks.append(current)
            return blocks.map { block in
                var part = TextTable(
                    [headers[0]] + block.map { headers[$0] }, alignments: [alignments[0]] + block.map { alignments[$0] }
                )
                for row in rows { part.append([row[0]] + block.map { row[$0] }) }
                return part.render()
            }.joined(separator: "\n\n")
        }
        return renderWhole()
    }

    private func renderWhole() -> String {
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
