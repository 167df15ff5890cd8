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
}
