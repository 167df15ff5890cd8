import Foundation
import Testing

@testable import CohortKit

/// Mortality histories given as death rates (the UN's 5-year periods) rather than registered deaths.
@Suite("Stochastic models: histories of death rates, years 5 apart")
struct RateHistoryTests {
    @Test("Random walk sampled every 5 years by hand: k = 0, −9, −21, −30 at 0, 5, 10, 15 gives drift −2 and σ = √0.6")
    func fiveYearDriftByHand() {
        // Steps −9, −12, −9 against 5 · (−2) = −10: residuals 1, −2, 1; σ² = (1 + 4 + 1) / 5 / 2 = 0.6.
        let lc = LeeCarter(years: [0, 5, 10, 15], a: [0], b: [1], k: [0, -9, -21, -30])
        #expect(isClose(lc.drift, -2))
        #expect(isClose(lc.innovationSD, 0.6.squareRoot()))
        // The drift's standard error: σ / √15 (15 years spanned).
        #expect(isClose(lc.driftSE, 0.6.squareRoot() / 15.0.squareRoot()))
    }

    @Test("An annual random walk (d = −1.5, σ = 0.8) seen every 5 years: the annual drift and σ are recovered")
    func fiveYearRecovery() {
        var rng = RandomStream(seed: 11)
        var annual = [0.0]
        for _ in 1..<50_000 { annual.append(annual.last! - 1.5 + 0.8 * rng.nextNormal()) }
        let years = Array(stride(from: 0, to: 50_000, by: 5))
        let lc = LeeCarter(years: years, a: [0], b: [1], k: years.map { annual[$0] })
        // 10,000 steps: standard error of σ ≈ 0.8 / √20,000 ≈ 0.006; of the drift ≈ 0.8 / √50,000 ≈ 0.004.
        #expect(abs(lc.drift + 1.5) < 0.02)
        #expect(abs(lc.innovationSD - 0.8) < 0.025)
    }

    @Test("AR(1) made annual by hand: φ = 0.81 over 2 years is 0.9 a year, σ² = 1 / (1 + 0.81)")
    func annualisedByHand() {
        // Two annual steps: e₁·φ + e₂, variance σ²(1 + φ²) = 1.
        let ar = AR1(level: 3, persistence: 0.81, innovationSD: 1).annualised(step: 2)
        #expect(isClose(ar.persistence, 0.9))
        #expect(isClose(ar.innovationSD, (1 / 1.81).squareRoot()))
        #expect(ar.level == 3)
        #expect(AR1(level: 0, persistence: -0.3, innovationSD: 2).annualised(step: 5).persistence == 0)
        #expect(AR1(level: 0, persistence: 0.5, innovationSD: 2).annualised(step: 1).innovationSD == 2)
    }

    @Test("An annual AR(1) (φ = 0.9, σ = 0.3) seen every 5 years, fitted and made annual, gives back φ and σ")
    func annualisedRecovery() throws {
        var rng = RandomStream(seed: 12)
        var y = [0.0]
        for _ in 1..<500_000 { y.append(0.9 * y.last! + 0.3 * rng.nextNormal()) }
        let sampled = stride(from: 0, to: y.count, by: 5).map { y[$0] }
        let ar = try AR1.fit(sampled).annualised(step: 5)
        // 100,000 five-year steps (φ⁵ = 0.59): the estimates' standard errors are below 0.002.
        #expect(abs(ar.persistence - 0.9) < 0.006)
        #expect(abs(ar.innovationSD - 0.3) < 0.006)
    }

