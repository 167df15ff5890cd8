import Foundation
import Testing

@testable import CohortKit

@Suite("Stochastic projections of Taiwan")
struct StochasticProjectionTests {
    static let folder = repositoryRoot.appendingPathComponent("data/taiwan")

    static func taiwan() throws -> (data: Dataset, model: StochasticModel, inputs: ProjectionInputs) {
        let data = try Dataset.load(from: folder)
        let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))
        let inputs = try catalog.inputs(forScenario: "taiwan-medium").inputs
        return (data, try StochasticModel.fit(dataset: data), inputs)
    }

    @Test("The death history: 1993…2023, ages 0–94 and 95+, sums and exposures as in the CSV files")
    func deathHistory() throws {
        let h = try DeathRateHistory.load(from: Self.folder, openAge: 100)
        #expect(h.years == Array(1993...2023))
        #expect(h.deaths.female.ages == 96)
        // Independent sums straight from the files.
        let deaths = try CSVTable.read(
            Self.folder.appendingPathComponent("history/deaths.csv"), displayName: "deaths.csv")
        var male1995 = 0.0, male1995Old = 0.0
        for r in deaths.records where r.fields[0] == "1995" && r.fields[1] == "male" {
            let v = Double(r.fields[3])!
            male1995 += v
            if r.fields[2] == "95+" { male1995Old = v }
        }
        let t1995 = h.years.firstIndex(of: 1995)!
        #expect(isClose((0..<96).reduce(0.0) { $0 + h.deaths.male[$1, t1995] }, male1995))
        #expect(isClose(h.deaths.male[95, t1995], male1995Old))
        let pop = try CSVTable.read(
            Self.folder.appendingPathComponent("history/population.csv"), displayName: "population.csv")
        var p2022 = 0.0, p2023 = 0.0
        for r in pop.records where r.fields[1] == "female" && r.fields[2] == "0" {
            if r.fields[0] == "2022" { p2022 = Double(r.fields[3])! }
            if r.fields[0] == "2023" { p2023 = Double(r.fields[3])! }
        }
        #expect(isClose(h.exposures.female[0, 30], (p2022 + p2023) / 2))
        #expect(h.lastYearRates.female.count == 101)
    }

    @Test(
        "Taiwan's fitted models: falling mortality, a first component explaining most variance, jump-off e(0) = the Ministry-based 2023 table"
    )
    func taiwanFit() throws {
        let (_, model, _) = try Self.taiwan()
        for sex in Sex.allCases {
            let lc = model.mortality[sex]
            #expect(lc.years.first == 1993 && lc.years.last == 2023)
            #expect(lc.drift < 0)
            #expect(lc.varianceExplained > 0.75 && lc.varianceExplained < 1)
            #expect(isClose(lc.b.reduce(0, +), 1, relative: 1e-12))
        }
        #expect(model.mortalityCorrelation > 0.5)
        // Issue 3's life tables from the same registers: 76.93 (men) and 83.47 (women) for 2023.
        let men = try LifeTable(deathRates: model.expectedDeathRates(sex: .male, yearsAfterJumpOff: 0), sex: .male)
        let women = try LifeTable(
            deathRates: model.expectedDeathRates(sex: .female, yearsAfterJumpOff: 0), sex: .female)
        #expect(abs(men.lifeExpectancyAtBirth - 76.93) < 0.01)
        #expect(abs(women.lifeExpectancyAtBirth - 83.47) < 0.01)
        #expect(model.fertility.ar.persistence > 0 && model.fertility.ar.persistence < 1)
        #expect(model.fertility.years == 1984...2023)
        #expect(isClose(model.migration.profile.female.reduce(0, +) + model.migration.profile.male.reduce(0, +), 1))
        #expect(model.migration.profile.female.allSatisfy { $0 >= 0 })
    }

    @Test("With nothing varying, every draw is the deterministic projection")
    func nothingVaries() throws {
        let (_, model, inputs) = try Self.taiwan()
        let options = SimulationOptions(draws: 3, seed: 1, vary: [])
        let result = try StochasticProjection(inputs: inputs, model: model, options: options).run()
        let deterministic = try Projection.run(inputs)
        for (y, year) in result.years.enumerated() {
            let p = deterministic.populations[y + 1]
            let total = p.female.columnTotals()[0] + p.male.columnTotals()[0]
            let working = (15...64).reduce(0.0) { $0 + p.female[$1, 0] + p.male[$1, 0] }
            let births = deterministic.components[y].female.births[0] + deterministic.components[y].male.births[0]
            for draw in result.values(.total, year: year)! { #expect(isClose(draw, total, relative: 1e-12)) }
            for draw in result.values(.workingAge, year: year)! { #expect(isClose(draw, working, relative: 1e-12)) }
            for draw in result.values(.births, year: year)! { #expect(isClose(draw, births, relative: 1e-12)) }
            // Leavers with R = 65: people aged 65 at the end of the year.
            for draw in result.values(.leavers, year: year)! {
                #expect(isClose(draw, p.female[65, 0] + p.male[65, 0], relative: 1e-12))
            }
        }
    }

    @Test(
        "Same seed, same numbers, whatever the threads and chunks (both mortality models); another seed, other numbers")
    func reproducible() throws {
        var (_, model, inputs) = try Self.taiwan()
        inputs.years = Array(inputs.years.prefix(12))
        func run(
            threads: Int, chunk: Int, seed: UInt64 = 5, mortality: MortalityModelKind = .leeCarter
        ) throws -> String {
            let options = SimulationOptions(
                draws: 97, seed: seed, threads: threads, chunkSize: chunk, mortalityModel: mortality)
            let result = try StochasticProjection(inputs: inputs, model: model, options: options).run()
            return result.drawsCSV()
        }
        let reference = try run(threads: 1, chunk: 97)
        #expect(try run(threads: 2, chunk: 10) == reference)
        #expect(try run(threads: 4, chunk: 1) == reference)
        #expect(try run(threads: 2, chunk: 10, seed: 6) != reference)
        let coherent = try run(threads: 1, chunk: 97, mortality: .coherent)
        #expect(try run(threads: 2, chunk: 7, mortality: .coherent) == coherent)
        #expect(coherent != reference)
    }

    @Test(
        "The TFR draws follow the model's exact distribution: median = the scenario's TFR, 80% interval within Monte Carlo error"
    )
    func tfrDistribution() throws {
        var (_, model, inputs) = try Self.taiwan()
        inputs.years = Array(inputs.years.prefix(26))  // to 2050
        // The exact interval takes φ and σ as known: without parameter uncertainty (which widens it on purpose).
        let options = SimulationOptions(draws: 4_000, seed: 2, vary: [.fertility], parameterUncertainty: false)
        let result = try StochasticProjection(inputs: inputs, model: model, options: options).run()
        for (steps, year) in [(6, 2030), (26, 2050)] {
            let centre = inputs.years[steps - 1].fertility.reduce(0, +)
            let exact = model.fertility.interval(centre: centre, steps: steps, probability: 0.8)
            let q = result.quantiles(.tfr, year: year, probabilities: [0.1, 0.5, 0.9])!
            // Monte Carlo: a quantile's standard error is about 2% of the interval's half-width with 4,000 draws.
            let half = (exact.upperBound - exact.lowerBound) / 2
            #expect(abs(q[1] - centre) < 0.05 * half)
            #expect(abs(q[0] - exact.lowerBound) < 0.08 * half)
            #expect(abs(q[2] - exact.upperBound) < 0.08 * half)
        }
    }

    /// The median path stays close to the deterministic scenario. Why: the
    /// scenario is the centre of every component (δ and D are symmetric
    /// around 0, k around its expected path), the TFR median equals the
    /// scenario's exactly, and migrants enter linearly; only the
    /// non-linear response of survival to log-rates and of births to the
    /// TFR path moves the median. With 2,000 draws the standard error of the
    /// median of 15–64 in 2070 is about 0.25%; 1% is four standard errors.
    @Test("The median of 15–64 stays within 1% of the deterministic scenario in 2030, 2050 and 2070 (2,000 draws)")
    func medianNearScenario() throws {
        let (_, model, inputs) = try Self.taiwan()
        let result = try StochasticProjection(
            inputs: inputs, model: model, options: SimulationOptions(draws: 2_000, seed: 3)
        ).run()
        let deterministic = try Projection.run(inputs)
        for year in [2030, 2050, 2070] {
            let p = deterministic.populations[year - inputs.baseYear]
            let working = (15...64).reduce(0.0) { $0 + p.female[$1, 0] + p.male[$1, 0] }
            let q = result.quantiles(.workingAge, year: year, probabilities: [0.1, 0.5, 0.9])!
            #expect(abs(q[1] / working - 1) < 0.01, "\(year): median \(q[1]) vs \(working)")
            #expect(q[0] < working && working < q[2])
        }
    }

    @Test("Quantiles read from a result equal those of its draws sorted")
    func quantilesAgainstSort() throws {
        var (_, model, inputs) = try Self.taiwan()
        inputs.years = Array(inputs.years.prefix(6))
        let result = try StochasticProjection(
            inputs: inputs, model: model, options: SimulationOptions(draws: 501, seed: 4)
        ).run()
        for indicator in result.indicators {
            let sorted = result.values(indicator, year: 2030)!.sorted()
            // Type 7 with n = 501: p = 0.1 is the 51st value, 0.975 lies 0.5 past the 488th… exactly h = 487.5.
            let q = result.quantiles(indicator, year: 2030, probabilities: [0.1, 0.5, 0.975])!
            #expect(q[0] == sorted[50])
            #expect(q[1] == sorted[250])
            #expect(isClose(q[2], (sorted[487] + sorted[488]) / 2, relative: 1e-15))
        }
    }

    @Test("Bad inputs: survival ratios instead of rates, a TFR outside the bounds, no draws")
    func errors() throws {
        var (_, model, inputs) = try Self.taiwan()
        inputs.years = Array(inputs.years.prefix(3))
        var badTFR = inputs
        badTFR.years[1].fertility = badTFR.years[1].fertility.map { $0 * 4 }
        #expect { try StochasticProjection(inputs: badTFR, model: model, options: .init(draws: 2)).run() } throws: {
            error in
            "\(error)".contains("2026") && "\(error)".contains("bounds")
        }
        var survival = inputs
        survival.years[0].mortality.female = .survivalRatios(
            try inputs.years[0].mortality.female.survivalRatios(sex: .female))
        #expect { try StochasticProjection(inputs: survival, model: model, options: .init(draws: 2)).run() } throws: {
            error in
            "\(error)".contains("survival ratios") && "\(error)".contains("2025")
        }
        expectInputError("the number of draws must be at least 1; it is 0") {
            _ = try StochasticProjection(inputs: inputs, model: model, options: .init(draws: 0)).run()
        }
        model.fertility.bounds = 0...0.5
        expectInputError("lies outside the fertility model's bounds 0.0…0.5") {
            _ = try StochasticProjection(inputs: inputs, model: model, options: .init(draws: 2)).run()
        }
    }

    @Test("README's library example runs as written (with fewer draws)")
    func readmeExample() throws {
        let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))
        let (_, taiwan) = try catalog.inputs(forScenario: "taiwan-low")
        let data = try catalog.dataset("taiwan")
        let model = try StochasticModel.fit(dataset: data)
        let run = StochasticProjection(inputs: taiwan, model: model, options: SimulationOptions(draws: 200, seed: 1))
        let result = try run.run()
        let band2050 = result.quantiles(.workingAge, year: 2050, probabilities: [0.1, 0.5, 0.9])
        let csv = result.quantilesTable(probabilities: [0.025, 0.5, 0.975]).csv()
        #expect(band2050?.count == 3)
        #expect(csv.hasPrefix("year,indicator,quantile,value\n2025,total,0.025,"))
    }
}
