import Foundation
import Testing

@testable import CohortKit

@Suite("Draw projections")
struct DrawProjectionTests {
    /// Rates of year `y` for members `range`: member j's survival scaled by
    /// (1 − 0.001·(j mod 7)), TFR 1 + 0.01·j spread over ages 20–39.
    static func rates(_ base: StepRates, _ y: Int, _ range: Range<Int>) -> StepRates {
        guard case .shared(let sf) = base.survival.female, case .shared(let sm) = base.survival.male else {
            fatalError()
        }
        let columns = range.map { $0 }
        func survival(_ s: [Double]) -> BatchSchedule {
            .perColumn(AgeMatrix(columns: columns.map { j in s.map { $0 * (1 - 0.001 * Double(j % 7)) } }))
        }
        let fertility = AgeMatrix(
            columns: columns.map { j in (0..<101).map { (20..<40).contains($0) ? (1 + 0.01 * Double(j)) / 20 : 0 } })
        return StepRates(
            survival: BySex(female: survival(sf), male: survival(sm)), fertility: .perColumn(fertility),
            sexRatioAtBirth: .shared(1.05),
            netMigrants: BySex { _ in
                .perColumn(AgeMatrix(columns: columns.map { j in (0..<101).map { a in a == 25 ? Double(j * 10) : 0 } }))
            })
    }

    static func run(chunk: Int, threads: Int) throws -> DrawValues {
        var rng = RandomInputs(seed: 8)
        let base = rng.population(columns: 1).map { $0.column(0) }
        let shared = rng.sharedRates(migration: false)
        return try DrawProjection(members: 40, chunkSize: chunk, threads: threads, step: .init(timing: .even))
            .run(
                base: base, years: 12, indicators: 2, rates: { y, range in rates(shared, y, range) },
                measure: {
                    _, population, components, out in
                    let n = population.female.columns
                    let totals = population.female.columnTotals()
                    for j in 0..<n {
                        out[j] = totals[j]
                        out[n + j] = components.female.births[j] + components.male.births[j]
                    }
                })
    }

    @Test("Results do not depend on the chunk size or the number of threads, to the last bit")
    func determinism() throws {
        let a = try Self.run(chunk: 40, threads: 1)
        let b = try Self.run(chunk: 7, threads: 2)
        let c = try Self.run(chunk: 1, threads: 2)
        for indicator in 0..<2 {
            for year in 0..<12 {
                let x = a.values(indicator: indicator, year: year)
                #expect(x.map(\.bitPattern) == b.values(indicator: indicator, year: year).map(\.bitPattern))
                #expect(x.map(\.bitPattern) == c.values(indicator: indicator, year: year).map(\.bitPattern))
                #expect(!x.contains { $0.isNaN })
            }
        }
    }

    @Test("Each member equals its own projection as a batch")
    func membersMatchBatch() throws {
        var rng = RandomInputs(seed: 8)
        let base = rng.population(columns: 1).map { $0.column(0) }
        let shared = rng.sharedRates(migration: false)
        let draws = try Self.run(chunk: 7, threads: 2)
        let batch = Projection.run(
            base: base.map { AgeMatrix(repeating: $0, columns: 40) }, baseYear: 0,
            rates: (0..<12).map { Self.rates(shared, $0, 0..<40) }, step: .init(timing: .even))
        for year in 0..<12 {
            #expect(
                draws.values(indicator: 0, year: year).map(\.bitPattern)
                    == batch.populations[year + 1].female.columnTotals().map(\.bitPattern))
        }
    }

    @Test("Type 7 quantiles, as R's quantile() gives them")
    func quantiles() {
        // quantile(1:10, c(0, 0.1, 0.5, 0.975, 1)) = 1, 1.9, 5.5, 9.775, 10
        #expect(
            allClose(
                Quantiles.type7((1...10).map(Double.init).shuffled(), probabilities: [0, 0.1, 0.5, 0.975, 1]),
                [1, 1.9, 5.5, 9.775, 10]))
        // quantile(c(3, 1, 2, 4), 0.5) = 2.5
        #expect(Quantiles.type7([3, 1, 2, 4], probabilities: [0.5]) == [2.5])
    }
}
