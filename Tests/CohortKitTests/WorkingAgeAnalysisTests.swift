import Foundation
import Testing

@testable import CohortKit

/// A synthetic population worked by hand: ω = 10, 100 people at every age
/// 0…9 and 100 in 10+, each sex; S = 0.9 at every age; no births; net
/// migrants +10 at age 4 (each sex). Working ages 2–5, retirement age 6.
@Suite("Working-age analysis")
struct WorkingAgeAnalysisTests {
    static func inputs() -> ProjectionInputs {
        let s = MortalitySchedule.survivalRatios(Array(repeating: 0.9, count: 11))
        var migrants = Array(repeating: 0.0, count: 11)
        migrants[4] = 10
        return ProjectionInputs(
            baseYear: 2000, basePopulation: BySex { _ in Array(repeating: 100, count: 11) },
            years: [
                YearInputs(
                    year: 2001, mortality: BySex { _ in s }, fertility: Array(repeating: 0, count: 11),
                    sexRatioAtBirth: 1, netMigrants: BySex { _ in migrants })
            ])
    }
    static let options = AnalysisOptions(workingAge: 2...5, retirementAge: .fixed(6), oldestOld: 8)

    /// `end`, per sex: P(2001) = (0, 90, 90, 90, 100, 90, 90, 90, 90, 90, 180).
    /// W(2000) = 400, W(2001) = 90 + 90 + 100 + 90 = 370; entrants P(2001, 2) = 90;
    /// leavers P(2001, 6) = 90; deaths of the cohorts aged 2–5 at the start: 4 × 10 = 40;
    /// their migrants +10; −30 = 90 − 90 − 40 + 10. Both sexes: twice each.
    @Test("Flows by hand, end timing")
    func flowsEnd() throws {
        let a = try WorkingAgeAnalysis.run(Self.inputs(), history: .init(), options: Self.options)
        let f = try #require(a.flow(in: 2001))
        #expect(f.source == .projected)
        #expect(isClose(f.workingAge, 740) && isClose(f.entrants, 180) && isClose(f.leavers, 180))
        let deaths = try #require(f.deaths), migrants = try #require(f.netMigrants), change = try #require(f.change)
        #expect(isClose(deaths, 80) && isClose(migrants, 20))
        #expect(isClose(change, -60))
        let base = try #require(a.flow(in: 2000))
        #expect(base.source == .registered && base.deaths == nil && isClose(base.workingAge, 800))
    }

    /// `even`: +5 at the start at age 4 ends the year in cohort 5: 105 → 94.5 (deaths 10.5);
    /// +5 at the end at age 4: 95. W(2001) = 90 + 90 + 95 + 94.5 = 369.5;
    /// deaths 10 + 10 + 10.5 + 10 = 40.5; migrants 10; −30.5 = 90 − 90 − 40.5 + 10.
    @Test("Flows by hand, even timing")
    func flowsEven() throws {
        let a = try WorkingAgeAnalysis.run(
            Self.inputs(), projection: .init(migrationTiming: .even), options: Self.options)
        let f = try #require(a.flow(in: 2001))
        #expect(isClose(f.workingAge, 739) && isClose(f.entrants, 180) && isClose(f.leavers, 180))
        let deaths = try #require(f.deaths), migrants = try #require(f.netMigrants), change = try #require(f.change)
        #expect(isClose(deaths, 81) && isClose(migrants, 20))
        #expect(isClose(change, -61))
    }

