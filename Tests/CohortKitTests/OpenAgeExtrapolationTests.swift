import Foundation
import Testing

@testable import CohortKit

/// Death rates that stop below the population's open age (85+ against 100+) are extrapolated by a Kannisto model.
@Suite("Death rates to a lower open age")
struct OpenAgeExtrapolationTests {
    /// An input set: 1,000 persons of each sex at ages 0…99 and 100+; death rates by `rates(age)` to `ratesOpenAge`+.
    static func folder(ratesOpenAge: Int, rates: (Int) -> Double) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var population = "year,sex,age,population\n", mortality = "year,sex,age,mx\n"
        for sex in ["female", "male"] {
            for a in 0...100 { population += "2024,\(sex),\(a == 100 ? "100+" : String(a)),1000\n" }
            for a in 0...ratesOpenAge {
                mortality += "2025,\(sex),\(a == ratesOpenAge ? "\(a)+" : String(a)),\(CSVNumber.exact(rates(a)))\n"
            }
        }
        for (name, text) in [
            ("population.csv", population), ("mortality.csv", mortality),
            ("fertility.csv", "year,age,asfr\n2025,30,0.1\n"), ("srb.csv", "year,srb\n2025,1.05\n"),
        ] {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    /// logit m(x) = −10 + 0.1·x exactly at every age: the fit to ages 70–84 recovers the model, so the rates at
    /// 85…99 and 100+ are the model's, m(90) = 1 / (1 + e) = 0.2689414.
    @Test(
        "Exact Kannisto rates are extended exactly: m(90) = 1/(1 + e) = 0.2689414; validate says what was extrapolated")
    func exact() throws {
        let model = KannistoFit(logA: -10, slope: 0.1)
        let url = try Self.folder(ratesOpenAge: 85) { model.deathRate(atAge: Double($0)) }
        var grouped: [String] = [], extrapolated: [String] = []
        let inputs = try ProjectionInputs.load(from: url, grouped: &grouped, extrapolated: &extrapolated)
        guard case .deathRates(let m) = inputs.years[0].mortality.female else {
            Issue.record("death rates expected")
            return
        }
        #expect(m.count == 101)
        #expect(isClose(m[90], 0.2689414, relative: 1e-6))
        for a in 85...100 { #expect(isClose(m[a], model.deathRate(atAge: Double(a)), relative: 1e-9), "age \(a)") }
        #expect(
            extrapolated == [
                "mortality.csv ends at 85+: death rates at ages 85–99 and 100+ extrapolated by a Kannisto model fitted to ages 70–84 of each year and sex"
            ])
    }

    @Test("Rates ending far below the population's open age, or above it, are refused with why")
    func refused() throws {
        let young = try Self.folder(ratesOpenAge: 40) { _ in 0.01 }
        expectInputError(
            "the death rates end at 40+, too young to extrapolate to 100+ (from 50+ up); give rates to 100+"
        ) {
            _ = try ProjectionInputs.load(from: young)
        }
        let old = try Self.folder(ratesOpenAge: 105) { _ in 0.01 }
        expectInputError("the open age group 105+ is above 100+, the open group of population.csv") {
            _ = try ProjectionInputs.load(from: old)
        }
    }

    /// Measured: the largest gap over 2025–2034 is 0.12 year.
    @Test("Taiwan's rates cut at 85+ and extrapolated keep e(0) within 0.5 year of the full rates in every year")
    func taiwan() throws {
        let full = try ProjectionInputs.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        var worst = 0.0
        for year in full.years.prefix(10) {
            for sex in Sex.allCases {
                guard case .deathRates(let m) = year.mortality[sex] else { continue }
                let cut = Array(m.prefix(85)) + [m[85]]
                let extended = try ProjectionInputs.extendedDeathRates(cut, to: 100, file: "mortality.csv", what: "")
                let a = try LifeTable(deathRates: extended, sex: sex).lifeExpectancyAtBirth
                let b = try LifeTable(deathRates: m, sex: sex).lifeExpectancyAtBirth
                worst = Swift.max(worst, abs(a - b))
            }
        }
        #expect(worst < 0.5, "largest e(0) gap \(worst)")
    }
}
