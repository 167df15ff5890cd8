import Foundation
import Testing

/// `cohort project` on `Fixtures/three-year`: ω = 3, base 2024, rates for
/// 2025…2027 given as survival ratios, with migration that the guard must
/// cut in 2025. The expected values come from `reference.py` in the fixture
/// (an independent plain-Python version of DESIGN.md's step); 2025 under
/// `end` timing is also worked by hand:
///
/// Women P = (100, 100, 80, 50), S = (0.99, 0.98, 0.95, 0.6): P′(1) = 98,
/// P′(2) = 95, P′(3+) = 0.6·130 = 78; births 0.5·(100 + 98)/2 + 0.4·(80 + 95)/2
/// = 84.5; girls 84.5/2.05 = 41.2195122, infants 0.99·that = 40.8073171;
/// migrants +10 at 2 and −5 at 3+: (40.8073171, 98, 105, 73) = 316.8073171.
/// Men P = (105, 100, 75, 40), S = (0.985, 0.97, 0.9, 0.5): P′ = (·, 101.85, 90, 57.5);
/// boys 43.2804878, infants 42.6312805; −200 at age 1 finds 101.85: cut 98.15.
/// Deaths: women 330 − 271 + (41.2195122 − 40.8073171) = 59.4121951;
/// men 320 − 249.35 + (43.2804878 − 42.6312805) = 71.2992073.
@Suite("cohort project, end to end")
struct ProjectCommandTests {
    static let inputs = CLIRunner.fixtures.appendingPathComponent("three-year").path

    /// From `python3 reference.py end`: year, sex, births, deaths, net, population, cut, ages 0…3+.
    static let expectedEnd: [(Int, String, [Double], [Double])] = [
        (2025, "female", [41.219512195, 59.412195122, 5, 316.807317073, 0], [40.807317073, 98, 105, 73]),
        (2025, "male", [43.280487805, 71.299207317, -101.85, 190.131280488, 98.15], [42.631280488, 0, 90, 57.5]),
        (
            2026, "female", [34.318832554, 77.086208517, 5, 279.039941110, 0],
            [34.009963061, 40.031978049, 103.198, 101.8]
        ),
        (2026, "male", [36.377962507, 75.495598609, 3, 154.013644386, 0], [35.868671032, 44.394973354, 0, 73.75]),
        (
            2027, "female", [19.226795072, 84.686728642, 5, 218.580007540, 0],
            [19.072980712, 33.397783726, 48.110443102, 117.9988]
        ),
        (
            2027, "male", [20.188134826, 42.492475930, 3, 134.709303281, 0],
            [19.925689073, 37.864348243, 40.044265965, 36.875]
        ),
    ]

    /// From `python3 reference.py even`.
    static let expectedEven: [(Int, String, [Double], [Double])] = [
        (2025, "female", [42.195121951, 60.421951220, 5, 316.773170732, 0], [41.773170732, 98, 100, 77]),
        (2025, "male", [44.304878049, 61.314573171, -200, 102.990304878, 0], [43.640304878, 1.85, 0, 57.5]),
        (
            2027, "female", [19.878979717, 85.107931502, 5, 218.742117664, 0],
            [19.719947879, 33.970904361, 44.012465424, 121.0388]
        ),
        (
            2027, "male", [20.872928702, 21.623804614, 3, 114.376403303, 0],
            [20.601580629, 36.962635769, 40.928011905, 15.884175]
        ),
    ]

