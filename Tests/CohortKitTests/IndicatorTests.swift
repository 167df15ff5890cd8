import Foundation
import Testing

@testable import CohortKit

/// The indicator catalogue: one name, title and unit per indicator.
@Suite("Indicator catalogue")
struct IndicatorTests {
    /// Band 20–69, oldest old 90: every name written out by hand.
    @Test("Names follow the working-age band: 20–69 gives age_0_19, age_20_69, age_70_plus, share_90_plus, …")
    func namesFollowTheBand() {
        let options = AnalysisOptions(workingAge: 20...69, retirementAge: .fixed(70), oldestOld: 90)
        #expect(
            Indicator.allCases.map { $0.name(options) } == [
                "total", "age_0_19", "age_20_69", "age_70_plus", "age_90_plus", "share_0_19", "share_20_69",
                "share_70_plus",
                "share_90_plus", "old_age_dependency", "young_age_dependency", "total_dependency", "support_ratio",
                "median_age",
                "births", "deaths", "net_migrants", "crude_birth_rate", "crude_death_rate", "tfr", "e0_female",
                "e0_male",
                "entrants", "leavers", "entrants_per_1000", "leavers_per_1000",
                "labour_force", "labour_force_change", "participation_20_plus", "labour_force_dependency",
                "workers_per_70_plus", "labour_force_entrants", "labour_force_exits",
            ])
        #expect(Indicator.old.title(options) == "70+")
        #expect(Indicator.oldShare.title(options) == "70+ %")
        #expect(Indicator.named("age_20_69", options) == .working)
        #expect(Indicator.named("age_15_64", options) == nil)
        for indicator in Indicator.allCases { #expect(Indicator.named(indicator.name(options), options) == indicator) }
    }

    @Test("Units fix the decimals: persons 0, shares and ratios 4, the median age 2 in CSV")
    func units() {
        #expect(Indicator.oldShare.unit == .fraction)
        #expect(Indicator.oldShare.machineText(0.191_849_9) == "0.1918")
        #expect(Indicator.old.machineText(4_489_999.6) == "4490000")
        #expect(Indicator.medianAge.machineText(45.678) == "45.68")
        #expect(Indicator.oldAgeDependency.unit == .perHundredOfWorkingAge)
        #expect(Indicator.totalFertilityRate.machineText(0.86) == "0.86")
        #expect(Indicator.births.machineText(nil) == "")
        #expect(Indicator.bandFree.allSatisfy { !$0.needsBand })
        #expect(Indicator.allCases.filter { !$0.needsBand } == Indicator.bandFree)
    }

    /// A hand-made year: 30 young, 60 working, 10 old → shares 0.3, 0.6, 0.1; old-age dependency 100·10/60.
    @Test("Values are read from a year's indicators: shares 0.3/0.6/0.1 and old-age dependency 16.6667 from 30/60/10")
    func values() {
        var p = PopulationIndicators(year: 2030, total: 100, medianAge: 40)
        p.births = 2
        let y = YearIndicators(
            population: p, young: 30, working: 60, old: 10, oldestOld: nil,
            oldAgeDependency: 100.0 * 10 / 60, youngAgeDependency: 50, totalDependency: 100.0 * 40 / 60,
            supportRatio: 6, entrants: 1, leavers: 1.5)
        #expect(Indicator.youngShare.value(in: y) == 0.3)
        #expect(Indicator.workingShare.value(in: y) == 0.6)
        #expect(Indicator.oldShare.value(in: y) == 0.1)
        #expect(Indicator.oldAgeDependency.machineText(Indicator.oldAgeDependency.value(in: y)) == "16.6667")
        // Entrants 1 and leavers 1.5 per 60 of working age: 16.6667 and 25 per 1,000.
        #expect(Indicator.entrantsPerThousand.machineText(Indicator.entrantsPerThousand.value(in: y)) == "16.6667")
        #expect(Indicator.leaversPerThousand.value(in: y) == 25)
        #expect(Indicator.oldestOld.value(in: y) == nil)
        #expect(Indicator.births.value(in: y) == 2)
        #expect(Indicator.deaths.value(in: y) == nil)
        #expect(Indicator.working.value(in: p) == nil)
    }
}
