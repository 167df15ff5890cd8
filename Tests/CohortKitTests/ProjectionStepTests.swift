import Testing

@testable import CohortKit

/// A three-age toy (ages 0, 1 and the open group 2+), worked by hand.
///
/// Women P = (10, 20, 30), S_f = (0.9, 0.8, 0.5); men P = (12, 18, 25),
/// S_m = (0.85, 0.75, 0.4); f = (0, 0.6, 0.2); SRB = 1; net migrants
/// women (2, −4, 6), men (0, 0, −40).
@Suite("Projection step")
struct ProjectionStepTests {
    static let base = PopulationBatch(
        female: AgeMatrix(columns: [[10, 20, 30]]),
        male: AgeMatrix(columns: [[12, 18, 25]]))
    static let rates = StepRates(
        survival: BySex(female: .shared([0.9, 0.8, 0.5]), male: .shared([0.85, 0.75, 0.4])),
        fertility: .shared([0, 0.6, 0.2]),
        sexRatioAtBirth: .shared(1.0),
        netMigrants: BySex(female: .shared([2, -4, 6]), male: .shared([0, 0, -40])))

    /// `end`: women P′(1) = 0.8·10 = 8, P′(2) = 0.5·(20 + 30) = 25;
    /// births B = 0.6·(20 + 8)/2 + 0.2·(30 + 25)/2 = 8.4 + 5.5 = 13.9, 6.95 each sex;
    /// P′_f(0) = 0.9·6.95 = 6.255, P′_m(0) = 0.85·6.95 = 5.9075;
    /// men P′(1) = 0.75·12 = 9, P′(2) = 0.4·(18 + 25) = 17.2;
    /// migrants at the end: women (8.255, 4, 31); men's −40 at 2+ finds 17.2: cut 22.8.
    /// Deaths: women (60 − 33) + (6.95 − 6.255) = 27.695; men (55 − 26.2) + (6.95 − 5.9075) = 29.8425.
    @Test("Three ages by hand, end timing, with the guard cutting emigration")
    func toyEnd() {
        var p = Self.base
        let c = CohortComponentStep(timing: .end).apply(Self.rates, to: &p)
        #expect(allClose(p.female.column(0), [8.255, 4, 31]))
        #expect(allClose(p.male.column(0), [5.9075, 9, 0]))
        #expect(isClose(c.female.births[0], 6.95) && isClose(c.male.births[0], 6.95))
        #expect(isClose(c.female.deaths[0], 27.695))
        #expect(isClose(c.male.deaths[0], 29.8425))
        #expect(isClose(c.female.netMigrants[0], 4))
        #expect(isClose(c.male.netMigrants[0], -17.2))
        #expect(isClose(c.male.emigrationCut[0], 22.8))
        #expect(c.female.emigrationCut[0] == 0)
        #expect(isClose(c.female.population[0], 43.255))
        #expect(isClose(c.male.population[0], 14.9075))
    }

    /// `even`: women P* = (11, 18, 33), E = (1, −2, 3); P′(1) = 0.8·11 − 2 = 6.8,
    /// P′(2) = 0.5·(18 + 33) + 3 = 28.5; B = 0.6·(18 + 6.8)/2 + 0.2·(33 + 28.5)/2
    /// = 7.44 + 6.15 = 13.59, 6.795 each sex; P′_f(0) = 0.9·6.795 + 1 = 7.1155.
    /// Men: P*(2) = 25 − 20 = 5; P′(1) = 9; P′(2) = 0.4·(18 + 5) = 9.2, and the second
    /// half −20 finds 9.2: cut 10.8; P′_m(0) = 0.85·6.795 = 5.77575.
    /// Deaths: women (62 − 34.3) + (6.795 − 6.1155) = 28.3795; men (35 − 18.2) + 1.01925 = 17.81925.
    /// By cohort (age at the end of the year), women: migrants — first half
    /// +1 at age 0 joins cohort 1, −2 at age 1 and +3 at 2+ join cohort 2+;
    /// second half +1, −2, +3 join cohorts 0, 1, 2+: (1, −1, 4). Deaths:
    /// cohort 1: 11 − 8.8 = 2.2; cohort 2+: 18 + 33 − 25.5 = 25.5; cohort 0: 0.6795.
    @Test("Three ages by hand, even timing, with the guard cutting emigration")
    func toyEven() throws {
        var p = Self.base
        let c = CohortComponentStep(timing: .even, recordsByAge: true).apply(Self.rates, to: &p)
        #expect(allClose(try #require(c.female.netMigrantsByAge).column(0), [1, -1, 4]))
        #expect(allClose(try #require(c.female.deathsByAge).column(0), [0.6795, 2.2, 25.5]))
        // Men: −20 at 2+ applied at the start, −9.2 of the second −20 at the end.
        #expect(allClose(try #require(c.male.netMigrantsByAge).column(0), [0, 0, -29.2]))
        #expect(allClose(p.female.column(0), [7.1155, 6.8, 28.5]))
        #expect(allClose(p.male.column(0), [5.77575, 9, 0]))
        #expect(isClose(c.female.births[0], 6.795) && isClose(c.male.births[0], 6.795))
        #expect(isClose(c.female.deaths[0], 28.3795))
        #expect(isClose(c.male.deaths[0], 17.81925))
        #expect(isClose(c.female.netMigrants[0], 4))
        #expect(isClose(c.male.netMigrants[0], -29.2))
        #expect(isClose(c.male.emigrationCut[0], 10.8))
        #expect(isClose(c.female.population[0], 42.4155))
        #expect(isClose(c.male.population[0], 14.77575))
    }

