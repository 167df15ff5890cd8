import CohortKit
import Foundation

/// `seeds/taiwan.json`: the published figures the model is seeded with and
/// checked against (SOURCES.md), beside the sums the registry tables give.
struct Seeds: Encodable {
    struct Figure: Encodable {
        var value: Double
        var unit: String
        var source: String
    }
    struct Boom: Encodable {
        var name: String
        var firstBirthYear: Int
        var lastBirthYear: Int
        /// As published: "3.78 million".
        var publishedBirths: Double
        var publishedBirthsText: String
        /// The exact sum of `moi/births.csv` over the birth years.
        var registeredBirths: Int
        /// Those cohorts alive in the registers at the end of 2024 (ages 2024 − birth year).
        var aliveEnd2024: Int
        var yearsTurning65: [Int]
        var source: String
    }
    struct Combined: Encodable {
        var publishedBirths: Double
        var publishedBirthsText: String
        var registeredBirths: Int
        var aliveEnd2024: Int
        var publishedAliveEnd2024Text: String
        var source: String
    }

    var description: String
    var statutoryRetirementAge: Figure
    var workingAgeLower: Figure
    var workingAgeUpper: Figure
    var booms: [Boom]
    var combined: Combined
    var published: [String: Figure]

    static let moi = "Ministry of the Interior, September 2025, as quoted in data-sources/SOURCES.md"
    static let registry = "data-sources/moi/births.csv (Ministry of the Interior household registration)"

    static func make(moi tables: MinistryTables, base: BySex<[Double]>) throws -> String {
        func boom(_ name: String, _ first: Int, _ last: Int, _ published: Double, _ text: String) -> Boom {
            var registered = 0
            for row in tables.births where (first...last).contains(row.year) { registered += row.total }
            var alive = 0.0
            for year in first...last { alive += base.female[2024 - year] + base.male[2024 - year] }
            return Boom(name: name, firstBirthYear: first, lastBirthYear: last, publishedBirths: published,
                        publishedBirthsText: text, registeredBirths: registered, aliveEnd2024: Int(alive.rounded()),
                        yearsTurning65: [first + 65, last + 65], source: "\(Self.moi); registered births: \(Self.registry)")
        }
        let booms = [boom("first baby boom", 1958, 1966, 3_780_000, "3.78 million"),
                     boom("second surge", 1976, 1982, 2_890_000, "2.89 million")]
        let seeds = Seeds(
            description: "Figures Cohort is seeded with and checked against. Published values as published; registry sums and survivors computed by cohort-data from data-sources/moi.",
            statutoryRetirementAge: Figure(value: 65, unit: "years of age", source: Self.moi),
            workingAgeLower: Figure(value: 15, unit: "years of age", source: Self.moi),
            workingAgeUpper: Figure(value: 64, unit: "years of age (inclusive)", source: Self.moi),
            booms: booms,
            combined: Combined(publishedBirths: 6_670_000, publishedBirthsText: "6.67 million",
                               registeredBirths: booms.map(\.registeredBirths).reduce(0, +),
                               aliveEnd2024: booms.map(\.aliveEnd2024).reduce(0, +),
                               publishedAliveEnd2024Text: "about 5.95 million", source: Self.moi),
            published: [
                "population_end_2025": Figure(value: 23_299_132, unit: "persons", source: "Ministry of the Interior, via data-sources/SOURCES.md"),
                "population_15_64_end_2025": Figure(value: 15_944_087, unit: "persons", source: "Ministry of the Interior, via data-sources/SOURCES.md"),
                "births_2025": Figure(value: 107_812, unit: "registered births", source: "Ministry of the Interior, via data-sources/SOURCES.md"),
                "population_end_2023": Figure(value: 23_420_442, unit: "persons", source: "data-sources/SOURCES.md (checks on moi/)"),
                "population_end_2024": Figure(value: 23_400_220, unit: "persons", source: "data-sources/SOURCES.md (checks on moi/)"),
                "e0_2023_male": Figure(value: 76.94, unit: "years", source: "Ministry of the Interior 2023 life table, via data-sources/SOURCES.md"),
                "e0_2023_female": Figure(value: 83.74, unit: "years", source: "Ministry of the Interior 2023 life table, via data-sources/SOURCES.md"),
                "e0_2024_total": Figure(value: 80.77, unit: "years", source: "Ministry of the Interior / National Development Council, via data-sources/SOURCES.md"),
                "e0_2024_male": Figure(value: 77.42, unit: "years", source: "Ministry of the Interior / National Development Council, via data-sources/SOURCES.md"),
                "e0_2024_female": Figure(value: 84.30, unit: "years", source: "Ministry of the Interior / National Development Council, via data-sources/SOURCES.md"),
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(seeds), as: UTF8.self) + "\n"
    }
}
