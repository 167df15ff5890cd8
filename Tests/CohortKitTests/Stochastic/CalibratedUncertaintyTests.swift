import Foundation
import Testing

@testable import CohortKit

@Suite("UN-calibrated uncertainty")
struct CalibratedUncertaintyTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    @Test("The published points by hand: z = 0 is the median, ±1.96 the 95% bounds, z = 0.64 halfway to the 80% bound")
    func boundsByHand() throws {
        let b = ProjectionBounds(points: [.tfr: [2030: [0.5, 0.6, 0.8, 1.0, 1.1]]], source: "test")
        #expect(b.value(.tfr, year: 2030, z: 0) == 0.8)
        #expect(isClose(b.value(.tfr, year: 2030, z: 1.959964)!, 1.1, relative: 1e-6))
        #expect(isClose(b.value(.tfr, year: 2030, z: -1.281552)!, 0.6, relative: 1e-6))
        #expect(isClose(b.value(.tfr, year: 2030, z: 1.281552 / 2)!, 0.9, relative: 1e-6))
        // Beyond 1.96 along the outer segment: slope 0.1 / (1.96 − 1.28).
        let slope = 0.1 / (1.959964 - 1.281552)
        #expect(isClose(b.value(.tfr, year: 2030, z: 2.959964)!, 1.1 + slope, relative: 1e-5))
        #expect(b.value(.tfr, year: 2031, z: 0) == nil)
    }

    @Test(
        "The normal paths: unit variance every year; TFR and migration steps correlated φ; e(0) a random walk (√(t/(t+1))); sexes ρ"
    )
    func normalPaths() {
        let n = 20_000, years = 10
        var tfr = [[Double]](), e0f = [[Double]](), e0m = [[Double]]()
        for d in 0..<n {
            var rng = RandomStream(seed: 7, stream: UInt64(d))
            let z = DrawPaths.normalPaths(rng: &rng, years: years, phiF: 0.9, phiM: 0.5, rho: 0.8)
            tfr.append(z.tfr)
            e0f.append(z.e0.female)
            e0m.append(z.e0.male)
        }
        func corr(_ a: [Double], _ b: [Double]) -> Double {
            let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
            var sab = 0.0, saa = 0.0, sbb = 0.0
            for (x, y) in zip(a, b) {
                sab += (x - ma) * (y - mb)
                saa += (x - ma) * (x - ma)
                sbb += (y - mb) * (y - mb)
            }
            return sab / (saa * sbb).squareRoot()
        }
        func variance(_ a: [Double]) -> Double { a.reduce(0) { $0 + $1 * $1 } / Double(a.count) }
        // Standard errors: a variance of 1 from 20,000 values ≈ 0.01; a correlation ≈ (1 − r²)/√n ≤ 0.007.
        for y in [0, 4, 9] {
            #expect(abs(variance(tfr.map { $0[y] }) - 1) < 0.05)
            #expect(abs(variance(e0f.map { $0[y] }) - 1) < 0.05)
        }
        #expect(abs(corr(tfr.map { $0[4] }, tfr.map { $0[5] }) - 0.9) < 0.02)
        // The walk's standardised value: corr(w(5)/√5, w(6)/√6) = √(5/6).
        #expect(abs(corr(e0f.map { $0[4] }, e0f.map { $0[5] }) - (5.0 / 6).squareRoot()) < 0.02)
        #expect(abs(corr(e0f.map { $0[9] }, e0m.map { $0[9] }) - 0.8) < 0.02)
    }

    @Test(
        "20,000 draws for taiwan-medium reproduce the UN's 2.5/10/50/90/97.5% points of TFR, e(0) by sex and net migration in 2030, 2050 and 2100, within Monte Carlo error"
    )
    func marginals() throws {
        let run = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2100))
        let model = try run.fitStochasticModel()
        let bounds = try #require(run.data.projectionBounds)
        let inputs = run.inputs, omega = inputs.openAge
        let deathRates = try inputs.years.map { year in
            try BySex { sex -> [Double] in
                guard case .deathRates(let m) = year.mortality[sex] else { throw InputError("survival ratios") }
                return m
            }
        }
        let tfrs = inputs.years.map(\.totalFertilityRate)
        // The factors the calibrated projection uses: b with Taiwan's negative 95+ value replaced by b(94).
        let factors = BySex { sex in
            StochasticProjection.oldestOldFloor(
                model.factors(sex: sex, openAge: omega, kind: .leeCarter).first, groupAge: model.mortalityGroupAge)
        }
        #expect(model.mortality.female.b.last! < 0 && factors.female[100] == factors.female[94])
        let n = 20_000
        let paths = try DrawPaths(
            calibrated: bounds, centre: .init(tfr: tfrs, deathRates: deathRates, years: inputs.years.map(\.year)),
            model: model, factors: factors, options: SimulationOptions(draws: n, seed: 3))
        let years = inputs.years.count
        // The empirical distribution function at each published point is its probability within 4 standard errors.
        func expectMarginal(_ values: [Double], _ q: [Double], _ what: String) {
            for (p, point) in zip(ProjectionBounds.probabilities, q) {
                let share = Double(values.filter { $0 <= point }.count) / Double(values.count)
                let se = (p * (1 - p) / Double(values.count)).squareRoot()
                #expect(
                    abs(share - p) < 4 * se, "\(what): \(share) of the draws at or below the UN's \(p) point \(point)")
            }
        }
        for year in [2030, 2050, 2100] {
            let y = inputs.years.firstIndex { $0.year == year }!
            let tfrMedian = bounds.median(.tfr, year: year)!
            let tfr = (0..<n).map { d in
                FertilityModel.tfr(
                    logit: FertilityModel.logit(tfrs[y], model.fertility.bounds) + paths.tfrDeviation[d * years + y],
                    model.fertility.bounds) / tfrs[y] * tfrMedian
            }
            expectMarginal(tfr, bounds.points[.tfr]![year]!, "TFR \(year)")
            let migrationMedian = bounds.median(.netMigrants, year: year)!
            expectMarginal(
                (0..<n).map { paths.migrationDeviation[$0 * years + y] + migrationMedian },
                bounds.points[.netMigrants]![year]!, "net migrants \(year)")
            // e(0) of each draw's own death rates, shifted from the scenario's centre to the UN's median.
            for sex in Sex.allCases {
                let centre = try LifeTable(deathRates: deathRates[y][sex], sex: sex).lifeExpectancyAtBirth
                let median = bounds.median(.e0(sex), year: year)!
                let e0 = try (0..<n).map { d -> Double in
                    let k = paths.mortalityFirst[sex][d * years + y]
                    let m = zip(deathRates[y][sex], factors[sex]).map { $0 * fastExp($1 * k) }
                    return try LifeTable(deathRates: m, sex: sex).lifeExpectancyAtBirth - centre + median
                }
                expectMarginal(e0, bounds.points[.e0(sex)]![year]!, "e0 \(sex) \(year)")
            }
        }
        // The centre (member n) departs from nothing.
        #expect(paths.tfrDeviation[n * years + 10] == 0 && paths.mortalityFirst.female[n * years + 10] == 0)
    }
}

@Suite("Quantiles of derived indicators")
struct DerivedQuantileTests {
    @Test("The old-age dependency ratio's quantiles are those of each draw's ratio, not the ratio of the quantiles")
    func ratioAcrossDraws() throws {
        let run = try DataCatalog(root: repositoryRoot.appendingPathComponent("data")).run(
            "taiwan-medium", overrides: .init(lastYear: 2060))
        let result = try run.simulate(SimulationOptions(draws: 400, seed: 9))
        let old = try #require(result.values(.old, year: 2060)),
            working = try #require(result.values(.workingAge, year: 2060))
        let ratios = zip(old, working).map { 100 * $0 / $1 }
        let p = [0.025, 0.5, 0.975]
        let expected = Quantiles.type7(ratios, probabilities: p)
        let got = try #require(result.quantiles(.oldAgeDependency, year: 2060, probabilities: p))
        #expect(allClose(got, expected, relative: 1e-12))
        // The ratio of the quantiles is a different number: the check above could fail.
        let naive = zip(
            Quantiles.type7(old, probabilities: p), Quantiles.type7(working, probabilities: p).reversed()
        ).map { 100 * $0 / $1 }
        #expect(abs(naive[0] - got[0]) > 0.1)
    }
}