    /// k = (0 + 0.6·0.8/2, 0.6/2 + 0.2·0.5/2, 0.2/2 + 0.2·0.5/2) = (0.24, 0.35, 0.15);
    /// female row 0 = 0.9·k/2 = (0.108, 0.1575, 0.0675); boys = 0.85·k/2 = (0.102, 0.14875, 0.06375).
    @Test("The toy's Leslie matrices, element by element")
    func toyLeslie() {
        let l = LeslieMatrix(
            survival: BySex(female: [0.9, 0.8, 0.5], male: [0.85, 0.75, 0.4]),
            fertility: [0, 0.6, 0.2], sexRatioAtBirth: 1)
        #expect(allClose(l.birthsPerWoman, [0.24, 0.35, 0.15]))
        #expect(allClose((0..<3).map { l.element(.female, row: 0, column: $0) }, [0.108, 0.1575, 0.0675]))
        #expect(allClose(l.maleBirths, [0.102, 0.14875, 0.06375]))
        #expect(l.element(.female, row: 1, column: 0) == 0.8)
        #expect(l.element(.female, row: 2, column: 1) == 0.5 && l.element(.female, row: 2, column: 2) == 0.5)
        #expect(l.element(.male, row: 1, column: 0) == 0.75 && l.element(.male, row: 0, column: 1) == 0)
        #expect(l.element(.female, row: 1, column: 1) == 0)
        // Applied to the toy without migrants: the structured step's 13.9 births again.
        let next = l.apply(to: Self.base)
        #expect(allClose(next.female.column(0), [6.255, 8, 25]))
        #expect(allClose(next.male.column(0), [5.9075, 9, 17.2]))
    }

    @Test("Zero fertility and zero migration give pure survival")
    func pureSurvival() {
        var rng = RandomInputs(seed: 7)
        var p = rng.population(columns: 3)
        let before = p
        var rates = rng.sharedRates(migration: false)
        rates.fertility = .shared(Array(repeating: 0, count: 101))
        let c = CohortComponentStep(timing: .even).apply(rates, to: &p)
        for sex in Sex.allCases {
            guard case .shared(let s) = rates.survival[sex] else {
                Issue.record("shared")
                return
            }
            for j in 0..<3 {
                #expect(p[sex][0, j] == 0)
                for a in 1..<100 { #expect(isClose(p[sex][a, j], s[a] * before[sex][a - 1, j])) }
                #expect(isClose(p[sex][100, j], s[100] * (before[sex][99, j] + before[sex][100, j])))
                #expect(c[sex].births[j] == 0 && c[sex].netMigrants[j] == 0)
                #expect(
                    isClose(c[sex].deaths[j], before[sex].columnTotals()[j] - p[sex].columnTotals()[j], relative: 1e-12)
                )
            }
        }
    }

