import Foundation
import Testing

@testable import CohortKit

@Suite("Stochastic models: fitting")
struct StochasticFittingTests {
    @Test("SVD of [[3, 0], [4, 5]]: singular values 3√5 and √5 (eigenvalues 45 and 5 of AᵀA), U·S·Vᵀ = A")
    func svdByHand() throws {
        let a = [3.0, 4, 0, 5]  // column-major
        let svd = try SingularValueDecomposition(a, rows: 2, columns: 2)
        #expect(allClose(svd.singularValues, [3 * 5.0.squareRoot(), 5.0.squareRoot()], relative: 1e-14))
        for i in 0..<2 {
            for j in 0..<2 {
                let v = (0..<2).reduce(0.0) { $0 + svd.u[i + $1 * 2] * svd.singularValues[$1] * svd.vt[$1 + j * 2] }
                #expect(isClose(v, a[i + j * 2], absolute: 1e-14))
            }
        }
        #expect(throws: LinearAlgebraError.notFinite) {
            try SingularValueDecomposition([1, .nan], rows: 1, columns: 2)
        }
    }

    @Test("AR(1) by hand: 0, 1, 0, 1, 0 gives φ = −1 and level ½ with no residual")
    func ar1ByHand() throws {
        let ar = try AR1.fit([0, 1, 0, 1, 0])
        #expect(isClose(ar.persistence, -1))
        #expect(isClose(ar.level, 0.5))
        #expect(isClose(ar.innovationSD, 0, absolute: 1e-12))
        // σ after h steps: σ·√(1 + φ² + φ⁴) for h = 3.
        let model = AR1(level: 0, persistence: 0.5, innovationSD: 2)
        #expect(isClose(model.deviationSD(steps: 3), 2 * (1 + 0.25 + 0.0625).squareRoot()))
        #expect(throws: StochasticModelError.seriesTooShort(3)) { try AR1.fit([1, 2, 3]) }
        #expect(throws: StochasticModelError.constantSeries) { try AR1.fit([2, 2, 2, 2]) }
    }

    @Test("AR(1) recovers φ = 0.7, level 2, σ = 0.3 from 20,000 simulated values")
    func ar1Recovery() throws {
        var rng = RandomStream(seed: 11)
        var y = 2.0, series: [Double] = []
        for _ in 0..<20_000 {
            y = 2 + 0.7 * (y - 2) + 0.3 * rng.nextNormal()
            series.append(y)
        }
        let ar = try AR1.fit(series)
        // Standard errors: φ √((1 − φ²)/n) ≈ 0.005; σ ≈ σ/√(2n) ≈ 0.0015; level σ/((1 − φ)√n) ≈ 0.007.
        #expect(abs(ar.persistence - 0.7) < 0.02)
        #expect(abs(ar.innovationSD - 0.3) < 0.006)
        #expect(abs(ar.level - 2) < 0.03)
    }

    /// A synthetic population: 6 age groups, 12 years, a(x), b(x) (Σ b = 1), k(t) (Σ k = 0).
    static let a = [-4.0, -6.5, -6.0, -5.0, -3.5, -2.0]
    static let b = [0.30, 0.25, 0.20, 0.12, 0.08, 0.05]
    static let k: [Double] = (0..<12).map { (t: Int) -> Double in
        let wobble: Double = t % 3 == 0 ? 0.7 : -0.35
        return 11.0 - 2.0 * Double(t) + wobble
    }

    static func synthetic(noise: Double, seed: UInt64) -> (deaths: AgeMatrix, exposures: AgeMatrix) {
        var rng = RandomStream(seed: seed)
        var deaths = AgeMatrix(ages: 6, columns: 12), exposures = AgeMatrix(ages: 6, columns: 12)
        for t in 0..<12 {
            for x in 0..<6 {
                let e = 100_000 + 5_000 * Double(x) - 1_000 * Double(t)
                exposures[x, t] = e
                deaths[x, t] = e * exp(a[x] + b[x] * k[t] + noise * rng.nextNormal())
            }
        }
        return (deaths, exposures)
    }

    @Test("Lee–Carter recovers a, b and k exactly from noise-free rates")
    func leeCarterExact() throws {
        #expect(isClose(Self.k.reduce(0, +), 0, absolute: 1e-12))
        let (d, e) = Self.synthetic(noise: 0, seed: 1)
        let lc = try LeeCarter.fit(deaths: d, exposures: e, years: Array(2000..<2012), sex: .female)
        #expect(allClose(lc.a, Self.a, relative: 1e-10, absolute: 1e-10))
        #expect(allClose(lc.b, Self.b, relative: 1e-10, absolute: 1e-10))
        #expect(allClose(lc.k, Self.k, relative: 1e-9, absolute: 1e-9))
        #expect(isClose(lc.varianceExplained, 1, relative: 1e-12))
        // Drift = (k(T) − k(1)) / 11 = (−11.35 − 11.7) / 11.
        #expect(isClose(lc.drift, (-11.0 - 0.35 - 11.7) / 11))
    }

    @Test("Lee–Carter with noisy rates: every year's fitted deaths equal the observed deaths after re-estimating k")
    func leeCarterMatchesDeaths() throws {
        let (d, e) = Self.synthetic(noise: 0.05, seed: 2)
        let lc = try LeeCarter.fit(deaths: d, exposures: e, years: Array(2000..<2012), sex: .male)
        for t in 0..<12 {
            let fitted = (0..<6).reduce(0.0) { $0 + e[$1, t] * exp(lc.a[$1] + lc.b[$1] * lc.k[t]) }
            let observed = (0..<6).reduce(0.0) { $0 + d[$1, t] }
            #expect(isClose(fitted, observed, relative: 1e-10))
        }
        #expect(isClose(lc.b.reduce(0, +), 1, relative: 1e-12))
        #expect(lc.varianceExplained > 0.9 && lc.varianceExplained < 1)
        // The noise is small against the trend: b stays near the truth.
        #expect(allClose(lc.b, Self.b, absolute: 0.03))
    }

    @Test("Random walk with drift by hand: k = 0, −1, −3, −4 gives drift −4/3 and σ = √(1/3)")
    func driftByHand() {
        let lc = LeeCarter(years: [1, 2, 3, 4], a: [0], b: [1], k: [0, -1, -3, -4])
        #expect(isClose(lc.drift, -4.0 / 3))
        #expect(isClose(lc.innovationSD, (1.0 / 3).squareRoot()))
        #expect(isClose(lc.driftSE, (1.0 / 3).squareRoot() / 3.0.squareRoot()))
    }

    @Test("Drift and σ of k recovered from a simulated random walk (n = 5,000, d = −1.5, σ = 0.8)")
    func driftRecovery() {
        var rng = RandomStream(seed: 5)
        var k = [0.0]
        for _ in 1..<5_000 { k.append(k.last! - 1.5 + 0.8 * rng.nextNormal()) }
        let lc = LeeCarter(years: Array(0..<5_000), a: [0], b: [1], k: k)
        // Standard error of the drift 0.8/√4999 ≈ 0.011; of σ ≈ 0.8/√9998 ≈ 0.008.
        #expect(abs(lc.drift + 1.5) < 0.045)
        #expect(abs(lc.innovationSD - 0.8) < 0.032)
    }

    @Test("Lee–Carter refuses a zero death count and a zero exposure, naming year, sex and age")
    func leeCarterErrors() {
        var (d, e) = Self.synthetic(noise: 0, seed: 1)
        d[2, 3] = 0
        #expect {
            try LeeCarter.fit(
                deaths: d, exposures: e, years: Array(2000..<2012), sex: .female,
                groupLabels: ["0", "1", "2", "3", "4", "5+"])
        } throws: { error in
            "\(error)".contains("2003, female, age 2")
        }
        (d, e) = Self.synthetic(noise: 0, seed: 1)
        e[5, 0] = 0
        #expect {
            try LeeCarter.fit(
                deaths: d, exposures: e, years: Array(2000..<2012), sex: .male,
                groupLabels: ["0", "1", "2", "3", "4", "5+"])
        } throws: { error in
            "\(error)".contains("2000, male, age 5+") && "\(error)".contains("exposure")
        }
    }

    @Test("TFR logit: round trip, and the analytic interval with φ = 0.5, σ = 0.1 after 2 steps")
    func fertilityLogit() {
        let bounds = 0.0...3.0
        for f in [0.5, 0.87, 1.2, 2.9] {
            #expect(isClose(FertilityModel.tfr(logit: FertilityModel.logit(f, bounds), bounds), f, relative: 1e-14))
        }
        // logit(1) in (0, 3) = ln(1/2); sd after 2 steps = 0.1·√1.25; z(0.9) = 1.2815515655446004.
        let model = FertilityModel(
            bounds: bounds, years: 2000...2010, ar: AR1(level: 0, persistence: 0.5, innovationSD: 0.1))
        let interval = model.interval(centre: 1, steps: 2, probability: 0.8)
        let half = 1.2815515655446004 * 0.1 * 1.25.squareRoot()
        #expect(isClose(interval.lowerBound, 3 / (1 + 2 * exp(half)), relative: 1e-12))
        #expect(isClose(interval.upperBound, 3 / (1 + 2 * exp(-half)), relative: 1e-12))
    }

    @Test("Normal quantiles against published values")
    func normalQuantiles() {
        #expect(isClose(NormalDistribution.quantile(0.975), 1.959963984540054, relative: 1e-13))
        #expect(isClose(NormalDistribution.quantile(0.9), 1.2815515655446004, relative: 1e-13))
        #expect(isClose(NormalDistribution.quantile(0.5), 0, absolute: 1e-15))
        #expect(isClose(NormalDistribution.quantile(0.001), -3.090232306167813, relative: 1e-13))
        #expect(isClose(NormalDistribution.quantile(1e-10), -6.361340902404056, relative: 1e-12))
    }
}
