import CohortKit
import Foundation

/// Builds `data/japan/`, `data/korea/` and `data/singapore/` from the UN's
/// tables in `data-sources/wpp2024-countries/` (medium variant; counts in
/// thousands, written as persons). Every file is an input set Cohort reads,
/// by the UN's own age groups where the UN gives groups:
///
/// - `population.csv`: the UN's estimate for **1 July 2025** by 5-year group
///   (`0-4` … `95-99`, `100+`), the base population as it is (no shift to
///   31 December: the dataset says its populations are at 1 July, and every
///   output says so);
/// - so a projected year Y runs from 1 July Y−1 to 1 July Y, and its rates are
///   those of that mid-year-to-mid-year period: death rates by abridged group
///   (`0`, `1-4`, …, `100+`) with ln m interpolated linearly between the UN's
///   period midpoints (…, 2023, 2028, …) at Y − ½ (beyond 2098 along the last
///   segment); the TFR, the sex ratio at birth and net migrants by single age
///   the means of calendar years Y − 1 and Y; fertility by 5-year group of
///   mother, the TFR times the UN's share of the group (interpolated like
///   mortality) over 5 years of age;
/// - `history/`: the UN's estimates `simulate` fits its models to (see ``history(_:)``).
enum CountryDatasetBuilder {
    /// A country: its UN code, folder and place name.
    struct Country {
        var code: Int
        var folder: String
        var place: String
    }

    static let countries = [
        Country(code: 392, folder: "japan", place: "Japan"),
        Country(code: 410, folder: "korea", place: "Republic of Korea"),
        Country(code: 702, folder: "singapore", place: "Singapore"),
    ]
    static let baseYear = 2025
    static let lastYear = 2100

    /// The UN's tables for one country.
    struct Tables {
        var population: BySex<[Double]> = BySex(female: [], male: [])  // 21 groups, persons
        var deathRates: [Int: BySex<[Double]>] = [:]  // period midpoint → 22 groups
        var fertilityPercent: [Int: [Double]] = [:]  // period midpoint → 7 groups, percent
        var tfr: [Int: Double] = [:]
        var srb: [Int: Double] = [:]
        var migrants: [Int: BySex<[Double]>] = [:]  // year → ages 0…100, persons
        var e0: [Int: BySex<Double>] = [:]
        var netMigrants: [Int: Double] = [:]  // year → persons (estimates, 1950…2023)
    }

    static let populationGroups = AgeSpan.fiveYear(openAge: 100)
    static let mortalityGroups = AgeSpan.abridged(openAge: 100)
    static let fertilityGroups = stride(from: 15, through: 45, by: 5).map { AgeSpan(lower: $0, upper: $0 + 4) }