    /// A dataset folder with `history/death_rates.csv` of exact Lee–Carter rates at single ages 0…100+:
    /// ln m = a(x) + b(x) · k(t).
    static func exactRates(years: [Int], k: [Double]) throws -> (folder: URL, a: [Double], b: [Double]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("history"), withIntermediateDirectories: true)
        // Gompertz-like a(x) with a higher rate at 0; b(x) falling with age, Σ b = 1.
        let a = (0...100).map { x in x == 0 ? -5.5 : -9.5 + 0.09 * Double(x) }
        let raw = (0...100).map { x in 2.0 - Double(x) / 100 }
        let b = raw.map { $0 / raw.reduce(0, +) }
        var csv = "year,sex,age,mx\n"
        for (t, y) in years.enumerated() {
            for sex in Sex.allCases {
                for x in 0...100 {
                    csv += "\(y),\(sex.rawValue),\(x == 100 ? "100+" : String(x)),\(exp(a[x] + b[x] * k[t]))\n"
                }
            }
        }
        try csv.write(to: folder.appendingPathComponent("history/death_rates.csv"), atomically: true, encoding: .utf8)
        return (folder, a, b)
    }

    @Test("Exact Lee–Carter rates every 5 years: a, b and the annual drift are recovered from history/death_rates.csv")
    func exactRatesRecovered() throws {
        let years = Array(stride(from: 1973, through: 2023, by: 5))
        // k falls 10 per period (−2 a year) with ±1 wiggles; centred, as Lee–Carter's k is.
        var k = years.indices.map { -10.0 * Double($0) + ($0 % 3 == 0 ? 1 : -1) }
        let mean = k.reduce(0, +) / Double(k.count)
        k = k.map { $0 - mean }
        let (folder, a, b) = try Self.exactRates(years: years, k: k)
        defer { try? FileManager.default.removeItem(at: folder) }
        let h = try DeathRateHistory.load(from: folder, openAge: 100, groupAge: 100)
        #expect(h.years == years)
        let lc = try LeeCarter.fit(
            deaths: h.deaths.female, exposures: h.exposures.female, years: h.years, sex: .female)
        #expect(allClose(lc.b, b, relative: 1e-8, absolute: 1e-10))
        #expect(allClose(lc.a, a, relative: 1e-8, absolute: 1e-8))
        #expect(allClose(lc.k, k, relative: 1e-7, absolute: 1e-7))
        // (k(2023) − k(1973)) / 50 years = (−100 − 1 − 1) / 50 (the wiggle is +1 in 1973 (j = 0), −1 in 2023 (j = 10)).
        #expect(isClose(lc.drift, -102.0 / 50, relative: 1e-8))
        #expect(isClose(h.lastYearRates.male[60], exp(a[60] + b[60] * k.last!), relative: 1e-12))
    }

    @Test("A rates history refuses uneven years and says what it needs when no history is there")
    func ratesHistoryErrors() throws {
        let (folder, _, _) = try Self.exactRates(years: [1973, 1978, 1988], k: [1, 0, -1])
        defer { try? FileManager.default.removeItem(at: folder) }
        let uneven = #expect(throws: StochasticModelError.self) {
            try DeathRateHistory.load(from: folder, openAge: 100)
        }
        #expect(
            "\(uneven!)".contains(
                "history/death_rates.csv has years 1978 and 1988, 10 years apart, but the first two 5 apart"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("history/death_rates.csv"))
        let none = #expect(throws: StochasticModelError.self) {
            try DeathRateHistory.load(from: folder, openAge: 100)
        }
        #expect("\(none!)".contains("neither history/deaths.csv"))
        #expect("\(none!)".contains("the stochastic projection is not available for this dataset"))
    }

    @Test(
        "Japan, Korea and Singapore: models fitted to the UN's periods 1970–1975 … 2020–2025; the jump-off e(0) is the UN's mean for 2020–2023 within 0.3 year"
    )
    func countryFits() throws {
        let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))
        // The UN's annual e(0) estimates, read straight from the source table.
        let table = try CSVTable.read(
            repositoryRoot.appendingPathComponent("data-sources/wpp2024-countries/e0_estimates.csv"),
            displayName: "e0_estimates.csv")
        for (code, name) in [(392, "japan"), (410, "korea"), (702, "singapore")] {
            let model = try StochasticModel.fit(dataset: try catalog.dataset(name))
            // The estimates end in 2023; the period 2020–2025's other years are projections.
            var published = BySex(female: 0.0, male: 0.0)
            let rows = table.records.filter { Int($0.fields[0]) == code && (2020...2023).contains(Int($0.fields[1])!) }
            #expect(rows.count == 4)
            for r in rows {
                published.male += Double(r.fields[2])! / 4
                published.female += Double(r.fields[3])! / 4
            }
            for sex in Sex.allCases {
                let lc = model.mortality[sex]
                #expect(lc.years == Array(stride(from: 1973, through: 2023, by: 5)), "\(name)")
                #expect(lc.drift < 0, "\(name), \(sex)")
                #expect(lc.varianceExplained > 0.9, "\(name), \(sex)")
                let e0 = try LifeTable(deathRates: model.jumpOffRates[sex], sex: sex).lifeExpectancyAtBirth
                #expect(abs(e0 - published[sex]) < 0.3, "\(name), \(sex): \(e0) against the UN's \(published[sex])")
            }
            #expect(model.fertility.years == 1984...2023)
            #expect(model.migration.years == 1993...2023)
        }
    }
}

