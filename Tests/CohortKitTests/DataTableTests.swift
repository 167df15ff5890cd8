import Foundation
import Testing

@testable import CohortKit

/// The table model and its machine renderings.
@Suite("Tables for machines")
struct DataTableTests {
    /// A table with every kind of column; the expected texts are written by hand.
    static func sample() -> DataTable {
        var t = DataTable([
            .init("year", "Year", .year), .init("name", "Name", .text), .init("persons", "Persons", .persons),
            .init("change", "Change", .signedPersons), .init("share", "Share", .percent(1)),
            .init("ratio", "Ratio", .fixed(screen: 1, machine: 4)), .init("x", "X", .decimal(1)),
            .init("span", "Span", .text, audience: .people), .init("first", "First", .year, audience: .machines),
            .init("done", "Done", .text),
        ])
        t.append([
            .number(2050), .text("a, \"b\""), .number(1_234_567.5), .number(-1503.4), .number(0.191_849),
            .number(50.545_249), .number(3.14159), .text("1958–1966"), .number(1958), .flag(true),
        ])
        t.append([
            .number(2051), .text("plain"), .missing, .numberAs(2.5, .decimal(0)), .missing, .missing, .number(-0.0001),
            .text("–"), .missing, .flag(false),
        ])
        return t
    }

    @Test(
        "CSV: machine names, RFC 4180 quotes, persons whole, percent as a fraction with 4 decimals, people-only columns left out"
    )
    func csv() {
        #expect(
            Self.sample().csv() == "year,name,persons,change,share,ratio,x,first,done\n"
                + "2050,\"a, \"\"b\"\"\",1234568,-1503,0.1918,50.5452,3.142,1958,true\n"
                + "2051,plain,,2.5,,,0,,false\n")  // decimal(0) keeps 0 + 2 places in CSV: 2.5
    }

    @Test("JSON: one object per row in column order, null for missing, true/false for flags, numbers as in CSV")
    func json() throws {
        let text = Self.sample().json()
        #expect(
            text.hasPrefix(
                "[\n  {\"year\": 2050, \"name\": \"a, \\\"b\\\"\", \"persons\": 1234568, \"change\": -1503, \"share\": 0.1918,"
            ))
        #expect(text.contains("\"first\": null, \"done\": false}\n]\n"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(
            rows.count == 2 && rows[0]["span"] == nil && rows[0]["done"] as? Bool == true
                && rows[1]["persons"] is NSNull)
    }

    @Test("A scenario column leads every row; appending needs the same columns and says which differ")
    func scenarioColumn() throws {
        var a = DataTable([.init("year", "Year", .year)])
        a.append([.number(2030)])
        var both = a.withScenario("low")
        try both.append(rowsOf: a.withScenario("high, wide"))
        #expect(both.csv() == "scenario,year\nlow,2030\n\"high, wide\",2030\n")
        let other = DataTable([.init("year", "Year", .year), .init("total", "Total", .persons)])
        let error = try #require(throws: InputError.self) { try both.append(rowsOf: other) }
        #expect(error.message == "the tables' columns differ: scenario,year and year,total")
    }

    @Test("Indicator columns take the catalogue's name, title and unit")
    func indicatorColumns() {
        let column = DataTable.Column.indicator(.oldShare, AnalysisOptions(workingAge: 20...69))
        #expect(column.name == "share_70_plus" && column.title == "70+ %" && column.kind == .percent(1))
        #expect(DataTable.Kind.of(.netMigrants) == .signedPersons)
        #expect(DataTable.Kind.of(.medianAge) == .fixed(screen: 1, machine: 2))
    }
}
