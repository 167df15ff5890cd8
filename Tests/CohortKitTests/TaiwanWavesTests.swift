import Foundation
import Testing

@testable import CohortKit

/// The working-age analysis on the bundled Taiwan data.
@Suite("Taiwan's retirement waves")
struct TaiwanWavesTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    static func analysis(
        _ scenarioName: String = "taiwan-medium", options: AnalysisOptions = .init()
    ) throws -> WorkingAgeAnalysis {
        let scenario = try catalog.scenario(scenarioName)
        let dataset = try catalog.data(for: scenario)
        return try WorkingAgeAnalysis.run(
            dataset.inputs(for: scenario), projection: scenario.options,
            history: dataset.history(), options: options)
    }

    @Test("Reaching 65 in 2023 and 2024 comes from the registers: 326,247 and 336,110; 2025–2031 from the projection")
    func reaching65() throws {
        let a = try Self.analysis()
        let y2023 = try #require(a.flow(in: 2023)), y2024 = try #require(a.flow(in: 2024))
        #expect(y2023.source == .registered && y2023.leavers == 326_247)
        #expect(y2024.source == .registered && y2024.leavers == 336_110)
        for year in 2025...2031 {
            let f = try #require(a.flow(in: year))
            let p = try #require(a.result.population(in: year))
            #expect(f.source == .projected)
            #expect(f.leavers == p.female[65] + p.male[65])
            // Survivors of the 64-year-olds of the year before, give or take migrants: fewer than they were.
            let before = try #require(a.result.population(in: year - 1) ?? a.history.populations[year - 1])
            #expect(f.leavers < before.female[64] + before.male[64])
        }
        let cohort1958 = try #require(a.cohorts.first { $0.birthYear == 1958 })
        #expect(cohort1958.yearReachingRetirement == 2023 && cohort1958.reachingRetirement == 326_247)
        #expect(cohort1958.reachingSource == .registered && cohort1958.births == 413_679)
    }

    @Test("The rule finds exactly 1958–1966 and 1976–1982 in Taiwan's registered births")
    func detectedWaves() throws {
        let seeds = try Seeds.load(from: repositoryRoot.appendingPathComponent("seeds/taiwan.json"))
        let births = try Self.catalog.dataset("taiwan").history().registeredBirths
        #expect(Wave.detect(births: births, rule: seeds.waveRule) == [1958...1966, 1976...1982])
        #expect(Wave.named(in: seeds).map(\.birthYears) == [1958...1966, 1976...1982])
    }

    @Test("The waves table: births as registered and published beside survivors and those reaching 65")
    func wavesTable() throws {
        let seeds = try Seeds.load(from: repositoryRoot.appendingPathComponent("seeds/taiwan.json"))
        let a = try Self.analysis()
        let rows = a.waves(Wave.named(in: seeds))
        #expect(rows.count == 2)
        let first = rows[0], second = rows[1]
        #expect(first.registeredBirths == 3_783_882 && second.registeredBirths == 2_890_528)
        #expect(first.wave.publishedBirths == 3_780_000 && second.wave.publishedBirths == 2_890_000)
        #expect(first.calendarYears == 2023...2031 && second.calendarYears == 2041...2047)
        #expect(first.complete && second.complete)
        let base = try #require(a.result.population(in: 2024))
        let alive = (58...66).map { base.female[$0] + base.male[$0] }.reduce(0, +)
        #expect(first.aliveAtBase == alive)
        // Fewer reach 65 than are alive now, and fewer are alive than were born.
        #expect(first.reachingRetirement < alive && alive < 3_783_882)
        // In 2023–2031 the leavers are exactly the wave's cohorts; W fell over the years.
        #expect(isClose(first.leavers, first.reachingRetirement))
        let change = try #require(first.workingAgeChange)
        #expect(change < 0)
        #expect(
            isClose(change, try #require(a.flow(in: 2031)).workingAge - (try #require(a.flow(in: 2022))).workingAge))
    }

    @Test(
        "W(Y) − W(Y−1) = entrants − leavers − deaths + net migrants, every year, every bundled scenario, two retirement ages"
    )
    func decomposition() throws {
        for name in Self.catalog.scenarioNames() {
            for retirement in [
                RetirementAge.fixed(65), .phased(from: 65, to: 67, firstCohort: 1961, cohortsPerStep: 2),
            ] {
                let a = try Self.analysis(name, options: AnalysisOptions(retirementAge: retirement))
                let projected = a.flows.filter { $0.source == .projected }
                #expect(projected.count == 2070 - a.result.baseYear, "\(name)")
                for f in projected {
                    let change = try #require(f.change), deaths = try #require(f.deaths),
                        migrants = try #require(f.netMigrants)
                    let sum = f.entrants - f.leavers - deaths + migrants
                    #expect(
                        abs(change - sum) <= 1e-9 * f.workingAge, "\(name) \(retirement) \(f.year): \(change) vs \(sum)"
                    )
                }
                // Registered years (Taiwan's history): the change is what the registers say.
                guard name.hasPrefix("taiwan-") else { continue }
                let y2024 = try #require(a.flow(in: 2024)), y2023 = try #require(a.flow(in: 2023))
                #expect(isClose(try #require(y2024.change), y2024.workingAge - y2023.workingAge))
            }
        }
    }

    @Test("Indicators of 2024 from the registers; TFR and e(0) of each year from its rates")
    func indicators() throws {
        let a = try Self.analysis()
        let i2024 = try #require(a.indicators(in: 2024))
        #expect(i2024.total == 23_400_220)
        #expect(isClose(i2024.working + i2024.young + i2024.old, i2024.total))
        #expect(isClose(i2024.supportRatio, i2024.working / i2024.old, relative: 1e-12))
        let i2025 = try #require(a.indicators(in: 2025))
        #expect(isClose(try #require(i2025.totalFertilityRate), 0.860386, relative: 1e-9))
        let e0 = try #require(i2025.lifeExpectancy)
        // The check table of the dataset (life_expectancy.csv) says 83.6477 and 77.3562 for 2025.
        #expect(abs(e0.female - 83.6477) < 1e-4 && abs(e0.male - 77.3562) < 1e-4)
        #expect(i2025.medianAge > 45 && i2025.medianAge < 50)
    }

    @Test("Raising the retirement age to 67 keeps people in working age and lifts the support ratio")
    func policy() throws {
        let base = try Self.analysis()
        let later = try Self.analysis(options: AnalysisOptions(retirementAge: .fixed(67)))
        let years = base.compare(policy: later)
        #expect(years.count == 47)
        for y in years {
            let p = try #require(later.result.population(in: y.year))
            // Those staying are exactly the 65- and 66-year-olds.
            #expect(isClose(y.staying, p.female[65] + p.male[65] + p.female[66] + p.male[66]))
            #expect(y.supportRatioPolicy > y.supportRatioDefault)
        }
    }
}
