import Foundation
import Testing

/// The report's words follow its numbers, for any population.
@Suite("The report's story from the data")
struct ReportStoryTests {
    /// A made-up population, ages 0…89 and 90+, 1,000 of each sex at every age; death rates 0.01 (0.2 at 90+),
    /// fertility 0.15 at 20–39 (TFR 3) and 2,000 immigrants a year at 20–29, 2025–2040: it grows.
    static func growing() throws -> URL {
        let folder = try CLIRunner.temporaryFolder()
        var population = "year,sex,age,population\n", mortality = "year,sex,age,mx\n",
            migration = "year,sex,age,net_migrants\n"
        var fertility = "year,age,asfr\n", srb = "year,srb\n"
        for sex in ["female", "male"] {
            for a in 0...90 { population += "2024,\(sex),\(a == 90 ? "90+" : String(a)),\(a == 90 ? 500 : 1000)\n" }
        }
        for year in 2025...2040 {
            for sex in ["female", "male"] {
                for a in 0...90 {
                    mortality += "\(year),\(sex),\(a == 90 ? "90+" : String(a)),\(a == 90 ? 0.2 : 0.01)\n"
                    migration += "\(year),\(sex),\(a == 90 ? "90+" : String(a)),\((20...29).contains(a) ? 100 : 0)\n"
                }
            }
            for a in 20...39 { fertility += "\(year),\(a),0.15\n" }
            srb += "\(year),1.05\n"
        }
        for (name, text) in [
            ("population.csv", population), ("mortality.csv", mortality), ("fertility.csv", fertility),
            ("srb.csv", srb), ("migration.csv", migration),
        ] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test(
        "A growing made-up population: the report says it grows, shows no waves table, and leaves out the intervals saying why"
    )
    func grows() throws {
        let inputs = try Self.growing()
        let out = inputs.appendingPathComponent("report.html")
        let run = try CLIRunner.run(["report", "--inputs", inputs.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("note: No prediction intervals: the stochastic models cannot be fitted to"))
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("the working-age population grows ("), "\(html.prefix(3000))")
        #expect(html.contains("% more)"))
        #expect(!html.contains("fewer") && !html.contains("shrinks"))
        #expect(html.contains("The working-age population grows; the old-age dependency ratio"))
        #expect(
            !html.contains("waves</caption>") && !html.contains("baby boom") && !html.contains("Prediction intervals"))
        #expect(html.contains("The data name no birth cohorts to follow"))
        #expect(!html.contains("World Population Prospects"))
        #expect(html.contains("Source: cohort 0.4.0, input set \(inputs.lastPathComponent)."))
    }

    @Test(
        "Taiwan's report still says its working-age population shrinks, names its two waves and fits its models to 1993–2023"
    )
    func taiwanShrinks() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("report.html")
        let run = try CLIRunner.run(["report", "--scenario", "taiwan-medium", "--draws", "50", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("the working-age population shrinks (54% fewer)"))
        #expect(html.contains("The working-age population shrinks; the old-age dependency ratio climbs"))
        #expect(html.contains("<caption>The 2 waves</caption>"))
        #expect(html.contains("coloured: the cohorts born 1958–1966 and 1976–1982"))
        // The default uncertainty is the UN's (Taiwan has projection_bounds.csv); persistence from the 1993–2023 fit.
        #expect(html.contains("Stochastic draws calibrated to the UN WPP 2024 probabilistic projections"))
        #expect(html.contains("the Lee–Carter fit to 1993–2023"))
        #expect(html.contains("Backtested from 2003, 2008 and 2013 (models refitted to the history up to each year)"))
        let history = try CLIRunner.temporaryFolder().appendingPathComponent("history.html")
        let fitted = try CLIRunner.run(
            [
                "report", "--scenario", "taiwan-medium", "--draws", "20", "--uncertainty", "history", "--out",
                history.path,
            ])
        #expect(fitted.status == 0, "\(fitted.stderr)")
        #expect(
            try String(contentsOf: history, encoding: .utf8).contains("fitted to the registered deaths of 1993–2023"))
    }

    @Test(
        "Scenarios of several populations get an In context section: 15–64 as an index computed from project's own numbers"
    )
    func inContext() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("report.html")
        let run = try CLIRunner.run([
            "report", "--scenario", "taiwan-medium", "--scenario", "japan-medium", "--draws", "0", "--out", out.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<h2>In context</h2>"))
        let csv = try CLIRunner.run(["project", "--scenario", "japan-medium", "--format", "csv"]).stdout
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let working = rows[0].firstIndex(of: "age_15_64")!
        func w(_ year: String) -> Double { Double(rows.first { $0[0] == year }![working])! }
        let expected = String(format: "%.1f", 100 * w("2030") / w("2025"))
        let table = try #require(
            IndicatorConsistencyTests.htmlRow(html, caption: "Aged 15–64, index 2025 = 100", first: "japan-medium"))
        #expect(table[1] == expected, "\(table) against \(expected)")
        #expect(html.contains("31 December for taiwan-medium; 1 July for japan-medium"))
        #expect(html.contains("location 392"))
    }
}