    func check(timing: String, expected: [(Int, String, [Double], [Double])]) throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("result")
        let run = try CLIRunner.run([
            "project", "--inputs", Self.inputs, "--out", out.path, "--migration-timing", timing, "--decimals", "6",
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let population = try readCSV(out.appendingPathComponent("population.csv"))
        let components = try readCSV(out.appendingPathComponent("components.csv"))
        #expect(population.count == 4 * 2 * 4, "base year and three projected years, two sexes, four ages")
        #expect(components.count == 3 * 2)
        #expect(Array(population.prefix(4)).map { $0["population"]! } == ["100", "100", "80", "50"])
        #expect(population.map { $0["age"]! }.prefix(4) == ["0", "1", "2", "3+"])
        for (year, sex, values, ages) in expected {
            let row = try #require(components.first { $0["year"] == String(year) && $0["sex"] == sex })
            let got = ["births", "deaths", "net_migrants", "population", "emigration_cut"].map { Double(row[$0]!)! }
            for (g, e) in zip(got, values) { #expect(abs(g - e) < 2e-6, "\(year) \(sex): \(got) vs \(values)") }
            let byAge = population.filter { $0["year"] == String(year) && $0["sex"] == sex }.map {
                Double($0["population"]!)!
            }
            for (g, e) in zip(byAge, ages) { #expect(abs(g - e) < 2e-6, "\(year) \(sex) ages: \(byAge) vs \(ages)") }
        }
    }

    @Test("Reproduces the hand-checked projection, end timing (the default)")
    func endTiming() throws { try check(timing: "end", expected: Self.expectedEnd) }

    @Test("Reproduces the reference projection, even timing")
    func evenTiming() throws { try check(timing: "even", expected: Self.expectedEven) }

    @Test("Prints a yearly summary and warns on stderr when emigration was cut")
    func summaryAndWarning() throws {
        let run = try CLIRunner.run(["project", "--inputs", Self.inputs])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Total"))
        #expect(!run.stdout.contains("15–64"), "no broad age groups when the open age is below 65")
        #expect(run.stdout.contains("2027"))
        #expect(run.stderr.contains("emigrat"))
    }

    @Test("An existing output folder is kept unless --force, and --force replaces only a folder cohort wrote")
    func refusesToOverwrite() throws {
        // A folder of the user's: refused without --force, and with it (issue 12, item 4).
        let mine = try CLIRunner.temporaryFolder()
        try Data("keep me".utf8).write(to: mine.appendingPathComponent("note.txt"))
        let refused = try CLIRunner.run(["project", "--inputs", Self.inputs, "--out", mine.path])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("already exists; choose another or allow replacing it (--force)"),
            "stderr: \(refused.stderr)")
        let forcedMine = try CLIRunner.run(["project", "--inputs", Self.inputs, "--out", mine.path, "--force"])
        #expect(forcedMine.status == 1)
        #expect(
            forcedMine.stderr.contains("exists and was not written by cohort (it has no .cohort-output file)"),
            "stderr: \(forcedMine.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mine.path) == ["note.txt"])

        // A folder cohort wrote: replaced with --force.
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("results")
        #expect(
            try CLIRunner.run(["project", "--inputs", Self.inputs, "--out", out.path, "--decimals", "2"]).status == 0)
        let first = try String(contentsOf: out.appendingPathComponent("population.csv"), encoding: .utf8)
        let forced = try CLIRunner.run(["project", "--inputs", Self.inputs, "--out", out.path, "--force"])
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        let second = try String(contentsOf: out.appendingPathComponent("population.csv"), encoding: .utf8)
        #expect(first != second, "replaced: whole persons instead of 2 decimals")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == [".cohort-output", "components.csv", "indicators.csv", "population.csv"])
    }

    @Test("Bad input: one message with file, line and column, non-zero exit, nothing written")
    func badInput() throws {
        let folder = try CLIRunner.temporaryFolder()
        let source = URL(fileURLWithPath: Self.inputs)
        for name in ["population.csv", "mortality.csv", "fertility.csv", "srb.csv", "migration.csv"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        var srb = try String(contentsOf: folder.appendingPathComponent("srb.csv"), encoding: .utf8)
        srb = srb.replacingOccurrences(of: "2026,1.06", with: "2026,-1")
        try srb.write(to: folder.appendingPathComponent("srb.csv"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let run = try CLIRunner.run(["project", "--inputs", folder.path, "--out", out.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("srb.csv:3: column srb:"), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("Fatal"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".out") }
        #expect(leftovers.isEmpty)
    }

    @Test("--help and --version")
    func helpAndVersion() throws {
        let help = try CLIRunner.run(["project", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--migration-timing"))
        #expect(help.stdout.contains("Examples"))
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout == "0.4.0\n")
    }
}
