import Foundation
import Testing

@testable import CohortKit

@Suite("Backtests of the history-fitted intervals")
struct BacktestTests {
    @Test("A score by hand: registered 100 against 80/90/100/110/120 is inside both, error 0, widths 20% and 40%")
    func rowByHand() {
        let r = Backtest.Row(
            origin: 2003, horizon: 5, indicator: "total", registered: 100, quantiles: [80, 90, 100, 110, 120])
        #expect(r.inside80 && r.inside95 && r.medianError == 0 && r.width80 == 20 && r.width95 == 40)
        let out = Backtest.Row(
            origin: 2003, horizon: 5, indicator: "total", registered: 85, quantiles: [80, 90, 100, 110, 120])
        #expect(!out.inside80 && out.inside95 && isClose(out.medianError, 100 * (100.0 / 85 - 1)))
    }

    /// A copy of the Taiwan dataset whose history after `after` is changed by `change(file, year, line)`.
    static func changedCopy(after: Int, _ change: (String, Int, String) -> String) throws -> URL {
        let source = repositoryRoot.appendingPathComponent("data/taiwan")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("backtest-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        for file in ["tfr.csv", "net_migration.csv", "deaths.csv", "fertility_pattern.csv"] {
            let url = copy.appendingPathComponent("history/" + file)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            let changed =
                [lines[0]]
                + lines.dropFirst().map { line -> String in
                    let year = Int(line.prefix(4))!
                    return year > after ? change(file, year, line) : line
                }
            try (changed.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    /// The TFR, migration and death counts of years after the origin raised; patterns left (they must sum to 1).
    static func raise(_ file: String, _ year: Int, _ line: String) -> String {
        guard file != "fertility_pattern.csv" else { return line }
        var f = line.split(separator: ",").map(String.init)
        f[f.count - 1] = String(Double(f[f.count - 1])! * (file == "tfr.csv" ? 1.3 : 1.5))
        return f.joined(separator: ",")
    }

    @Test(
        "Only the history up to the origin enters: raising the TFR, migration and deaths of later years changes no quantile; raising the origin year's does"
    )
    func noLookAhead() throws {
        let original = try Dataset.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        let later = try Self.changedCopy(after: 2008, Self.raise)
        let atOrigin = try Self.changedCopy(after: 2007, Self.raise)
        defer { for u in [later, atOrigin] { try? FileManager.default.removeItem(at: u) } }
        func quantiles(_ data: Dataset) throws -> [[Double]] {
            try Backtest.run(dataset: data, origins: [2008], horizons: [5], draws: 200, seed: 2, threads: 1)
                .rows.filter { $0.indicator != "deaths" }.map(\.quantiles)
        }
        let base = try quantiles(original)
        #expect(base.count == 5)
        #expect(try quantiles(try Dataset.load(from: later)) == base)
        #expect(try quantiles(try Dataset.load(from: atOrigin)) != base)
    }

    @Test("Taiwan from 2013: six scores for 2018; the registered 2018 births and population as in the registers")
    func taiwan2013() throws {
        let data = try Dataset.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        let b = try Backtest.run(dataset: data, origins: [2013], horizons: [5], draws: 300, seed: 1, threads: 2)
        #expect(b.rows.map(\.indicator) == ["total", "age_0_14", "age_15_64", "age_65_plus", "births", "deaths"])
        // history/births.csv: 181,601 births registered in 2018; history/population.csv: 23,588,932 at the end of 2018.
        #expect(b.rows.first { $0.indicator == "births" }?.registered == 181_601)
        #expect(b.rows.first { $0.indicator == "total" }?.registered == 23_588_932)
        for r in b.rows { #expect(zip(r.quantiles, r.quantiles.dropFirst()).allSatisfy { $0 <= $1 }, "\(r.indicator)") }
        let coverage = b.coverageTable()
        #expect(coverage.rows.count == 1)
    }
}

@Suite("Registered values past the base")
struct RegisteredValueTests {
    @Test(
        "taiwan-medium: the Ministry's 2025 figures (SOURCES.md): 23,299,132 people, 15,944,087 aged 15–64, 107,812 births"
    )
    func taiwan2025() throws {
        let run = try DataCatalog(root: repositoryRoot.appendingPathComponent("data")).run("taiwan-medium")
        let r = run.registeredAfterBase
        #expect(r.map(\.year) == [2025, 2025, 2025])
        #expect(r.map(\.indicator) == [.total, .working, .births])
        #expect(r.map(\.value) == [23_299_132, 15_944_087, 107_812])
        // Another band: the 15–64 figure no longer applies.
        let other = try DataCatalog(root: repositoryRoot.appendingPathComponent("data")).run(
            "taiwan-medium", overrides: .init(workingAge: 20...64))
        #expect(other.registeredAfterBase.map(\.indicator) == [.total, .births])
    }
}
