import CohortTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("cohort report and cohort chart, end to end")
struct ReportCommandTests {
    /// Every `<svg>…</svg>` in `html`.
    static func svgs(in html: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg "),
            let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
        {
            out.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return out
    }

    @Test("The report for the bundled scenarios: one HTML file, three well-formed charts, the tables and the sources")
    func report() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("report.html")
        let run = try CLIRunner.run(
            ["report", "--draws", "100", "--retirement-age", "67", "--out", out.path], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        // Nothing fetched from the network: the only addresses are the SVG namespaces.
        #expect(
            html.components(separatedBy: "://").count - 1 == html.components(
                separatedBy: "xmlns=\"http://www.w3.org/2000/svg\""
            ).count - 1)
        #expect(html.contains("<h1>Taiwan&apos;s working-age population, 2024–2070</h1>"))
        for scenario in [
            "taiwan-medium", "taiwan-low", "taiwan-high", "taiwan-constant-fertility", "taiwan-zero-migration",
            "taiwan-recent-fertility",
        ] {
            #expect(html.contains(scenario), "missing \(scenario)")
        }
        for heading in [
            "In brief", "The 2 waves", "Prediction intervals around taiwan-medium", "Sources and licences",
            "Fertility, life expectancy and migration by scenario",
        ] {
            #expect(html.contains(heading), "missing \(heading)")
        }
        let charts = Self.svgs(in: html)
        #expect(charts.count == 3)
        let parsed = charts.compactMap(SVG.parse)
        #expect(parsed.count == 3)
        // The pyramids: 2024, 2030, 2040, 2050 and 2070.
        let years = parsed[0].all("g").compactMap { $0["data-year"] }
        #expect(years == ["2024", "2030", "2040", "2050", "2070"])
        // The flows chart draws the second retirement age; the working-age chart its fans.
        #expect(parsed[1].all("polyline").contains { $0["data-series"] == "policy-leavers" })
        #expect(parsed[2].all("polygon").count == 4)
    }

    @Test("A pyramid chart: the bars' values are the registered population, their widths in proportion")
    func pyramid() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("p.svg")
        let run = try CLIRunner.run(
            ["chart", "pyramid", "--year", "2024", "--year", "2070", "--out", out.path], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let svg = try #require(SVG.parse(try String(contentsOf: out, encoding: .utf8)))
        let y2024 = try #require(svg.all("g").first { $0["data-year"] == "2024" })
        // Independent: women aged 30 and 60 at the end of 2024 in data/taiwan/population.csv.
        let rows = try readCSV(repositoryRoot.appendingPathComponent("data/taiwan/population.csv"))
        func registered(_ age: String) -> Double {
            Double(rows.first { $0["sex"] == "female" && $0["age"] == age }!["population"]!)!
        }
        func bar(_ age: String) throws -> XMLElement {
            try #require(y2024.childElements.first { $0["data-sex"] == "female" && $0["data-age"] == age })
        }
        let a30 = try bar("30"), a60 = try bar("60")
        #expect(Double(a30["data-value"]!) == registered("30").rounded())
        #expect(abs(a30.number("width")! / a60.number("width")! - registered("30") / registered("60")) < 0.001)
    }

    @Test("Flows and working-age charts write well-formed SVG; SVG goes to standard output without --out")
    func otherCharts() throws {
        let flows = try CLIRunner.run(
            ["chart", "flows", "--retirement-age", "67", "--phase-in", "1961:2"], in: repositoryRoot)
        #expect(flows.status == 0, "stderr: \(flows.stderr)")
        let svg = try #require(SVG.parse(flows.stdout))
        #expect(svg.all("rect").contains { $0["data-series"] == "leavers" && $0["data-year"] == "2041" })
        let working = try CLIRunner.run(
            ["chart", "working-age", "--scenario", "taiwan-medium", "--scenario", "taiwan-low", "--draws", "0"],
            in: repositoryRoot)
        #expect(working.status == 0, "stderr: \(working.stderr)")
        let w = try #require(SVG.parse(working.stdout))
        #expect(Set(w.all("polyline").compactMap { $0["data-series"] }) == ["taiwan-medium", "taiwan-low"])
        #expect(w.all("polygon").isEmpty)
    }

    @Test(
        "Chart errors say what is wrong",
        arguments: [
            (["chart", "pyramid", "--year", "2200"], "2200"),
            (["chart", "pyramid", "--scenario", "taiwan-low", "--scenario", "taiwan-high"], "one scenario"),
            (["chart", "flows", "--phase-in", "1961"], "--retirement-age"),
            (
                ["report", "--out", "/nonexistent-folder/r.html", "--draws", "0", "--scenario", "taiwan-medium"],
                "does not exist"
            ),
        ])
    func errors(arguments: [String], expected: String) throws {
        let run = try CLIRunner.run(arguments, in: repositoryRoot)
        #expect(run.status != 0)
        #expect(run.stderr.contains(expected), "stderr: \(run.stderr)")
    }
}