    static func load(_ country: Country, from folder: URL) throws -> Tables {
        var t = Tables()
        func rows(_ name: String) throws -> (CSVTable, [CSVTable.Record]) {
            let table = try CSVTable.read(folder.appendingPathComponent(name), displayName: "wpp2024-countries/" + name)
            let code = try table.requireColumn("country_code")
            return (table, try table.records.filter { try table.integer($0, code) == country.code })
        }
        func groupIndex(_ groups: [AgeSpan], _ table: CSVTable, _ r: CSVTable.Record, _ c: Int) throws -> Int {
            let span = try table.ageSpan(r, c)
            guard let i = groups.firstIndex(where: { $0.lower == span.lower }) else {
                throw InputError("an unexpected age group \(span)", file: table.file, line: r.line)
            }
            return i
        }
        do {
            let (p, records) = try rows("population_5y_mid2025.csv")
            let cAge = try p.requireColumn("age"), cM = try p.requireColumn("popM"), cF = try p.requireColumn("popF")
            var female = [Double](repeating: .nan, count: populationGroups.count), male = female
            for r in records {
                let i = try groupIndex(populationGroups, p, r, cAge)
                female[i] = try p.number(r, cF) * 1000
                male[i] = try p.number(r, cM) * 1000
            }
            t.population = BySex(female: female, male: male)
        }
        do {
            let (m, records) = try rows("mx_abridged.csv")
            let cYear = try m.requireColumn("year"), cAge = try m.requireColumn("age")
            let cM = try m.requireColumn("mxM"), cF = try m.requireColumn("mxF")
            for r in records {
                let y = try m.integer(r, cYear)
                let age = try m.ageSpan(r, cAge).lower
                guard let i = mortalityGroups.firstIndex(where: { $0.lower == age }) else { continue }
                var v = t.deathRates[y] ?? BySex { _ in [Double](repeating: .nan, count: mortalityGroups.count) }
                v.female[i] = try m.number(r, cF)
                v.male[i] = try m.number(r, cM)
                t.deathRates[y] = v
            }
        }
        do {
            let (f, records) = try rows("asfr_percent_by_age_group.csv")
            let cYear = try f.requireColumn("year"), cAge = try f.requireColumn("age"),
                cP = try f.requireColumn("pasfr")
            for r in records {
                let i = try groupIndex(fertilityGroups, f, r, cAge)
                t.fertilityPercent[try f.integer(r, cYear), default: [Double](repeating: .nan, count: 7)][i] =
                    try f.number(r, cP)
            }
        }
        for (name, column) in [("tfr_estimates.csv", "tfr"), ("tfr_projections.csv", "tfr")] {
            let (f, records) = try rows(name)
            let cYear = try f.requireColumn("year"), c = try f.requireColumn(column)
            for r in records { t.tfr[try f.integer(r, cYear)] = try f.number(r, c) }
        }
        do {
            let (s, records) = try rows("sex_ratio_at_birth.csv")
            let cYear = try s.requireColumn("year"), c = try s.requireColumn("srb")
            for r in records { t.srb[try s.integer(r, cYear)] = try s.number(r, c) }
        }
        do {
            let (g, records) = try rows("net_migration_projection_by_single_age.csv")
            let cYear = try g.requireColumn("year"), cAge = try g.requireColumn("age")
            let cM = try g.requireColumn("migM"), cF = try g.requireColumn("migF")
            for r in records {
                let y = try g.integer(r, cYear), a = try g.integer(r, cAge)
                var v = t.migrants[y] ?? BySex { _ in [Double](repeating: .nan, count: 101) }
                v.female[a] = (try g.number(r, cF) * 1000).rounded()
                v.male[a] = (try g.number(r, cM) * 1000).rounded()
                t.migrants[y] = v
            }
        }
        do {
            let (g, records) = try rows("net_migration_estimates.csv")
            let cYear = try g.requireColumn("year"), c = try g.requireColumn("mig")
            for r in records { t.netMigrants[try g.integer(r, cYear)] = (try g.number(r, c) * 1000).rounded() }
        }
        for name in ["e0_estimates.csv", "e0_projections.csv"] {
            let (e, records) = try rows(name)
            let cYear = try e.requireColumn("year"), cM = try e.requireColumn("e0M"), cF = try e.requireColumn("e0F")
            for r in records {
                t.e0[try e.integer(r, cYear)] = BySex(female: try e.number(r, cF), male: try e.number(r, cM))
            }
        }
        return t
    }

    /// Linear interpolation of `f` at `t` between the UN's period midpoints
    /// (extended along the last segment beyond it).
    static func interpolate(_ midpoints: [Int], at t: Double, _ value: (Int) -> Double) -> Double {
        let k = Swift.max(0, Swift.min(midpoints.lastIndex { Double($0) <= t } ?? 0, midpoints.count - 2))
        let w = (t - Double(midpoints[k])) / Double(midpoints[k + 1] - midpoints[k])
        return (1 - w) * value(midpoints[k]) + w * value(midpoints[k + 1])
    }

