import Foundation
import Testing

@testable import CohortKit

@Suite("Coherent (Li–Lee) mortality")
struct CoherentLeeCarterTests {
    static let a = [-4.0, -6.5, -6.0, -5.0, -3.5, -2.0]
    static let b = [0.30, 0.25, 0.20, 0.12, 0.08, 0.05]

    /// The age pattern of the sexes' contrast (sums to 1).
    static let contrast = [0.1, 0.1, 0.2, 0.3, 0.2, 0.1]

    /// Deaths = E · exp(a + b·K + bᵢ·kᵢ) with no noise; women's exposures
    /// 100,000 and men's 80,000 in every cell, men's rates e^0.3 times women's.
    /// With `sexFactors`, a contrast c(t) (AR(1), φ = 0.8) raises women's
    /// log-rates by 0.1·contrast·c and lowers men's by 0.1·contrast·r·c with
    /// r = 100,000 / (80,000·e^0.3), so the deaths-weighted sum cancels and
    /// the log of the combined rate stays a + B·K (to second order).
    static func data(
        years: Int, sexFactors: Bool, seed: UInt64
    ) -> (deaths: BySex<AgeMatrix>, exposures: BySex<AgeMatrix>) {
        var rng = RandomStream(seed: seed)
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var K = [10.0], c = [0.0]  // Li and Lee's common factor K(t)
        for _ in 1..<years {
            K.append(K.last! - 0.5 + 0.3 * rng.nextNormal())
            c.append(0.8 * c.last! + 0.5 * rng.nextNormal())
        }
        var deaths = BySex { _ in AgeMatrix(ages: 6, columns: years) }, exposures = deaths
        for t in 0..<years {
            for x in 0..<6 {
                for sex in Sex.allCases {
                    let e = sex == .female ? 100_000.0 : 80_000.0
                    let own =
                        sexFactors
                        ? 0.1 * contrast[x] * c[t] * (sex == .female ? 1 : -100_000 / (80_000 * exp(0.3))) : 0
                    let shift = sex == .female ? 0 : 0.3  // men's rates higher at every age
                    exposures[sex][x, t] = e
                    deaths[sex][x, t] = e * exp(a[x] + shift + b[x] * K[t] + own)
                }
            }
        }
        return (deaths, exposures)
    }

    @Test("Sexes whose rates differ only by a constant: the common factor is exact and no sex factor is left")
    func noSexFactor() throws {
        let (d, e) = Self.data(years: 30, sexFactors: false, seed: 1)
        let model = try CoherentLeeCarter.fit(deaths: d, exposures: e, years: Array(1990..<2020))
        #expect(allClose(model.common.b, Self.b, relative: 1e-9, absolute: 1e-9))
        for sex in Sex.allCases {
            #expect(model.b[sex].allSatisfy { $0 == 0 })
            #expect(model.k[sex].allSatisfy { $0 == 0 })
            #expect(isClose(model.varianceExplained[sex], 1, relative: 1e-9))
            #expect(model.expectedChange(sex: sex, steps: 10) == 0)
        }
        // aᵢ differ by the constant 0.3 (men's rates × e^0.3).
        #expect(
            allClose(zip(model.a.male, model.a.female).map { $0 - $1 }, Array(repeating: 0.3, count: 6), absolute: 1e-9)
        )
        #expect(model.isCoherent)
    }

    @Test("A sex contrast following an AR(1) (φ = 0.8, 400 years): B, the contrast's age pattern and φ are recovered")
    func recovery() throws {
        let (d, e) = Self.data(years: 400, sexFactors: true, seed: 2)
        let model = try CoherentLeeCarter.fit(deaths: d, exposures: e, years: Array(1600..<2000))
        #expect(allClose(model.common.b, Self.b, absolute: 0.002))
        for sex in Sex.allCases {
            #expect(model.varianceExplained[sex] > 0.999)
            #expect(isClose(model.b[sex].reduce(0, +), 1, relative: 1e-12))
            #expect(allClose(model.b[sex], Self.contrast, absolute: 0.01))
            // φ is unchanged by the scaling and shift the normalisation gives k; its standard error here is about 0.03.
            #expect(abs(model.ar[sex].persistence - 0.8) < 0.1)
        }
        // Women's k moves with the contrast, men's against it (b sums to 1 for both, so k carries the sign).
        let kf = model.k.female, km = model.k.male
        #expect(zip(kf, km).reduce(0.0) { $0 + $1.0 * $1.1 } < 0)
        #expect(model.isCoherent)
    }

    @Test(
        "Taiwan: the coherent model's expected rates keep a steady ratio between the sexes; separate Lee–Carter models drift apart"
    )
    func coherence() throws {
        let data = try Dataset.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        let model = try StochasticModel.fit(dataset: data)
        #expect(model.coherentMortality.isCoherent)
        func logRatio(_ kind: MortalityModelKind, _ h: Int) -> [Double] {
            zip(
                model.expectedDeathRates(sex: .male, yearsAfterJumpOff: h, kind: kind),
                model.expectedDeathRates(sex: .female, yearsAfterJumpOff: h, kind: kind)
            ).map { log($0 / $1) }
        }
        // Coherent: from 200 to 300 years on, the ratio moves by less than 0.1% at every age (k's AR(1) has settled).
        let c200 = logRatio(.coherent, 200), c300 = logRatio(.coherent, 300)
        #expect(zip(c200, c300).allSatisfy { abs($0 - $1) < 1e-3 })
        // Separate models: ln ratio changes by 100·(b_m·d_m − b_f·d_f) over the same century.
        let l200 = logRatio(.leeCarter, 200), l300 = logRatio(.leeCarter, 300)
        let bf = model.b(sex: .female, openAge: 100), bm = model.b(sex: .male, openAge: 100)
        for x in [0, 30, 60, 80] {
            let expected = 100 * (bm[x] * model.mortality.male.drift - bf[x] * model.mortality.female.drift)
            #expect(isClose(l300[x] - l200[x], expected, relative: 1e-9, absolute: 1e-12))
        }
        #expect(zip(l200, l300).contains { abs($0 - $1) > 0.05 })
    }
}