    /// Both sexes, 2001: young (0–1) 180, working (2–5) 740, old (6+) 1,080, 8+ 720, total 2,000.
    /// Old-age dependency 100·1080/740 = 145.945946; young 100·180/740 = 24.324324;
    /// support 740/1080 = 0.685185. Median: counts by age 0, 180, 180, 180, 200, 180, 180, …;
    /// 920 below age 6, so 6 + (1000 − 920)/180 = 6.444444.
    @Test("Indicators by hand")
    func indicators() throws {
        let a = try WorkingAgeAnalysis.run(Self.inputs(), options: Self.options)
        let i = try #require(a.indicators(in: 2001))
        #expect(isClose(i.total, 2000) && isClose(i.young, 180) && isClose(i.working, 740) && isClose(i.old, 1080))
        #expect(isClose(try #require(i.oldestOld), 720))
        #expect(isClose(i.oldAgeDependency, 145.945946, relative: 1e-8))
        #expect(isClose(i.youngAgeDependency, 24.324324, relative: 1e-7))
        #expect(isClose(i.totalDependency, 170.270270, relative: 1e-8))
        #expect(isClose(i.supportRatio, 0.685185, relative: 1e-6))
        #expect(isClose(i.medianAge, 6.444444, relative: 1e-6))
        #expect(isClose(i.oldShare, 0.54))
        #expect(i.births == 0 && i.totalFertilityRate == 0 && i.lifeExpectancy == nil)
        // Deaths: every one of the 1,100 people of each sex present at the start loses 10%: 2 × 110 = 220.
        let deaths = try #require(i.deaths), cdr = try #require(i.crudeDeathRate)
        #expect(isClose(deaths, 220))
        // Crude death rate per 1,000 of the mean of 2,200 and 2,000.
        #expect(isClose(cdr, 1000 * 220 / 2100))
        // Base year: 200 at every age 0…9 and 200 in 10+; 1,000 below age 5, so 5 + (1100 − 1000)/200 = 5.5.
        let base = try #require(a.indicators(in: 2000))
        #expect(base.births == nil && isClose(base.medianAge, 5.5))
    }

    /// A retirement age of 7 keeps the 6-year-olds: per sex W(2001) = 370 + 90 = 460; staying 90 each.
    @Test("A higher retirement age keeps people in working age")
    func policy() throws {
        let inputs = Self.inputs()
        let base = try WorkingAgeAnalysis.run(inputs, options: Self.options)
        let later = try WorkingAgeAnalysis.run(
            inputs, options: AnalysisOptions(workingAge: 2...5, retirementAge: .fixed(7), oldestOld: 8))
        let year = try #require(base.compare(policy: later).first { $0.year == 2001 })
        #expect(
            isClose(year.workingAgeDefault, 740) && isClose(year.workingAgePolicy, 920) && isClose(year.staying, 180))
        #expect(isClose(year.leaversPolicy, 180))  // the 7-year-olds, 90 each
        #expect(isClose(year.supportRatioPolicy, 920.0 / 900.0))
    }

    @Test("Phased retirement ages by birth cohort")
    func phased() {
        let r = RetirementAge.phased(from: 65, to: 67, firstCohort: 1961, cohortsPerStep: 2)
        #expect([1950, 1960, 1961, 1962, 1963, 1964, 1990].map(r.age(forBirthYear:)) == [65, 65, 66, 66, 67, 67, 67])
        #expect(r.range == 65...67)
        #expect(RetirementAge.fixed(70).age(forBirthYear: 1900) == 70)
    }

    @Test("Wave detection: runs above the threshold, bridging short dips")
    func detection() {
        let births: [Int: Double] = [
            2000: 5, 2001: 12, 2002: 9, 2003: 11, 2004: 8, 2005: 7, 2006: 13, 2007: 14, 2008: 3,
        ]
        #expect(
            Wave.detect(births: births, rule: .init(threshold: 10, maxGap: 1, source: "")) == [
                2001...2003, 2006...2007,
            ])
        #expect(
            Wave.detect(births: births, rule: .init(threshold: 10, maxGap: 0, source: "")) == [
                2001...2001, 2003...2003, 2006...2007,
            ])
        #expect(Wave.detect(births: births, rule: .init(threshold: 10, maxGap: 2, source: "")) == [2001...2007])
    }

    @Test("Bad age boundaries are refused")
    func badOptions() {
        expectInputError("the working-age band must start at age 1 or later; it starts at 0") {
            try AnalysisOptions(workingAge: 0...64).validate(openAge: 100)
        }
        expectInputError("a retirement age of 15 is not above the first working age, 15") {
            try AnalysisOptions(workingAge: 15...64, retirementAge: .fixed(15)).validate(openAge: 100)
        }
        expectInputError("a retirement age of 99 must lie below age 99; the open age group is 100+") {
            try AnalysisOptions(workingAge: 15...64, retirementAge: .fixed(99)).validate(openAge: 100)
        }
    }
}
