import Foundation
import Testing

@testable import CohortKit

/// Death rates of 2023 from the Ministry of the Interior's registers:
/// deaths of 2023 over the mean of the end-2022 and end-2023 populations,
/// single ages 0…99 and 100+ (`data-sources/moi/`).
@Suite("Life tables from Taiwan's 2023 registers")
struct MinistryLifeTableTests {
    static func rates2023() throws -> BySex<[Double]> {
        let moi = dataSources.appendingPathComponent("moi")
        let population = try CSVTable.read(
            moi.appendingPathComponent("population_by_single_age.csv"), displayName: "population")
        let deaths = try CSVTable.read(moi.appendingPathComponent("deaths_by_single_age.csv"), displayName: "deaths")
        var p22 = BySex { _ in [Double](repeating: 0, count: 101) }
        var p23 = p22
        var d23 = p22
        for r in population.records {
            let year = Int(r.fields[0])!, sex = Sex(rawValue: r.fields[1])!,
                age = Int(r.fields[2].replacingOccurrences(of: "+", with: ""))!
            if year == 2022 { p22[sex][age] = Double(r.fields[3])! }
            if year == 2023 { p23[sex][age] = Double(r.fields[3])! }
        }
        for r in deaths.records where r.fields[0] == "2023" {
            let sex = Sex(rawValue: r.fields[1])!, age = Int(r.fields[2].replacingOccurrences(of: "+", with: ""))!
            d23[sex][age] = Double(r.fields[3])!
        }
        return BySex { sex in (0...100).map { d23[sex][$0] / ((p22[sex][$0] + p23[sex][$0]) / 2) } }
    }

    @Test("e(0) 2023: men about 76.9, women about 83.6 (Ministry table: 76.94 and 83.74)")
    func lifeExpectancy2023() throws {
        let rates = try Self.rates2023()
        let men = try LifeTable(deathRates: rates.male, sex: .male)
        let women = try LifeTable(deathRates: rates.female, sex: .female)
        #expect(men.closure == .kannisto)
        #expect(abs(men.lifeExpectancyAtBirth - 76.9) <= 0.1, "men e0 \(men.lifeExpectancyAtBirth)")
        #expect(abs(women.lifeExpectancyAtBirth - 83.6) <= 0.3, "women e0 \(women.lifeExpectancyAtBirth)")
    }

    @Test("Table properties on real rates: q ≤ 1, l non-increasing, S in (0, 1]")
    func properties() throws {
        let rates = try Self.rates2023()
        for sex in Sex.allCases {
            for closure in OpenAgeClosure.allCases {
                let t = try LifeTable(deathRates: rates[sex], sex: sex, closure: closure)
                #expect(t.deathProbabilities.allSatisfy { $0 >= 0 && $0 <= 1 })
                #expect(zip(t.survivors, t.survivors.dropFirst()).allSatisfy { $0 >= $1 })
                #expect(t.survivalRatios.allSatisfy { $0 > 0 && $0 <= 1 })
                #expect(isClose(t.personYearsRemaining[0], t.personYears.reduce(0, +), relative: 1e-12))
            }
        }
    }

    @Test("The allocation-free survival ratios equal the full table's, both closures")
    func fastSurvival() throws {
        let rates = try Self.rates2023()
        var rng = SplitMix64(seed: 3)
        for sex in Sex.allCases {
            for closure in OpenAgeClosure.allCases {
                for scale in [1.0, 0.5, 2.0, Double.random(in: 0.1...3, using: &rng)] {
                    let m = rates[sex].map { $0 * scale }
                    let full = try LifeTable(deathRates: m, sex: sex, closure: closure).survivalRatios
                    let fast = try LifeTable.survivalRatios(deathRates: m, sex: sex, closure: closure)
                    #expect(allClose(full, fast, relative: 1e-14, absolute: 0), "\(sex) \(closure) ×\(scale)")
                }
            }
        }
        #expect(throws: LifeTableError.invalidDeathRate(age: 3, value: -1)) {
            try LifeTable.survivalRatios(deathRates: [0.01, 0.01, 0.01, -1, 0.5], sex: .male, closure: .constant)
        }
    }
}
