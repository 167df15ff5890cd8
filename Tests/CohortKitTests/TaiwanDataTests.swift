import Foundation
import Testing

@testable import CohortKit

/// Checks on the bundled Taiwan dataset (`data/taiwan/`, built by `cohort-data`)
/// against the published figures in `seeds/taiwan.json` and SOURCES.md.
@Suite("Taiwan dataset")
struct TaiwanDataTests {
    static let data = repositoryRoot.appendingPathComponent("data")
    static let catalog = DataCatalog(root: data)

    static func seeds() throws -> [String: Any] {
        let json = try Data(contentsOf: repositoryRoot.appendingPathComponent("seeds/taiwan.json"))
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test(
        "The bundled births reproduce the registry sums of the two booms; about 5.95 million alive at the end of 2024")
    func booms() throws {
        let births = try CSVTable.read(
            Self.data.appendingPathComponent("taiwan/history/births.csv"), displayName: "births.csv")
        var byYear: [Int: Int] = [:]
        for r in births.records { byYear[try births.integer(r, 0)] = try births.integer(r, 1) }
        let first = (1958...1966).map { byYear[$0]! }.reduce(0, +)
        let second = (1976...1982).map { byYear[$0]! }.reduce(0, +)
        #expect(first == 3_783_882)
        #expect(second == 2_890_528)
        #expect((1958...1966).allSatisfy { byYear[$0]! > 400_000 }, "every year of the first boom above 400,000")
        #expect(
            (1976...1982).filter { byYear[$0]! <= 400_000 }.count == 1, "every year but one of the second above 400,000"
        )

        let base = try ProjectionInputs.load(from: Self.data.appendingPathComponent("taiwan")).basePopulation
        func alive(_ years: ClosedRange<Int>) -> Double {
            years.map { base.female[2024 - $0] + base.male[2024 - $0] }.reduce(0, +)
        }
        let survivors = alive(1958...1966) + alive(1976...1982)
        #expect(abs(survivors - 5_950_000) < 10_000, "alive at the end of 2024: \(survivors)")

        let seeds = try Self.seeds()
        let booms = try #require(seeds["booms"] as? [[String: Any]])
        #expect(booms.map { $0["registered_births"] as? Int } == [3_783_882, 2_890_528])
        #expect(booms.map { $0["published_births"] as? Double } == [3_780_000, 2_890_000])
        let combined = try #require(seeds["combined"] as? [String: Any])
        #expect(combined["published_births"] as? Double == 6_670_000)
        #expect(combined["alive_at_base"] as? Int == Int(survivors.rounded()))
        #expect((seeds["statutory_retirement_age"] as? [String: Any])?["value"] as? Double == 65)
    }

    @Test("The base population is the registered end of 2024: 23,400,220")
    func basePopulation() throws {
        let inputs = try ProjectionInputs.load(from: Self.data.appendingPathComponent("taiwan"))
        #expect(inputs.baseYear == 2024 && inputs.openAge == 100)
        let total: Double = inputs.basePopulation.female.reduce(0, +) + inputs.basePopulation.male.reduce(0, +)
        #expect(total == 23_400_220)
        #expect(inputs.years.first?.year == 2025 && inputs.years.last?.year == 2100)
    }

    @Test("Life expectancy from the bundled 2023 rates is within 0.3 year of the Ministry's 76.94 and 83.74")
    func lifeExpectancy2023() throws {
        let t = try CSVTable.read(
            Self.data.appendingPathComponent("taiwan/mortality_2023.csv"), displayName: "mortality_2023.csv")
        var mx = BySex { _ in [Double](repeating: 0, count: 101) }
        for r in t.records { mx[try t.sex(r, 1)][try t.age(r, 2, openAge: 100).age] = try t.number(r, 5) }
        let men = try LifeTable(deathRates: mx.male, sex: .male).lifeExpectancyAtBirth
        let women = try LifeTable(deathRates: mx.female, sex: .female).lifeExpectancyAtBirth
        #expect(abs(men - 76.94) <= 0.3, "men \(men)")
        #expect(abs(women - 83.74) <= 0.3, "women \(women)")
    }

    @Test(
        "One year under taiwan-medium lands within 0.5% of the registered end of 2025 (23,299,132; 15–64: 15,944,087)")
    func endOf2025() throws {
        var (scenario, _) = try Self.catalog.inputs(forScenario: "taiwan-medium")
        scenario.lastYear = 2025
        let inputs = try Self.catalog.data(for: scenario).inputs(for: scenario)
        let result = try Projection.run(inputs, options: scenario.options)
        let total = try #require(result.persons(in: 2025, ages: 0...Int.max))
        let working = try #require(result.persons(in: 2025, ages: 15...64))
        #expect(abs(total / 23_299_132 - 1) < 0.005, "total \(total)")
        #expect(abs(working / 15_944_087 - 1) < 0.005, "15–64 \(working)")
    }

