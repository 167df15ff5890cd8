import CohortKit
import Foundation

/// A self-contained HTML document: sections of paragraphs, inline SVG
/// figures and tables, one embedded style sheet, no scripts and nothing
/// fetched from the network.
public struct HTMLReport: Sendable {
    /// A figure: inline SVG and its caption.
    public struct Figure: Sendable {
        /// The SVG document (its `<svg>` element is embedded as it is).
        public var svg: String
        /// The caption under it.
        public var caption: String
        /// A figure from its parts.
        public init(svg: String, caption: String) {
            self.svg = svg
            self.caption = caption
        }
    }

    /// A table block: a caption, the table, an optional note under it.
    public struct Table: Sendable {
        /// The caption.
        public var caption: String
        /// The table.
        public var table: DataTable
        /// A note under it.
        public var note: String?
        /// A table block from its parts.
        public init(caption: String, table: DataTable, note: String? = nil) {
            self.caption = caption
            self.table = table
            self.note = note
        }
    }

    /// A section: heading, paragraphs, then figures, then tables.
    public struct Section: Sendable {
        /// The `<h2>` heading.
        public var heading: String
        /// Plain-text paragraphs (escaped).
        public var paragraphs: [String]
        /// Figures.
        public var figures: [Figure]
        /// Tables.
        public var tables: [Table]
        /// A section from its parts.
        public init(heading: String, paragraphs: [String] = [], figures: [Figure] = [], tables: [Table] = []) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.figures = figures
            self.tables = tables
        }
    }

    /// The `<title>` and `<h1>`.
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// The sections, in order.
    public var sections: [Section]

    /// A report from its parts.
    public init(title: String, subtitle: String? = nil, sections: [Section]) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// Text with &, <, > and quotes escaped for HTML.
    public static func escape(_ s: String) -> String { SVGWriter.escape(s) }

    /// The style sheet: readable widths, print-friendly, tables with right-aligned numbers.
    static let style = """
        body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 0 auto; max-width: 1180px; padding: 24px 32px; line-height: 1.45; }
        h1 { font-size: 26px; margin-bottom: 4px; }
        .subtitle { color: #555; margin-top: 0; }
        h2 { font-size: 20px; border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 36px; }
        p { max-width: 900px; }
        figure { margin: 18px 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 13px; max-width: 900px; }
        table { border-collapse: collapse; margin: 12px 0 4px; font-size: 13px; }
        caption { text-align: left; font-weight: bold; padding-bottom: 6px; }
        th, td { padding: 3px 10px; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid #bbb; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .note { color: #555; font-size: 12px; max-width: 900px; }
        @media print { body { max-width: none; padding: 0; } figure { break-inside: avoid; } }
        """

    /// The document.
    public func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(Self.escape(title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(Self.escape(title))</h1>\n"
        if let subtitle { out += "<p class=\"subtitle\">\(Self.escape(subtitle))</p>\n" }
        for (i, section) in sections.enumerated() {
            out += "<section id=\"section-\(i + 1)\">\n<h2>\(Self.escape(section.heading))</h2>\n"
            for p in section.paragraphs { out += "<p>\(Self.escape(p))</p>\n" }
            for f in section.figures {
                out +=
                    "<figure>\n\(f.svg.trimmingCharacters(in: .newlines))\n<figcaption>\(Self.escape(f.caption))</figcaption>\n</figure>\n"
            }
            for t in section.tables {
                out += t.table.html(caption: t.caption)
                if let note = t.note { out += "<p class=\"note\">\(Self.escape(note))</p>\n" }
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