    /// The files of one country's dataset, by path inside its folder.
    static func build(_ country: Country, sources folder: URL) throws -> [(name: String, contents: String)] {
        let t = try load(country, from: folder)
        let years = Array((baseYear + 1)...lastYear)
        let midpoints = t.deathRates.keys.sorted()
        let shareMidpoints = t.fertilityPercent.keys.sorted()
        func value(_ table: [Int: Double], _ y: Int, _ what: String) throws -> Double {
            guard let v = table[y] else { throw InputError("no \(what) for \(y) (\(country.place))") }
            return v
        }
        var population = "year,sex,age,population\n"
        for sex in Sex.allCases {
            for (g, v) in zip(populationGroups, t.population[sex]) {
                population += "\(baseYear),\(sex.rawValue),\(g),\(CSVNumber.exact(v))\n"
            }
        }
        var mortality = "year,sex,age,mx\n", fertility = "year,age,asfr\n", srb = "year,srb\n"
        var migration = "year,sex,age,net_migrants\n"
        for y in years {
            let mid = Double(y) - 0.5
            for sex in Sex.allCases {
                for (i, g) in mortalityGroups.enumerated() {
                    let m = exp(interpolate(midpoints, at: mid) { log(t.deathRates[$0]![sex][i]) })
                    mortality += "\(y),\(sex.rawValue),\(g),\(CSVNumber.exact(m))\n"
                }
            }
            let tfr = (try value(t.tfr, y - 1, "TFR") + value(t.tfr, y, "TFR")) / 2
            let shares = (0..<7).map { i in interpolate(shareMidpoints, at: mid) { t.fertilityPercent[$0]![i] } }
            let total = shares.reduce(0, +)
            for (g, s) in zip(fertilityGroups, shares) {
                fertility += "\(y),\(g),\(CSVNumber.exact(tfr * s / total / 5))\n"
            }
            srb += "\(y),\(CSVNumber.exact((try value(t.srb, y - 1, "SRB") + value(t.srb, y, "SRB")) / 2))\n"
            guard let before = t.migrants[y - 1], let after = t.migrants[y] else {
                throw InputError("no net migration by age for \(y - 1) and \(y) (\(country.place))")
            }
            for sex in Sex.allCases {
                for a in 0...100 {
                    let v = (before[sex][a] + after[sex][a]) / 2
                    migration += "\(y),\(sex.rawValue),\(a == 100 ? "100+" : String(a)),\(CSVNumber.exact(v))\n"
                }
            }
        }
        let provenance = Provenance(
            place: country.place,
            sources: [
                .init(
                    name: "wpp2024", folder: "wpp2024-countries/",
                    credit: "UN World Population Prospects 2024, medium variant (population at 1 July)",
                    source:
                        "United Nations, DESA, Population Division, World Population Prospects 2024, location \(country.code) "
                        + "(\(country.place)), via the R package PPgp/wpp2024; de facto population on 1 July; counts in thousands",
                    licence:
                        "CC BY 3.0 IGO (\"Source: United Nations, DESA, Population Division. World Population Prospects 2024.\")"
                )
            ], populationDate: "1 July")
        return [
            ("population.csv", population), ("mortality.csv", mortality), ("fertility.csv", fertility),
            ("srb.csv", srb),
            ("migration.csv", migration), (Provenance.fileName, provenance.toml()),
        ]
            + history(t) + [
                (
                    "projection_bounds.csv",
                    try ProjectionBoundsTable.build(
                        folder: folder, prefix: "wpp2024-countries/", country: country.code, years: years,
                        meanOfTwoYears: true)
                )
            ]
    }

    /// First period midpoint of the mortality history (the period 1970–1975).
    static let firstHistoryPeriod = 1973
    /// Last year of the UN's estimates (the years before the projection).
    static let lastEstimateYear = 2023

    /// The histories `simulate` fits its models to: `history/death_rates.csv`,
    /// the UN's abridged rates of the periods 1970–1975 … 2020–2025, labelled by
    /// their midpoints 1973 … 2023, as the UN labels them (the post-war decades'
    /// fall in infant and child mortality, a different age pattern of change, is
    /// left out, as Lee and Miller (2001) advise for Lee–Carter; Taiwan's
    /// registered deaths start in 1993); `history/tfr.csv` and
    /// `history/net_migration.csv`, the UN's annual estimates 1950…2023 (net
    /// migrants in persons).
    static func history(_ t: Tables) -> [(name: String, contents: String)] {
        var rates = "year,sex,age,mx\n"
        for y in t.deathRates.keys.sorted() where (firstHistoryPeriod...lastEstimateYear).contains(y) {
            for sex in Sex.allCases {
                for (i, g) in mortalityGroups.enumerated() {
                    rates += "\(y),\(sex.rawValue),\(g),\(CSVNumber.exact(t.deathRates[y]![sex][i]))\n"
                }
            }
        }
        var tfr = "year,tfr\n", migration = "year,net_migrants\n"
        for y in t.tfr.keys.sorted() where y <= lastEstimateYear { tfr += "\(y),\(CSVNumber.exact(t.tfr[y]!))\n" }
        for y in t.netMigrants.keys.sorted() where y <= lastEstimateYear {
            migration += "\(y),\(CSVNumber.exact(t.netMigrants[y]!))\n"
        }
        return [("history/death_rates.csv", rates), ("history/tfr.csv", tfr), ("history/net_migration.csv", migration)]
    }

    /// The UN's life expectancy at birth of the years `years`, by sex (for checks).
    static func lifeExpectancy(_ country: Country, sources folder: URL) throws -> [Int: BySex<Double>] {
        try load(country, from: folder).e0
    }
}
