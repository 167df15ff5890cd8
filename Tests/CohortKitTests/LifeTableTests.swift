import Foundation
import Testing

@testable import CohortKit

@Suite("Life tables")
struct LifeTableTests {
    @Test("Andreev–Kingkade a(0): each branch, by sex, from the published coefficients")
    func andreevKingkade() {
        // Males: 0.14929 − 1.99545·0.01 = 0.1293355; 0.02832 + 3.26021·0.05 = 0.1913305; 0.29915.
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.01, sex: .male), 0.1293355))
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.05, sex: .male), 0.1913305))
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.10, sex: .male), 0.29915))
        // Females: 0.14903 − 2.05527·0.01 = 0.1284773; 0.04667 + 3.88089·0.03 = 0.1630967; 0.31411.
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.01, sex: .female), 0.1284773))
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.03, sex: .female), 0.1630967))
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.07, sex: .female), 0.31411))
        // The breakpoints belong to the upper branch: 0.02832 + 3.26021·0.023 = 0.10330483.
        #expect(isClose(AndreevKingkade.infantSeparationFactor(m0: 0.023, sex: .male), 0.10330483))
    }

    /// ω = 3, female, m = (0.02, 0.01, 0.1, 0.5), constant closure. By hand:
    /// m(0) = 0.02 is in the middle female branch (0.01724 ≤ m0 < 0.06891), so
    /// a(0) = 0.04667 + 3.88089·0.02 = 0.1242878;
    /// q(0) = 0.02/(1 + 0.8757122·0.02) = 0.02/1.017514244 = 0.0196557445,
    /// q(1) = 0.01/1.005 = 0.0099502488, q(2) = 0.1/1.05 = 0.0952380952;
    /// l = 1, 0.9803442555, 0.9705895863, 0.8781524828;
    /// L(0) = 1 − 0.8757122·0.0196557445 = 0.9827872247, L(1) = (l1 + l2)/2 = 0.9754669209,
    /// L(2) = (l2 + l3)/2 = 0.9243710346, L(3+) = l3/0.5 = 1.7563049657;
    /// T(0) = 4.6389301459 = e(0); e(2) = (1 − q2/2) + 2(1 − q2) = 2.7619047619; e(3) = 1/0.5 = 2.
    @Test("A four-age table worked by hand, constant closure")
    func tinyTableByHand() throws {
        let t = try LifeTable(deathRates: [0.02, 0.01, 0.1, 0.5], sex: .female, closure: .constant)
        // The hand values carry 10 decimals: compare to half a unit in the 10th place.
        let tol = 0.0
        let abs = 5e-11
        #expect(isClose(t.separationFactors[0], 0.1242878, relative: tol, absolute: abs))
        #expect(
            allClose(t.deathProbabilities, [0.0196557445, 0.0099502488, 0.0952380952, 1], relative: tol, absolute: abs))
        #expect(allClose(t.survivors, [1, 0.9803442555, 0.9705895863, 0.8781524828], relative: tol, absolute: abs))
        #expect(
            allClose(
                t.personYears, [0.9827872247, 0.9754669209, 0.9243710346, 1.7563049657], relative: tol, absolute: abs))
        #expect(isClose(t.personYearsRemaining[0], 4.6389301459, relative: tol, absolute: abs))
        #expect(
            allClose(t.lifeExpectancy, [4.6389301459, 3.7294479981, 2.7619047619, 2.0], relative: tol, absolute: abs))
        #expect(isClose(t.lifeExpectancyAtBirth, 4.6389301459, relative: tol, absolute: abs))
        // S(0) = L0; S(1) = L1/L0; S(2) = L2/L1; S(3) = T3/T2 = 1.7563049657/2.6806760002.
        #expect(
            allClose(
                t.survivalRatios, [0.9827872247, 0.9925514866, 0.9476190476, 0.6551724138], relative: tol, absolute: abs
            ))
        // The open group's m is the input rate back again under the constant closure.
        #expect(isClose(t.deathRates[3], 0.5))
    }

    @Test("A rate high enough for q > 1 is capped: everyone dies in the year")
    func deathProbabilityCap() throws {
        let t = try LifeTable(deathRates: [0.01, 3.0, 0.2, 0.5], sex: .male, closure: .constant)
        #expect(t.deathProbabilities[1] == 1)
        #expect(t.survivors[2] == 0)
        #expect(t.survivalRatios[2] == 0)
        #expect(t.survivalRatios.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test("Kannisto fit recovers the parameters of exact Kannisto rates")
    func kannistoRecoversParameters() throws {
        let truth = KannistoFit(logA: -10.5, slope: 0.105)
        let mx = (0...100).map { truth.deathRate(atAge: Double($0)) }
        let fit = try KannistoFit.fit(deathRates: mx, ages: 80..<100)
        #expect(isClose(fit.logA, -10.5, relative: 1e-10))
        #expect(isClose(fit.slope, 0.105, relative: 1e-10))
        // logistic(−10.5 + 0.105·90) = logistic(−1.05) = 1/(1 + e^1.05) = 0.2592251.
        #expect(isClose(truth.deathRate(atAge: 90), 0.2592251, relative: 1e-6))
    }

    /// With flat rates m = c at ages 80…ω−1 the fit is m(x) = c at every age,
    /// and the table to 130 with a = 0.5 gives L(ω) = l(ω)/c exactly:
    /// Σₖ l(1 − q)ᵏ(1 − q/2) + l(1 − q)³⁰/c with q = c/(1 + c/2), and
    /// (1 − q/2)/q = 1/c, so the sum telescopes to l/c, the constant closure.
    @Test("Kannisto closure on flat old-age rates equals the constant closure")
    func kannistoFlatEqualsConstant() throws {
        var mx = (0...100).map { x in 0.0005 * exp(0.08 * Double(x)) }
        for x in 80...100 { mx[x] = 0.2 }
        let kannisto = try LifeTable(deathRates: mx, sex: .male, closure: .kannisto)
        let constant = try LifeTable(deathRates: mx, sex: .male, closure: .constant)
        #expect(isClose(kannisto.personYears[100], constant.personYears[100], relative: 1e-12))
        #expect(isClose(kannisto.lifeExpectancyAtBirth, constant.lifeExpectancyAtBirth, relative: 1e-12))
        #expect(kannisto.kannisto != nil)
        #expect(isClose(kannisto.kannisto!.slope, 0, absolute: 1e-12))
    }

    @Test(
        "Closure defaults: kannisto from ω = 90, constant below; a Kannisto fit with too few ages falls back to constant"
    )
    func closureDefaultsAndErrors() throws {
        #expect(OpenAgeClosure.defaultClosure(openAge: 100) == .kannisto)
        #expect(OpenAgeClosure.defaultClosure(openAge: 90) == .kannisto)
        #expect(OpenAgeClosure.defaultClosure(openAge: 85) == .constant)
        // ω = 2: the fit would use age 1 only; the open group's own rate 0.3 closes the table instead.
        let fallback = try LifeTable(deathRates: [0.01, 0.02, 0.3], sex: .female, closure: .kannisto)
        #expect(fallback.closure == .constant && fallback.kannisto == nil)
        #expect(fallback == (try LifeTable(deathRates: [0.01, 0.02, 0.3], sex: .female, closure: .constant)))
        #expect(throws: LifeTableError.kannistoFitImpossible(usableAges: 1)) {
            try LifeTable(deathRates: [0.01, 0.02, 0], sex: .female, closure: .kannisto)
        }
        #expect(OpenAgeClosure.kannistoFitAges(openAge: 100) == 80..<100)
        #expect(OpenAgeClosure.kannistoFitAges(openAge: 90) == 80..<90)
        #expect(OpenAgeClosure.kannistoFitAges(openAge: 70) == 60..<70)
        #expect(throws: LifeTableError.zeroOpenAgeRate(openAge: 2)) {
            try LifeTable(deathRates: [0.01, 0.02, 0], sex: .female, closure: .constant)
        }
        #expect(throws: LifeTableError.invalidDeathRate(age: 1, value: -0.1)) {
            try LifeTable(deathRates: [0.01, -0.1, 0.3], sex: .female, closure: .constant)
        }
        #expect(throws: LifeTableError.self) {
            try LifeTable(deathRates: [0.01, .nan, 0.3], sex: .female, closure: .constant)
        }
    }

    @Test("Survival ratios given directly pass through; values outside 0…1 are rejected")
    func survivalGivenDirectly() throws {
        let s = [0.99, 0.98, 0.5]
        #expect(try MortalitySchedule.survivalRatios(s).survivalRatios(sex: .male) == s)
        #expect(throws: LifeTableError.invalidSurvivalRatio(age: 1, value: 1.2)) {
            try MortalitySchedule.survivalRatios([0.99, 1.2, 0.5]).survivalRatios(sex: .male)
        }
    }
}
