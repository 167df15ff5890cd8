import Foundation
import Testing

/// An input set by age groups through the command line (Fixtures/abridged: 0, 1-4, 5-9, 10+).
@Suite("Abridged input sets through the command line")
struct AbridgedCommandTests {
    static let folder = CLIRunner.fixtures.appendingPathComponent("abridged")

    @Test("validate names the files read by age groups; project writes single ages whose groups keep their totals")
    func validateAndProject() throws {
        let check = try CLIRunner.run(["validate", "--inputs", Self.folder.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.hasSuffix(
                "ages 0–9 and 10+; rates for 2025–2025 (1 year), without migration; "
                    + "population.csv, mortality.csv, fertility.csv by age groups, graduated to single years of age\n"),
            "\(check.stdout)")

        let out = try CLIRunner.temporaryFolder().appendingPathComponent("out")
        let run = try CLIRunner.run(["project", "--inputs", Self.folder.path, "--out", out.path, "--decimals", "6"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try readCSV(out.appendingPathComponent("population.csv")).filter { $0["year"] == "2024" }
        func total(_ sex: String, _ ages: ClosedRange<Int>) -> Double {
            rows.filter { $0["sex"] == sex && ages.contains(Int($0["age"]!.replacingOccurrences(of: "+", with: ""))!) }
                .map { Double($0["population"]!)! }.reduce(0, +)
        }
        #expect(rows.count == 2 * 11)
        for (sex, groups) in [
            ("female", [(0...0, 100.0), (1...4, 420), (5...9, 560), (10...10, 3000)]),
            ("male", [(0...0, 105.0), (1...4, 440), (5...9, 580), (10...10, 2800)]),
        ] {
            for (ages, expected) in groups { #expect(abs(total(sex, ages) - expected) < 1e-5, "\(sex) \(ages)") }
        }
    }

    @Test(
        "project --age-groups 5 writes population_5y.csv, each group the sum of population.csv's ages (whole persons); compare shows the same groups"
    )
    func fiveYearFiles() throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("out")
        let run = try CLIRunner.run([
            "project", "--to", "2030", "--age-groups", "5", "--out", out.path, "--decimals", "6",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let single = try readCSV(out.appendingPathComponent("population.csv"))
        let grouped = try readCSV(out.appendingPathComponent("population_5y.csv"))
        #expect(grouped.count == 7 * 2 * 21)
        for row in grouped where ["2024", "2030"].contains(row["year"]!) {
            let label = row["age"]!
            let bounds =
                label.hasSuffix("+")
                ? (100, 100) : (Int(label.split(separator: "-")[0])!, Int(label.split(separator: "-")[1])!)
            let sum = single.filter { r in
                r["year"] == row["year"] && r["sex"] == row["sex"]
                    && (bounds.0...bounds.1).contains(Int(r["age"]!.replacingOccurrences(of: "+", with: ""))!)
            }.map { Double($0["population"]!)! }.reduce(0, +)
            // population_5y.csv writes whole persons (the unit's rule), population.csv here 6 decimals.
            #expect(abs(sum - Double(row["population"]!)!) <= 0.5 + 1e-3, "\(row)")
        }
        let compare = try CLIRunner.run([
            "compare", "--scenario", "taiwan-medium", "--scenario", "taiwan-low", "--age-groups", "5", "--year", "2030",
            "--format", "csv", "--to", "2030",
        ])
        #expect(compare.status == 0, "\(compare.stderr)")
        let rows = compare.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let g = try #require(rows.first { $0[1] == "age_65_69" })
        let both = grouped.filter { $0["year"] == "2030" && $0["age"] == "65-69" }.map { Double($0["population"]!)! }
            .reduce(0, +)
        #expect(Double(g[2]) == both.rounded())
        let bad = try CLIRunner.run(["lifetable", "--age-groups", "3"])
        #expect(
            bad.status != 0
                && bad.stderr.contains(
                    "--age-groups must be 1 (single years only) or 5 (five-year summaries too); it is 3")
        )
    }
}
