import CohortKit
import Testing

@testable import CohortReport

/// The table model rendered for people: text, Markdown, HTML.
@Suite("Tables for people")
struct DataTableRenderingTests {
    static func sample() -> DataTable {
        var t = DataTable([
            .init("year", "Year", .year), .init("name", "Name", .text), .init("persons", "Persons", .persons),
            .init("change", "Change", .signedPersons), .init("share", "Share", .percent(1)),
            .init("first", "First", .year, audience: .machines), .init("done", "Done", .text),
        ])
        t.append([
            .number(2050), .text("a|b"), .number(1_234_567.5), .number(-1503.4), .number(0.191_849), .number(1958),
            .flag(true),
        ])
        t.append([.number(2051), .text("<x>"), .missing, .number(6836), .missing, .missing, .flag(false)])
        return t
    }

    @Test("Text: separators, U+2212 and + signs, percentages, machine-only columns left out")
    func text() {
        #expect(
            Self.sample().text().render() == """
                Year  Name    Persons  Change  Share  Done
                ────  ────  ─────────  ──────  ─────  ────
                2050  a|b   1,234,568  −1,503   19.2  yes
                2051  <x>              +6,836         no
                """)
    }

    @Test("Markdown: the screen's cells, pipes escaped, numbers right-aligned")
    func markdown() {
        #expect(
            Self.sample().markdown() == """
                | Year | Name | Persons | Change | Share | Done |
                | ---: | --- | ---: | ---: | ---: | --- |
                | 2050 | a\\|b | 1,234,568 | −1,503 | 19.2 | yes |
                | 2051 | <x> |  | +6,836 |  | no |

                """)
    }

    @Test("HTML: a caption, escaped text, numeric cells classed num")
    func html() {
        let html = Self.sample().html(caption: "A & B")
        #expect(
            html.hasPrefix("<table>\n<caption>A &amp; B</caption>\n<thead><tr><th class=\"num\">Year</th><th>Name</th>")
        )
        #expect(
            html.contains(
                "<tr><td class=\"num\">2051</td><td>&lt;x&gt;</td><td class=\"num\"></td><td class=\"num\">+6,836</td>")
        )
        #expect(!html.contains("First"))
    }
}