    @Test(
        "Balancing equation every year for 100 years on random inputs, both timings",
        arguments: MigrationTiming.allCases)
    func balancingEquation(timing: MigrationTiming) {
        var rng = RandomInputs(seed: 2024)
        let columns = 16
        var p = rng.population(columns: columns)
        let step = CohortComponentStep(timing: timing)
        var cuts = 0.0
        for _ in 0..<100 {
            let before = p
            let c = step.apply(rng.perColumnRates(columns: columns), to: &p)
            for sex in Sex.allCases {
                let start = before[sex].columnTotals()
                let end = p[sex].columnTotals()
                for j in 0..<columns {
                    let change = end[j] - start[j]
                    let components = c[sex].births[j] - c[sex].deaths[j] + c[sex].netMigrants[j]
                    #expect(
                        isClose(change, components, relative: 0, absolute: 1e-9 * max(start[j], end[j])),
                        "\(sex) column \(j): ΔP = \(change), B − D + M = \(components)")
                    #expect(isClose(c[sex].population[j], end[j], relative: 1e-15, absolute: 0))
                    #expect(c[sex].emigrationCut[j] >= 0)
                    #expect(c[sex].deaths[j] >= 0)
                    cuts += c[sex].emigrationCut[j]
                }
                #expect(p[sex].storage.allSatisfy { $0 >= 0 }, "no population is ever negative")
            }
        }
        #expect(cuts > 0, "the random inputs are meant to exercise the guard")
    }

    @Test(
        "By cohort, deaths and migrants account for every age, every year, both timings",
        arguments: MigrationTiming.allCases)
    func cohortAccounting(timing: MigrationTiming) throws {
        var rng = RandomInputs(seed: 77)
        let columns = 4
        var p = rng.population(columns: columns)
        let step = CohortComponentStep(timing: timing, recordsByAge: true)
        for _ in 0..<30 {
            let before = p
            let c = step.apply(rng.perColumnRates(columns: columns), to: &p)
            for sex in Sex.allCases {
                let deaths = try #require(c[sex].deathsByAge)
                let migrants = try #require(c[sex].netMigrantsByAge)
                for j in 0..<columns {
                    let scale = 1e-9 * max(1, before[sex].columnTotals()[j])
                    #expect(
                        isClose(
                            p[sex][0, j], c[sex].births[j] - deaths[0, j] + migrants[0, j], relative: 0, absolute: scale
                        ))
                    for a in 1..<100 {
                        #expect(
                            isClose(
                                p[sex][a, j], before[sex][a - 1, j] - deaths[a, j] + migrants[a, j], relative: 0,
                                absolute: scale))
                    }
                    #expect(
                        isClose(
                            p[sex][100, j],
                            before[sex][99, j] + before[sex][100, j] - deaths[100, j] + migrants[100, j],
                            relative: 0, absolute: scale))
                    #expect(isClose(deaths.column(j).reduce(0, +), c[sex].deaths[j], relative: 1e-12))
                    #expect(
                        isClose(migrants.column(j).reduce(0, +), c[sex].netMigrants[j], relative: 0, absolute: scale))
                }
            }
        }
    }

    @Test("Projecting columns one by one equals projecting them as one batch", arguments: MigrationTiming.allCases)
    func columnByColumn(timing: MigrationTiming) {
        var rng = RandomInputs(seed: 99)
        let columns = 8
        let base = rng.population(columns: columns)
        let rates = (0..<20).map { _ in rng.perColumnRates(columns: columns) }
        let step = CohortComponentStep(timing: timing)
        let batch = Projection.run(base: base, baseYear: 2024, rates: rates, step: step)
        for j in 0..<columns {
            let single = Projection.run(
                base: base.map { AgeMatrix(columns: [$0.column(j)]) }, baseYear: 2024,
                rates: rates.map { r in
                    StepRates(
                        survival: r.survival.map { .shared($0.schedule(forColumn: j)) },
                        fertility: .shared(r.fertility.schedule(forColumn: j)),
                        sexRatioAtBirth: .shared(r.sexRatioAtBirth.value(forColumn: j)),
                        netMigrants: r.netMigrants.map { m in m.map { .shared($0.schedule(forColumn: j)) } })
                },
                step: step)
            for year in 2025...2044 {
                for sex in Sex.allCases {
                    #expect(
                        allClose(
                            batch.population(in: year, column: j)![sex], single.population(in: year)![sex],
                            relative: 1e-12))
                    #expect(
                        isClose(
                            batch.components(in: year)![sex].births[j], single.components(in: year)![sex].births[0],
                            relative: 1e-12))
                }
            }
        }
    }
}
