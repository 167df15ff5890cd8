import Foundation
import Testing

/// One name, one unit and one value per indicator in every output.
@Suite("Indicators agree across outputs")
struct IndicatorConsistencyTests {
    /// The cells of the first data row of the `<table>` captioned `caption` whose first cell is `first`.
    static func htmlRow(_ html: String, caption: String, first: String) -> [String]? {
        guard let start = html.range(of: "<caption>\(caption)</caption>") else { return nil }
        let table = html[start.upperBound...].prefix { _ in true }
        guard let end = table.range(of: "</table>") else { return nil }
        for row in table[..<end.lowerBound].components(separatedBy: "<tr>").dropFirst() {
            let cells = row.components(separatedBy: "</td>").dropLast().map { cell in
                String(cell[(cell.range(of: ">", options: .backwards)?.upperBound ?? cell.startIndex)...])
            }
            if cells.first == first { return cells }
        }
        return nil
    }

    @Test(
        "indicators.csv, project --format csv and json, compare and the report give taiwan-medium's 2050 values alike")
    func sameEverywhere() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        #expect(try CLIRunner.run(["project", "--out", out.path]).status == 0)
        let file = try #require(
            try readCSV(out.appendingPathComponent("indicators.csv")).first { $0["year"] == "2050" })

        let csv = try CLIRunner.run(["project", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines[0]
        #expect(
            header == [
                "year", "total", "age_0_14", "age_15_64", "labour_force", "age_65_plus", "share_65_plus", "births",
                "deaths", "net_migrants",
            ])
        let row = try #require(lines.first { $0.first == "2050" })
        for (name, value) in zip(header, row) { #expect(file[name] == value, "project --format csv, \(name)") }

        let json = try CLIRunner.run(["project", "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let object = try #require(objects.first { ($0["year"] as? Double) == 2050 })
        for name in header.dropFirst() {
            #expect((object[name] as? Double) == Double(file[name]!), "project --format json, \(name)")
        }

        let names = [
            "total", "age_15_64", "age_65_plus", "share_65_plus", "old_age_dependency", "support_ratio", "median_age",
            "tfr", "e0_female", "births", "leavers",
        ]
        let compare = try CLIRunner.run(
            [
                "compare", "--scenario", "taiwan-medium", "--scenario", "taiwan-low", "--format", "csv",
                "--year", "2050",
            ] + names.flatMap { ["--indicator", $0] })
        #expect(compare.status == 0, "\(compare.stderr)")
        let compared = compare.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",").map(String.init)
        }
        #expect(compared.map { $0[1] } == names)
        for c in compared { #expect(c[2] == file[c[1]], "compare, \(c[1])") }

        let report = folder.appendingPathComponent("report.html")
        #expect(
            try CLIRunner.run(["report", "--scenario", "taiwan-medium", "--draws", "0", "--out", report.path]).status
                == 0)
        let html = try String(contentsOf: report, encoding: .utf8)
        let columns = try #require(
            Self.htmlRow(
                html.replacingOccurrences(of: "<th", with: "<td").replacingOccurrences(of: "</th>", with: "</td>"),
                caption: "Share aged 65 and over by scenario", first: "Scenario"))
        let column = try #require(columns.firstIndex(of: "2050"))
        let share = try #require(
            Self.htmlRow(html, caption: "Share aged 65 and over by scenario", first: "taiwan-medium"))
        #expect(share[column] == String(format: "%.1f", 100 * Double(file["share_65_plus"]!)!))
        let dependency = try #require(
            Self.htmlRow(html, caption: "Old-age dependency ratio by scenario", first: "taiwan-medium"))
        #expect(dependency[column] == String(format: "%.1f", Double(file["old_age_dependency"]!)!))
    }
}
