import CohortKit

extension DataTable {
    /// The table as an HTML `<table>` (numbers formatted as on the screen,
    /// right-aligned; text escaped), with an optional caption.
    public func html(caption: String? = nil) -> String {
        var out = "<table>\n"
        if let caption { out += "<caption>\(HTMLReport.escape(caption))</caption>\n" }
        let columns = shown(to: .people).map(\.column)
        out +=
            "<thead><tr>"
            + columns.map { "<th\($0.kind == .text ? "" : " class=\"num\"")>\(HTMLReport.escape($0.title))</th>" }
            .joined() + "</tr></thead>\n<tbody>\n"
        let screen = text()
        for row in screen.rows {
            out +=
                "<tr>"
                + zip(columns, row).map { column, cell in
                    "<td\(column.kind == .text ? "" : " class=\"num\"")>\(HTMLReport.escape(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
