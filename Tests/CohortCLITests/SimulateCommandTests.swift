import Foundation
import Testing

@Suite("cohort simulate, end to end")
struct SimulateCommandTests {
    @Test("Prints quantiles for the key years and writes quantiles.csv and draws.csv")
    func writesFiles() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("sims")
        let run = try CLIRunner.run(
            [
                "simulate", "--draws", "120", "--seed", "3", "--to", "2040", "--out", out.path,
                "--save-draws", "--draw-indicators", "age_15_64,births",
            ], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("120 draws, seed 3"))
        for header in ["2.5%", "10%", "50%", "90%", "97.5%", "Scenario"] { #expect(run.stdout.contains(header)) }
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("2030  age_15_64") }
        #expect(rows.count == 1)

        let quantiles = try readCSV(out.appendingPathComponent("quantiles.csv"))
        // 2025…2040 (16 years) × 9 indicators (with the labour force: Taiwan has participation rates) × 5 probabilities.
        #expect(quantiles.count == 16 * 9 * 5)
        #expect(
            Set(quantiles.map { $0["indicator"]! }) == [
                "total", "age_15_64", "age_65_plus", "old_age_dependency",
                "births", "leavers", "tfr", "net_migrants", "labour_force",
            ])
        // Quantiles rise with the probability within every year and indicator.
        var groups: [String: [(Double, Double)]] = [:]
        for r in quantiles {
            groups[r["year"]! + r["indicator"]!, default: []].append((Double(r["quantile"]!)!, Double(r["value"]!)!))
        }
        for (_, g) in groups {
            #expect(g.map(\.0) == [0.025, 0.1, 0.5, 0.9, 0.975])
            #expect(zip(g, g.dropFirst()).allSatisfy { $0.1 <= $1.1 })
        }
        let text = try String(contentsOf: out.appendingPathComponent("draws.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "draw,year,age_15_64,births")
        #expect(lines.count == 1 + 120 * 16)
    }

    @Test(
        "Japan, Korea and Singapore simulate from the UN's histories: the models' years are printed and the centre is the projection"
    )
    func countries() throws {
        for name in ["japan", "korea", "singapore"] {
            let sim = try CLIRunner.run(
                ["simulate", "--scenario", "\(name)-medium", "--draws", "40", "--to", "2050", "--fit"],
                in: repositoryRoot)
            #expect(sim.status == 0, "\(name): \(sim.stderr)")
            #expect(sim.stdout.contains("1973–2023 every 5 years, published death rates, ages 0–94 and 95+"), "\(name)")
            #expect(sim.stdout.contains("Persons at 1 July"), "\(name)")
            let project = try CLIRunner.run(
                ["project", "--scenario", "\(name)-medium", "--format", "csv"], in: repositoryRoot)
            #expect(project.status == 0, "\(name): \(project.stderr)")
            let row = project.stdout.split(separator: "\n").map { $0.split(separator: ",") }
            let header = row[0].map(String.init)
            let line = row.first { $0.first == "2050" }!
            let projected = Double(line[header.firstIndex(of: "age_15_64")!])!
            // The simulation's Centre column (the last) for 15–64 in 2050 is the deterministic projection.
            let centre = sim.stdout.split(separator: "\n").first { $0.hasPrefix("2050  age_15_64") }!
                .split(separator: " ").last!.replacingOccurrences(of: ",", with: "")
            #expect(Double(centre) == projected.rounded(), "\(name)")
        }
    }

    @Test("The same seed writes the same bytes with one thread or two")
    func threadsDoNotMatter() throws {
        let folder = try CLIRunner.temporaryFolder()
        var files: [String] = []
        for threads in ["1", "2"] {
            let out = folder.appendingPathComponent("t\(threads)")
            let run = try CLIRunner.run(
                [
                    "simulate", "--draws", "60", "--seed", "9", "--to", "2035", "--threads", threads,
                    "--out", out.path,
                ], in: repositoryRoot)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            files.append(try String(contentsOf: out.appendingPathComponent("quantiles.csv"), encoding: .utf8))
        }
        #expect(files[0] == files[1])
    }

    @Test("--fit prints the parameters, the e(0) paths and the TFR intervals against the UN's")
    func fitReport() throws {
        let run = try CLIRunner.run(["simulate", "--draws", "20", "--to", "2030", "--fit"], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        for text in [
            "variance_explained", "Lee–Carter, female", "TFR AR(1)", "Migration AR(1)", "e(0) women, Lee–Carter",
            "UN 80% low",
        ] {
            #expect(run.stdout.contains(text), "missing \(text)")
        }
        // 2025: the scenario's TFR is the UN medium 0.860386, beside the UN's 80% (0.694–1.024) and
        // 95% (0.597–1.105) intervals from data/taiwan/tfr_paths.csv.
        let row = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("2025  0.860 ") })
        let cells = row.split(separator: " ").map(String.init)
        #expect(
            cells.count == 10 && [cells[4], cells[5], cells[8], cells[9]] == ["0.694", "1.024", "0.597", "1.105"],
            "\(row)")
    }

    @Test(
        "Bad arguments say what is wrong and exit non-zero",
        arguments: [
            (["--quantiles", "0.1,1.5"], "1.5"),
            (["--vary", "weather"], "weather"),
            (["--save-draws"], "--out"),
            (["--draws", "0"], "--draws"),
            (["--scenario", "taiwan-low", "--scenario", "taiwan-high"], "one scenario"),
        ])
    func badArguments(arguments: [String], expected: String) throws {
        let run = try CLIRunner.run(["simulate"] + arguments, in: repositoryRoot)
        #expect(run.status != 0)
        #expect(run.stderr.contains(expected), "stderr: \(run.stderr)")
    }

    @Test("An input set without a history cannot be simulated, and the message says which file is missing")
    func noHistory() throws {
        let run = try CLIRunner.run([
            "simulate", "--inputs", CLIRunner.fixtures.appendingPathComponent("three-year").path, "--draws", "5",
        ])
        #expect(run.status != 0)
        #expect(run.stderr.contains("history/deaths.csv"), "stderr: \(run.stderr)")
    }
}

