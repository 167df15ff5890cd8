import Foundation
import Testing

@Suite("cohort waves, end to end")
struct WavesCommandTests {
    @Test("Prints the waves and flows tables and writes the four CSV files")
    func waves() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("waves")
        let run = try CLIRunner.run(["waves", "--out", out.path], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("1958–1966, 1976–1982"))
        #expect(
            run.stdout.contains("first baby boom") && run.stdout.contains("3,780,000")
                && run.stdout.contains("3,783,882"))
        #expect(run.stdout.contains("336,110"), "2024's 65-year-olds from the registers")
        for file in ["waves.csv", "flows.csv", "cohorts.csv", "indicators.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let waves = try readCSV(out.appendingPathComponent("waves.csv"))
        #expect(waves.map { $0["registered_births"] } == ["3783882", "2890528"])
        let flows = try readCSV(out.appendingPathComponent("flows.csv"))
        #expect(flows.first { $0["year"] == "2023" }?["leavers"] == "326247")
        let indicators = try readCSV(out.appendingPathComponent("indicators.csv"))
        #expect(indicators.first?["year"] == "2024" && indicators.last?["year"] == "2070")
        #expect(indicators.first?.keys.contains("age_15_64") == true)
    }

    @Test(
        "--retirement-age labour-insurance: the pension age by birth cohort, reaching.csv, and a clear error for an unknown schedule"
    )
    func labourInsurance() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("li")
        let run = try CLIRunner.run(
            ["waves", "--retirement-age", "labour-insurance", "--out", out.path], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(
            run.stdout.contains(
                "retirement age labour-insurance (60 for born 1957 or earlier … 65 for born 1962 or later)"))
        #expect(run.stdout.contains("Each wave reaching 65 and the policy age (labour-insurance), by year"))
        let reaching = try readCSV(out.appendingPathComponent("reaching.csv"))
        let y2019 = reaching.first { $0["wave"] == "first baby boom" && $0["year"] == "2019" }
        #expect(y2019?["reaching_statutory"] == "0" && y2019?["reaching_policy"] != "0")
        let waves = try readCSV(out.appendingPathComponent("waves.csv"))
        #expect(waves.first?["first_year"] == "2019" && waves.first?["last_year"] == "2031")
        let bad = try CLIRunner.run(["waves", "--retirement-age", "pension"], in: repositoryRoot)
        #expect(bad.status != 0)
        #expect(
            bad.stderr.contains(
                "--retirement-age pension is neither an age nor a schedule of the dataset taiwan's pension_ages.csv (it has labour-insurance)"
            ))
    }

    @Test("A phased retirement age adds the policy table and policy.csv")
    func policy() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("policy")
        let run = try CLIRunner.run(
            ["waves", "--retirement-age", "67", "--phase-in", "1961:2", "--to", "2040", "--out", out.path],
            in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("65 → 67 from the 1961 cohort, one year every 2 cohorts"))
        let policy = try readCSV(out.appendingPathComponent("policy.csv"))
        #expect(policy.count == 17)
        // 2026: the 1961 cohort turns 65 but now retires at 66, so it stays.
        let y2026 = try #require(policy.first { $0["year"] == "2026" })
        #expect(Double(y2026["staying"]!)! > 300_000)
    }

    @Test("Bad options get one clear message and a non-zero exit")
    func badOptions() throws {
        let band = try CLIRunner.run(["waves", "--working-age", "15to64"], in: repositoryRoot)
        #expect(band.status != 0 && band.stderr.contains("--working-age 15to64 is not a band like 15-64"))
        let phase = try CLIRunner.run(["waves", "--phase-in", "1961"], in: repositoryRoot)
        #expect(phase.status != 0 && phase.stderr.contains("--phase-in needs --retirement-age"))
        let low = try CLIRunner.run(["waves", "--retirement-age", "10"], in: repositoryRoot)
        #expect(low.status != 0 && low.stderr.contains("is not above the first working age"))
    }
}

@Suite("cohort labour, end to end")
struct LabourCommandTests {
    @Test("Prints the labour force by scenario, the participation needed and the decade flows; writes three CSV files")
    func labour() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("labour")
        let run = try CLIRunner.run(
            [
                "labour", "--scenario", "taiwan-medium", "--scenario", "taiwan-older-workers-korea", "--year", "2030",
                "--year", "2040", "--out", out.path,
            ], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("The participation at 55–69 that would hold the labour force at its 2024 level"))
        #expect(run.stdout.contains("rates for both sexes together, applied to women and men alike"))
        let required = try readCSV(out.appendingPathComponent("required.csv"))
        #expect(required.count == 4)
        let periods = try readCSV(out.appendingPathComponent("labour_periods.csv"))
        #expect(periods.first?["first_year"] == "2025" && periods.first?["last_year"] == "2030")
        // The sum of 2025-2030 leavers from waves' own flows.csv (six values rounded to whole persons there).
        let waves = try CLIRunner.temporaryFolder().appendingPathComponent("w")
        #expect(try CLIRunner.run(["waves", "--out", waves.path], in: repositoryRoot).status == 0)
        let leavers = try readCSV(waves.appendingPathComponent("flows.csv")).filter {
            (2025...2030).contains(Int($0["year"]!)!)
        }
        .reduce(0.0) { $0 + Double($1["leavers"]!)! }
        #expect(abs(Double(periods.first!["leavers"]!)! - leavers) <= 3)
        let summary = try readCSV(out.appendingPathComponent("labour_summary.csv"))
        #expect(summary.contains { $0["indicator"] == "labour_force" && $0["year"] == "2040" })
    }

    @Test("A dataset without labour.csv is refused with what to do")
    func noRates() throws {
        let run = try CLIRunner.run(["labour", "--scenario", "japan-medium"], in: repositoryRoot)
        #expect(run.status != 0)
        #expect(
            run.stderr.contains(
                "japan-medium has no participation rates: its dataset has no labour.csv; give a scenario with [labour] rates_csv"
            ))
    }
}
