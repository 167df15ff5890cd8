import Foundation
import Testing

@testable import CohortKit

/// Five-year summaries: the abridged life table and the population by groups.
@Suite("Five-year summaries")
struct AbridgedLifeTableTests {
    /// m = 0.1 at every age 0…9 and 10+ (constant closure), women. By hand: a(0) = 0.31411 (Andreev–Kingkade,
    /// m(0) ≥ 0.06891), q(0) = 0.1 / 1.068589 = 0.0935814, l(1) = 0.9064186; above age 0, q = 0.1 / 1.05 and
    /// l(x + 1) = l(x)·r with r = 0.9047619: l(2) = 0.8200930, l(3) = 0.7419889, l(4) = 0.6713233,
    /// l(5) = 0.6073877, so 4d1 = 0.2990309, 4L1 = l(1)/2 + l(2) + l(3) + l(4) + l(5)/2 = 2.9903084,
    /// 4m1 = 0.1 (every single age's m is 0.1), 4q1 = 1 − r⁴ = 0.3299037, 4a1 = (4L1 − 4·l(5)) / 4d1 = 1.875250.
    @Test("The abridged table of constant rates 0.1, worked by hand: 4q1 0.3299037, 4a1 1.875250, 4m1 0.1")
    func byHand() throws {
        let table = try LifeTable(deathRates: Array(repeating: 0.1, count: 11), sex: .female, closure: .constant)
        let rows = table.abridged()
        #expect(rows.map(\.ages.description) == ["0", "1-4", "5-9", "10+"])
        let g = rows[1]
        #expect(isClose(g.survivors, 0.9064186, relative: 1e-6))
        #expect(isClose(table.survivors[5], 0.6073877, relative: 1e-6))
        #expect(isClose(g.deaths, 0.2990309, relative: 1e-6))
        #expect(isClose(g.personYears, 2.9903084, relative: 1e-6))
        #expect(isClose(g.deathRate, 0.1, relative: 1e-12))
        #expect(isClose(g.deathProbability, 0.3299037, relative: 1e-6))
        #expect(isClose(g.separationFactor, 1.875250, relative: 1e-5))
        #expect(g.lifeExpectancy == table.lifeExpectancy[1] && rows[3].personYears == table.personYears[10])
        #expect(isClose(rows.map(\.personYears).reduce(0, +), table.lifeExpectancyAtBirth, relative: 1e-12))
    }

    @Test("Groups of the UN's tables: 0-4 … 95-99, 100+ for populations; 0, 1-4, 5-9 … for life tables; any open age")
    func groups() {
        #expect(AgeSpan.fiveYear(openAge: 100).map(\.description).suffix(3) == ["90-94", "95-99", "100+"])
        #expect(AgeSpan.fiveYear(openAge: 87).map(\.description).suffix(3) == ["80-84", "85-86", "87+"])
        #expect(AgeSpan.abridged(openAge: 85).map(\.description).prefix(3) == ["0", "1-4", "5-9"])
        #expect(AgeSpan.abridged(openAge: 85).last?.description == "85+")
    }

    @Test("Single ages regrouped to five years, graduated back and regrouped again give the same totals to 1e-9")
    func roundTrip() throws {
        let inputs = try ProjectionInputs.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        let groups = AgeSpan.fiveYear(openAge: inputs.openAge)
        for sex in Sex.allCases {
            let p = inputs.basePopulation[sex]
            let totals = groups.map { g in g.ages(openAge: inputs.openAge).map { p[$0] }.reduce(0, +) }
            var series = GroupedSeries()
            for (i, (g, t)) in zip(groups, totals).enumerated() {
                series.rows.append(.init(span: g, value: t, line: i + 2))
            }
            let single = try series.singleAges(
                kind: .counts, openAge: inputs.openAge, file: "population_5y.csv", what: "\(sex)")
            let again = groups.map { g in g.ages(openAge: inputs.openAge).map { single[$0] }.reduce(0, +) }
            #expect(allClose(again, totals, relative: 1e-9, absolute: 1e-9), "\(sex)")
            #expect(single.allSatisfy { $0 >= 0 })
        }
    }
}
