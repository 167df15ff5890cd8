import Foundation
import Testing

/// Every command of `cohort`, run as a user would, checking output and exit code.
@Suite("cohort commands, end to end")
struct CommandsTests {
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("--help on every command and chart shows its usage (and examples); --version answers")
    func help() throws {
        for command in [
            "project", "waves", "compare", "lifetable", "simulate", "report", "chart", "scenarios", "validate",
            "template",
        ] {
            let run = try CLIRunner.run([command, "--help"], in: repositoryRoot)
            #expect(
                run.status == 0 && run.stdout.contains("USAGE: cohort \(command)") && run.stdout.contains("Examples:"),
                "\(command)")
        }
        for chart in ["pyramid", "flows", "working-age"] {
            let run = try CLIRunner.run(["chart", chart, "--help"], in: repositoryRoot)
            #expect(
                run.status == 0 && run.stdout.contains("USAGE: cohort chart \(chart)")
                    && run.stdout.contains("--out <file.svg>"), "\(chart)")
        }
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.4.0")
    }

    @Test("project: several scenarios as CSV and JSON, with a scenario column; Markdown; --out with a scenario column")
    func projectFormats() throws {
        let csv = try CLIRunner.run(
            ["project", "--scenario", "taiwan-medium", "--scenario", "taiwan-low", "--to", "2030", "--format", "csv"],
            in: repositoryRoot)
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "scenario,year,total,age_0_14,age_15_64,labour_force,age_65_plus,share_65_plus,births,deaths,net_migrants"
        )
        #expect(lines.count == 1 + 2 * 3)
        #expect(lines[1].hasPrefix("taiwan-medium,2024,23400220,") && lines[4].hasPrefix("taiwan-low,2024,23400220,"))

        let json = try CLIRunner.run(["project", "--to", "2030", "--format", "json"], in: repositoryRoot)
        let rows = try #require(try Self.json(json.stdout) as? [[String: Any]])
        #expect(rows.count == 3 && rows[0]["year"] as? Int == 2024 && rows[0]["total"] as? Int == 23_400_220)
        #expect(rows[0]["births"] is NSNull && rows[1]["births"] as? Int == 130_025)

        let markdown = try CLIRunner.run(["project", "--to", "2025", "--format", "markdown"], in: repositoryRoot)
        #expect(
            markdown.stdout.contains(
                "| Year | Total | 0–14 | 15–64 | Labour force | 65+ | 65+ % | Births | Deaths | Net migrants |"))
        #expect(markdown.stdout.contains("| 2024 | 23,400,220 |"))

        let out = try CLIRunner.temporaryFolder().appendingPathComponent("two")
        let written = try CLIRunner.run(
            [
                "project", "--scenario", "taiwan-medium", "--scenario", "taiwan-zero-migration",
                "--to", "2026", "--out", out.path,
            ], in: repositoryRoot)
        #expect(written.status == 0, "stderr: \(written.stderr)")
        let population = try readCSV(out.appendingPathComponent("population.csv"))
        #expect(population.count == 2 * 3 * 2 * 101)
        #expect(
            population.first?["scenario"] == "taiwan-medium" && population.last?["scenario"] == "taiwan-zero-migration")
        #expect(population.allSatisfy { Int($0["population"]!) != nil }, "whole persons")
        let indicators = try readCSV(out.appendingPathComponent("indicators.csv"))
        #expect(indicators.count == 2 * 3 && indicators[0]["scenario"] == "taiwan-medium")
        let components = try readCSV(out.appendingPathComponent("components.csv"))
        #expect(
            components.filter { $0["scenario"] == "taiwan-zero-migration" }.allSatisfy { $0["net_migrants"] == "0" })
    }

    @Test("The screen table fits the terminal: blocks of columns when it is narrow")
    func width() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "60"
        let run = try CLIRunner.run(["project", "--to", "2030"], in: repositoryRoot, environment: environment)
        #expect(run.status == 0)
        #expect(
            run.stdout.split(separator: "\n").filter { !$0.hasPrefix("Scenario") && !$0.hasPrefix("Persons") }
                .allSatisfy { $0.count <= 60 })
        #expect(run.stdout.contains("Births"))
    }

    @Test("compare: values side by side and differences from the first, as a table and as JSON")
    func compare() throws {
        let table = try CLIRunner.run(
            ["compare", "--scenario", "taiwan-medium", "--scenario", "taiwan-low", "--year", "2070"], in: repositoryRoot
        )
        #expect(table.status == 0, "stderr: \(table.stderr)")
        #expect(table.stdout.contains("taiwan-low − taiwan-medium"))
        #expect(
            table.stdout.contains("15,130,603") && table.stdout.contains("12,866,994")
                && table.stdout.contains("−2,263,609"))
        let json = try CLIRunner.run(
            [
                "compare", "--scenario", "taiwan-medium", "--scenario", "taiwan-high", "--year", "2050",
                "--indicator", "tfr", "--format", "json",
            ], in: repositoryRoot)
        let rows = try #require(try Self.json(json.stdout) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["indicator"] as? String == "tfr")
        #expect(abs((rows[0]["taiwan-high_minus_taiwan-medium"] as? Double ?? 0) - 0.5) < 1e-9)
        let one = try CLIRunner.run(["compare", "--scenario", "taiwan-medium"], in: repositoryRoot)
        #expect(one.status != 0 && one.stderr.contains("at least two --scenario"))
        let unknown = try CLIRunner.run(
            ["compare", "--scenario", "taiwan-medium", "--scenario", "taiwan-low", "--indicator", "gdp"],
            in: repositoryRoot)
        #expect(unknown.status != 0 && unknown.stderr.contains("unknown indicator gdp"))
    }

    @Test("lifetable: a year's table by sex; CSV with the same columns")
    func lifetable() throws {
        let run = try CLIRunner.run(["lifetable", "--year", "2050", "--sex", "female"], in: repositoryRoot)
        #expect(run.status == 0)
        #expect(run.stdout.contains("taiwan-medium, 2050, female: e(0) = 86.60 years, kannisto closure"))
        let csv = try CLIRunner.run(["lifetable", "--sex", "male", "--format", "csv"], in: repositoryRoot)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "age,mx,ax,qx,lx,dx,Lx,Tx,ex" && lines.count == 102)
        #expect(
            lines[1].hasPrefix("0,") && lines[1].split(separator: ",")[4] == "100000" && lines[101].hasPrefix("100+,"))
        let bad = try CLIRunner.run(["lifetable", "--year", "1990"], in: repositoryRoot)
        #expect(bad.status != 0 && bad.stderr.contains("--year 1990 has no rates"))
        let survival = try CLIRunner.run([
            "lifetable", "--inputs", CLIRunner.fixtures.appendingPathComponent("three-year").path,
        ])
        #expect(survival.status != 0 && survival.stderr.contains("survival ratios"))
    }

    @Test("scenarios and validate")
    func scenariosAndValidate() throws {
        let list = try CLIRunner.run(["scenarios", "--format", "json"], in: repositoryRoot)
        let rows = try #require(try Self.json(list.stdout) as? [[String: Any]])
        #expect(rows.count == 16 && rows.contains { $0["name"] as? String == "taiwan-recent-fertility" })
        #expect(
            rows.contains {
                $0["name"] as? String == "singapore-zero-migration" && $0["dataset"] as? String == "singapore"
            })
        let ok = try CLIRunner.run(["validate", "--scenario", "taiwan-low"], in: repositoryRoot)
        #expect(
            ok.status == 0 && ok.stdout.contains("ok: taiwan-low: base population 31 December 2024, 23,400,220 persons")
        )
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("mine.toml")
        try "extends = \"taiwan-medium\"\n[fertility]\ntfr = \"lowest\"\n".write(
            to: file, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["validate", "--scenario", file.path], in: repositoryRoot)
        #expect(bad.status != 0)
        #expect(
            bad.stderr.contains("mine.toml: key fertility.tfr: taiwan has no TFR path \"lowest\""),
            "stderr: \(bad.stderr)")
    }

    @Test("A custom scenario file: extends, a TFR path of points, migration none")
    func customScenario() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("rebound.toml")
        try """
        extends = "taiwan-medium"
        description = "TFR back to 1.3 by 2040, no migration"
        [fertility]
        tfr = [[2025, 0.87], [2040, 1.3]]
        [migration]
        net = "none"
        """.write(to: file, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(
            ["project", "--scenario", file.path, "--to", "2040", "--format", "csv"], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let rows = run.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.last?.first == "2040" && rows.dropFirst().allSatisfy { $0.last == "0" }, "no migrants")
    }
}