    @Test("Every bundled scenario (Taiwan, Japan, Korea, Singapore) loads, projects to 2100 and balances every year")
    func everyScenario() throws {
        let names = Self.catalog.scenarioNames()
        #expect(
            Set(names).isSuperset(of: [
                "taiwan-medium", "taiwan-low", "taiwan-high", "taiwan-constant-fertility",
                "taiwan-zero-migration", "taiwan-recent-fertility",
            ]))
        for name in names {
            var scenario = try Self.catalog.scenario(name)
            #expect(["taiwan", "japan", "korea", "singapore"].contains(scenario.dataset ?? ""))
            scenario.lastYear = 2100
            let inputs = try Self.catalog.data(for: scenario).inputs(for: scenario)
            let result = try Projection.run(inputs, options: scenario.options)
            // Taiwan's base is the end of 2024; the UN's mid-2025 populations start the others a year later.
            let first = scenario.dataset == "taiwan" ? 2025 : 2026
            #expect(result.projectedYears == first..<2101, "\(name)")
            for year in first...2100 {
                let c = result.components(in: year)!
                for sex in Sex.allCases {
                    let before = result.population(in: year - 1)![sex].reduce(0, +)
                    let after = result.population(in: year)![sex].reduce(0, +)
                    let balance = c[sex].births[0] - c[sex].deaths[0] + c[sex].netMigrants[0]
                    #expect(abs(after - before - balance) <= 1e-9 * before, "\(name) \(year) \(sex)")
                }
            }
        }
    }

    @Test("Scenario assumptions reach the inputs: TFR paths, zero migration, the dataset's own fertility")
    func assumptions() throws {
        let dataset = try Self.catalog.dataset("taiwan")
        let medium = try dataset.inputs(for: Self.catalog.scenario("taiwan-medium"))
        // The medium path times the pattern is the dataset's own fertility.csv.
        let own = try dataset.inputs(for: Scenario(name: "own", source: .dataset("taiwan"), lastYear: 2070))
        for (a, b) in zip(medium.years, own.years) { #expect(allClose(a.fertility, b.fertility, relative: 1e-15)) }
        // The UN medium TFR for 2025 is 0.860386 (tfr_projections.csv).
        #expect(isClose(medium.years[0].fertility.reduce(0, +), 0.860386, relative: 1e-12))
        let low = try dataset.inputs(for: Self.catalog.scenario("taiwan-low"))
        #expect(isClose(low.years[0].fertility.reduce(0, +), 0.610386, relative: 1e-12))
        let zero = try dataset.inputs(for: Self.catalog.scenario("taiwan-zero-migration"))
        #expect(zero.years.allSatisfy { $0.netMigrants == nil })
        #expect(medium.years.allSatisfy { $0.netMigrants != nil })
        // The recent TFR reproduces the 107,812 births registered in 2025.
        var recent = try Self.catalog.scenario("taiwan-recent-fertility")
        recent.lastYear = 2025
        let births = try Projection.run(dataset.inputs(for: recent), options: recent.options).components(in: 2025)!
        #expect(isClose(births.female.births[0] + births.male.births[0], 107_812, relative: 1e-9))
    }

    @Test("Graduation keeps group totals to 1e-9 and stays non-negative on the UN inputs for Taiwan")
    func graduationOnTaiwanInputs() throws {
        let wpp = dataSources.appendingPathComponent("wpp2024")
        let mx = try CSVTable.read(wpp.appendingPathComponent("mx_abridged.csv"), displayName: "mx_abridged.csv")
        let boundaries = [0, 1] + Array(stride(from: 5, through: 100, by: 5))
        var series: [[Double]] = []
        for column in [3, 4] {  // mxM, mxF
            var current: [Double] = []
            for r in mx.records where r.fields[2] != "100+" {
                let lower = Int(r.fields[2].split(separator: "-").first!)!
                let width = Double(boundaries[boundaries.firstIndex(of: lower)! + 1] - lower)
                current.append(width * (try mx.number(r, column)))
                if lower == 95 {
                    series.append(current)
                    current = []
                }
            }
        }
        #expect(series.count == 60, "30 periods, two sexes")
        let single = try MonotoneGraduation(boundaries: boundaries).graduate(series)
        for (groups, ages) in zip(series, single) {
            #expect(ages.allSatisfy { $0 >= 0 })
            for i in groups.indices {
                let sum = ages[boundaries[i]..<boundaries[i + 1]].reduce(0, +)
                #expect(isClose(sum, groups[i], relative: 1e-9, absolute: 0))
            }
        }

        let fx = try CSVTable.read(wpp.appendingPathComponent("asfr_percent_by_age_group.csv"), displayName: "asfr.csv")
        var shares: [Int: [Double]] = [:]
        for r in fx.records { shares[try fx.integer(r, 0), default: []].append(try fx.number(r, 3) / 100) }
        let periods = shares.keys.sorted()
        let graduated = try MonotoneGraduation(boundaries: Array(stride(from: 15, through: 50, by: 5))).graduate(
            periods.map { shares[$0]! })
        for (p, ages) in zip(periods, graduated) {
            #expect(ages.allSatisfy { $0 >= 0 }, "period around \(p)")
            for g in 0..<7 {
                #expect(
                    isClose(ages[(5 * g)..<(5 * g + 5)].reduce(0, +), shares[p]![g], relative: 1e-9, absolute: 1e-15))
            }
        }
        // The bundled pattern at a period midpoint (2028) is that period's graduated shares, normalized.
        let pattern = try #require(try Self.catalog.dataset("taiwan").fertilityPattern)
        let bundled2028 = Array(pattern[2028 - 2025][15..<50])
        let un2028 = graduated[periods.firstIndex(of: 2028)!]
        let total = un2028.reduce(0, +)
        #expect(allClose(bundled2028, un2028.map { $0 / total }, relative: 1e-12, absolute: 1e-15))
    }
}