@Suite("Parameter uncertainty of the history-fitted models")
struct ParameterDrawTests {
    @Test(
        "σ draws: E σ² = σ̂² ν/(ν − 2) (scaled inverse χ², ν = 30); φ draws: mean φ̂, sd √((1 − φ̂²)/(n − 1)), never explosive"
    )
    func moments() {
        var rng = RandomStream(seed: 21)
        let n = 40_000
        let s2 = (0..<n).map { _ in pow(ParameterDraw.sigma(2, degrees: 30, &rng), 2) }
        // E = 4 · 30/28 = 4.2857; sd of σ² ≈ 4.29 · √(2/26) ≈ 1.19, so the mean's error ≈ 0.006.
        #expect(abs(s2.reduce(0, +) / Double(n) - 4 * 30.0 / 28) < 0.03)
        let phis = (0..<n).map { _ in ParameterDraw.phi(0.9, count: 40, &rng) }
        let mean = phis.reduce(0, +) / Double(n)
        let sd = (phis.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)).squareRoot()
        // sd √(0.19/39) = 0.0698, little clipped at 0.995 (1.4 sd away).
        #expect(abs(mean - 0.9) < 0.004)
        #expect(abs(sd - (0.19 / 39).squareRoot()) < 0.006)
        #expect(phis.allSatisfy { $0 <= 0.995 && $0 >= -0.98 })
    }

    @Test(
        "Switching parameter uncertainty off gives the fitted parameters; on, it widens the history-fitted 2050 interval"
    )
    func widens() throws {
        let run = try DataCatalog(root: repositoryRoot.appendingPathComponent("data")).run(
            "taiwan-medium", overrides: .init(lastYear: 2050))
        func width(_ on: Bool) throws -> Double {
            let r = try run.simulate(
                SimulationOptions(draws: 2_000, seed: 5, uncertainty: .history, parameterUncertainty: on))
            let q = r.quantiles(.total, year: 2050, probabilities: [0.025, 0.975])!
            return q[1] - q[0]
        }
        #expect(try width(true) > width(false))
    }
}

@Suite("Correlated fertility and migration shocks")
struct ShockCorrelationTests {
    @Test(
        "Correlation by hand (±1), Taiwan's estimate, and the draws' first-year deviations correlated as asked (ρ = 0.7)"
    )
    func correlated() throws {
        #expect(isClose(StochasticModel.correlation([1, 2, 3, 4], [2, 4, 6, 8]), 1))
        #expect(isClose(StochasticModel.correlation([1, 2, 3, 4], [8, 6, 4, 2]), -1))
        let data = try Dataset.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        var model = try StochasticModel.fit(dataset: data)
        // Taiwan's TFR and migration innovations 1994–2023 are nearly uncorrelated.
        #expect(abs(model.fertilityMigrationCorrelation) < 0.3)
        model.fertilityMigrationCorrelation = 0.7
        let n = 20_000
        let options = SimulationOptions(
            draws: n, seed: 4, uncertainty: .history, parameterUncertainty: false, correlateFertilityMigration: true)
        let paths = DrawPaths(model: model, options: options, years: 3, lead: 1)
        let tfr = (0..<n).map { paths.tfrDeviation[$0 * 3] },
            migration = (0..<n).map { paths.migrationDeviation[$0 * 3] }
        // Standard error of a correlation of 0.7 from 20,000 pairs: (1 − 0.49)/√20,000 ≈ 0.004.
        #expect(abs(StochasticModel.correlation(tfr, migration) - 0.7) < 0.02)
        let off = DrawPaths(
            model: model, options: SimulationOptions(draws: n, seed: 4, parameterUncertainty: false), years: 3, lead: 1)
        #expect(
            abs(
                StochasticModel.correlation(
                    (0..<n).map { off.tfrDeviation[$0 * 3] }, (0..<n).map { off.migrationDeviation[$0 * 3] })) < 0.03)
    }
}
