import Foundation
import Testing

@testable import CohortKit

/// Issue 12, item 10: impossible values are errors, implausible ones warnings,
/// and one impossible death rate kills only its own age.
@Suite("Plausibility of inputs")
struct PlausibilityTests {
    @Test("A death rate with q = 1 at age 2 zeroes S(3) only; the ratios above are those of the living")
    func conditionalSurvival() throws {
        // a(x) = 0.5 above 0, so q = m/(1 + m/2) and, away from the cap,
        // S(x) = L(x)/L(x−1) = (1 − m(x−1)/2)/(1 + m(x)/2) by hand.
        let m = [0.01, 0.02, 5.0, 0.03, 0.04, 0.5]
        let s = try LifeTable.survivalRatios(deathRates: m, sex: .female, closure: .constant)
        #expect(isClose(s[2], 0.495))  // (1 − q(1))·(1 − 1/2)/(1 − q(1)/2) with q(2) = 1
        #expect(s[3] == 0)  // everyone aged 2 at the start dies
        #expect(isClose(s[4], 0.985 / 1.02))  // (1 − 0.03/2)/(1 + 0.04/2): untouched by m(2)
        #expect(isClose(s[5], 49.0 / 74.0))  // T(5)/T(4) with l(4) = 1 − q(3), T(5) = l(5)/m(5)
        // The full table's ratios agree.
        let table = try LifeTable(deathRates: m, sex: .female, closure: .constant)
        #expect(table.survivors[3] == 0)
        #expect(allClose(table.survivalRatios, s))
        // And without the bad cell, S(4) and S(5) are the same.
        var good = m
        good[2] = 0.025
        let t = try LifeTable.survivalRatios(deathRates: good, sex: .female, closure: .constant)
        #expect(isClose(t[4], s[4]) && isClose(t[5], s[5]))
    }

    static func inputs(_ edit: (inout ProjectionInputs) -> Void) throws -> ProjectionInputs {
        var inputs = try ProjectionInputs.load(from: InputSetReaderTests.write(InputSetReaderTests.valid))
        edit(&inputs)
        return inputs
    }

    @Test("The valid set has no warnings")
    func none() throws {
        #expect(try Self.inputs { _ in }.warnings().isEmpty)
    }

    /// The valid set's years on ω = `omega`: 10 persons a cell, constant rates `mx` and `asfr`.
    static func wide(omega: Int, mx: Double, asfr: Double) throws -> ProjectionInputs {
        try inputs { i in
            let n = omega + 1
            i.basePopulation = BySex(female: Array(repeating: 10, count: n), male: Array(repeating: 10, count: n))
            for y in i.years.indices {
                i.years[y].mortality = BySex(
                    female: .deathRates(Array(repeating: mx, count: n)),
                    male: .deathRates(Array(repeating: mx, count: n)))
                i.years[y].fertility = Array(repeating: asfr, count: n)
            }
        }
    }

    @Test("Death rates per 1,000: mx above 1 below 80 and e(0) under 20 are warned about")
    func ratesPerThousand() throws {
        let sane = try Self.wide(omega: 60, mx: 0.01, asfr: 0.01)
        #expect(sane.warnings(closure: .constant).isEmpty)
        // mx = 10 (per 1,000 of 0.01): q = 1 at every age, e(0) = L(0) = 1 − (1 − a0)·1 = a0 (Andreev–Kingkade, < 1 year).
        let perThousand = try Self.wide(omega: 60, mx: 10, asfr: 0.01)
        let text = perThousand.warnings(closure: .constant).map(\.description)
        #expect(text.count == 2, "\(text)")
        #expect(
            text.first
                == "warning: death rates above 1 below age 80 in 240 cell(s) (first: 2025, female, age 0: 10.0); death rates are deaths per person-year (per 1,000? divide by 1,000)"
        )
        #expect(
            text.last?.hasPrefix(
                "warning: life expectancy at birth below 20 years in 4 year(s) and sex(es) (first: 2025 females 0.")
                == true, "\(text)")
    }

    @Test("A TFR above 10, an SRB outside 0.9–1.2 and net migrants larger than their age are warned about")
    func otherWarnings() throws {
        let inputs = try Self.inputs { i in
            i.years[0].sexRatioAtBirth = 0.5
            i.years[1].netMigrants = BySex(female: [0, 0, -5_000], male: [0, 0, 0])  // 30 women aged 2+
        }
        #expect(
            inputs.warnings().map(\.description) == [
                "warning: a sex ratio at birth outside 0.9–1.2 in 1 year(s) (first: 2025: 0.5); it is male births per female birth, about 1.05",
                "warning: net migrants larger than the base population of their age and sex in 1 cell(s) (first: 2026, female, age 2+: -5000 against 30); net migrants are persons per year",
            ])
        // 0.2 at each of 61 ages: TFR 12.2 in both years.
        let tfr = try Self.wide(omega: 60, mx: 0.01, asfr: 0.2)
        #expect(
            tfr.warnings(closure: .constant).map(\.description) == [
                "warning: a total fertility rate above 10 children per woman in 2 year(s) (first: 2025: 12.2); fertility rates are births per woman per year"
            ])
    }

    @Test(
        "Impossible values are errors: an ASFR above 1, an SRB of 1000 or above 4",
        arguments: [
            (
                "fertility.csv", "2025,1,0.6", "2025,1,1000",
                "fertility.csv:2: column asfr: 1000.0 births per woman in one year of age is impossible; fertility rates are births per woman per year (per 1,000 women? divide by 1,000)"
            ),
            (
                "srb.csv", "2025,1.05", "2025,1000",
                "srb.csv:2: column srb: 1000.0 male births per female birth is impossible; per 100 or 1,000 girls? write the ratio, e.g. 1.05"
            ),
            (
                "srb.csv", "2025,1.05", "2025,5",
                "srb.csv:2: column srb: 5.0 male births per female birth is impossible; sex ratios at birth lie near 1.05 (accepted: 0.25–4.0)"
            ),
        ])
    func impossible(file: String, from: String, to: String, expected: String) throws {
        let folder = try InputSetReaderTests.broken(file) { $0.replacingOccurrences(of: from, with: to) }
        let error = try #require(InputSetReaderTests.error(loading: folder))
        #expect(error.description == expected)
    }
}
