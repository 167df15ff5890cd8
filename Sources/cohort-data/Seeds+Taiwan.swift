import CohortKit
import Foundation

extension Seeds {
    static let moi = "Ministry of the Interior, September 2025, as quoted in data-sources/SOURCES.md"
    static let registry = "data-sources/moi/births.csv (Ministry of the Interior household registration)"

    /// Taiwan's seeds: published figures from SOURCES.md, registry sums and
    /// survivors from the Ministry's tables.
    static func taiwan(moi tables: MinistryTables, base: BySex<[Double]>) -> Seeds {
        func boom(_ name: String, _ first: Int, _ last: Int, _ published: Double, _ text: String) -> Boom {
            var registered = 0
            for row in tables.births where (first...last).contains(row.year) { registered += row.total }
            var alive = 0.0
            for year in first...last { alive += base.female[2024 - year] + base.male[2024 - year] }
            return Boom(
                name: name, firstBirthYear: first, lastBirthYear: last, publishedBirths: published,
                publishedBirthsText: text, registeredBirths: registered, aliveAtBase: Int(alive.rounded()),
                yearsReachingRetirement: [first + 65, last + 65],
                source: "\(Self.moi); registered births: \(Self.registry)")
        }
        let booms = [
            boom("first baby boom", 1958, 1966, 3_780_000, "3.78 million"),
            boom("second surge", 1976, 1982, 2_890_000, "2.89 million"),
        ]
        let published = "Ministry of the Interior, via data-sources/SOURCES.md"
        let ndc = "Ministry of the Interior / National Development Council, via data-sources/SOURCES.md"
        return Seeds(
            description:
                "Figures Cohort is seeded with and checked against. Published values as published; registry sums and survivors computed by cohort-data from data-sources/moi.",
            statutoryRetirementAge: Figure(value: 65, unit: "years of age", source: Self.moi),
            workingAgeLower: Figure(value: 15, unit: "years of age", source: Self.moi),
            workingAgeUpper: Figure(value: 64, unit: "years of age (inclusive)", source: Self.moi),
            booms: booms,
            combined: Combined(
                publishedBirths: 6_670_000, publishedBirthsText: "6.67 million",
                registeredBirths: booms.map(\.registeredBirths).reduce(0, +),
                aliveAtBase: booms.map(\.aliveAtBase).reduce(0, +),
                publishedAliveAtBaseText: "about 5.95 million", source: Self.moi),
            waveRule: WaveRule(
                threshold: 400_000, maxGap: 1,
                source:
                    "The Ministry's own description (SOURCES.md): the 1958–1966 boom had every year above 400,000 registered births, the 1976–1982 surge every year but one."
            ),
            published: [
                "population_end_2025": Figure(value: 23_299_132, unit: "persons", source: published),
                "population_15_64_end_2025": Figure(value: 15_944_087, unit: "persons", source: published),
                "births_2025": Figure(value: 107_812, unit: "registered births", source: published),
                "population_end_2023": Figure(
                    value: 23_420_442, unit: "persons", source: "data-sources/SOURCES.md (checks on moi/)"),
                "population_end_2024": Figure(
                    value: 23_400_220, unit: "persons", source: "data-sources/SOURCES.md (checks on moi/)"),
                "e0_2023_male": Figure(
                    value: 76.94, unit: "years",
                    source: "Ministry of the Interior 2023 life table, via data-sources/SOURCES.md"),
                "e0_2023_female": Figure(
                    value: 83.74, unit: "years",
                    source: "Ministry of the Interior 2023 life table, via data-sources/SOURCES.md"),
                "e0_2024_total": Figure(value: 80.77, unit: "years", source: ndc),
                "e0_2024_male": Figure(value: 77.42, unit: "years", source: ndc),
                "e0_2024_female": Figure(value: 84.30, unit: "years", source: ndc),
            ])
    }
}