@Suite("cohort backtest, end to end")
struct BacktestCommandTests {
    @Test(
        "Scores three origins at 5 and 10 years, writes backtest.csv and coverage.csv; a bad origin names the registers' years"
    )
    func backtest() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("bt")
        let run = try CLIRunner.run(["backtest", "--draws", "100", "--out", out.path], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("Coverage by horizon"))
        let rows = try readCSV(out.appendingPathComponent("backtest.csv"))
        // 3 origins × 2 horizons × 6 indicators.
        #expect(rows.count == 36)
        #expect(Set(rows.map { $0["year"]! }) == ["2008", "2013", "2018", "2023"])
        let coverage = try readCSV(out.appendingPathComponent("coverage.csv"))
        #expect(coverage.map { $0["horizon"] } == ["5", "10"])
        let bad = try CLIRunner.run(["backtest", "--origin", "1980"], in: repositoryRoot)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--origin 1980 has no registered population (the registers hold 1992…2024)"))
    }
}

@Suite("Registered values on the fan chart")
struct RegisteredOnChartTests {
    @Test(
        "chart working-age marks 2025's registered 15–64 and says which uncertainty it shows; simulate scores 2025's births"
    )
    func marked() throws {
        let run = try CLIRunner.run(["chart", "working-age", "--draws", "60"], in: repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("data-registered=\"2025\""))
        let sim = try CLIRunner.run(["simulate", "--draws", "60", "--to", "2030"], in: repositoryRoot)
        #expect(sim.status == 0, "\(sim.stderr)")
        #expect(sim.stdout.contains("Registered since: births in 2025, 107,812, inside"))
        #expect(run.stdout.contains("UN-calibrated"))
    }
}
