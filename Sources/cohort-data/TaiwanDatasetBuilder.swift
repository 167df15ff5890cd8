import CohortKit
import Foundation

/// Builds `data/taiwan/` and `seeds/taiwan.json` from the public tables.
/// Every transformation is here; `data/README.md` describes them.
enum TaiwanDatasetBuilder {
    static let baseYear = 2024
    static let lastYear = 2100
    /// The latest year with both deaths and end-year populations on either side.
    static let mortalityYear = 2023
    /// UN WPP period midpoints used for the mortality and fertility paths.
    static let midpoints = Array(stride(from: 2023, through: 2098, by: 5))
    /// Registered births in 2025 (SOURCES.md, "Known published figures").
    static let publishedBirths2025 = 107_812.0

    struct Output {
        /// Files of `data/taiwan/`, by path inside it.
        var files: [(name: String, contents: String)] = []
        /// The contents of `seeds/taiwan.json`.
        var seeds = ""
        /// Derived figures worth printing.
        var report: [String] = []
    }

    static func build(moi: MinistryTables, wpp: WorldPopulationProspects) throws -> Output {
        var out = Output()
        let years = Array((baseYear + 1)...lastYear)
        guard let base = moi.population[baseYear], let p22 = moi.population[mortalityYear - 1],
            let p23 = moi.population[mortalityYear], let d23 = moi.deaths[mortalityYear],
            d23.female.count == 101, d23.male.count == 101
        else {
            throw InputError(
                "the Ministry tables lack the 2022–2024 populations or the 2023 deaths by single age to 100+")
        }

        // Death rates 2023: deaths over the mean of the end-2022 and end-2023 populations.
        let exposure = BySex { sex in (0...100).map { (p22[sex][$0] + p23[sex][$0]) / 2 } }
        let rates2023 = BySex { sex in (0...100).map { d23[sex][$0] / exposure[sex][$0] } }

        let mortality = try mortality(rates2023: rates2023, wpp: wpp, years: years)
        let pattern = try fertilityPattern(wpp: wpp, years: years)
        var tfr = try tfrPaths(wpp: wpp, years: years)
        let srb = try years.map { t in
            guard let v = wpp.sexRatioAtBirth[t] else {
                throw InputError("no SRB for \(t)", file: "wpp2024/sex_ratio_at_birth.csv")
            }
            return v
        }
        let migration = try years.map { t in
            guard let m = wpp.netMigrants[t], !m.female.contains(where: \.isNaN), !m.male.contains(where: \.isNaN)
            else {
                throw InputError(
                    "no complete net migration for \(t)", file: "wpp2024/net_migration_projection_by_single_age.csv")
            }
            return m.map { $0.map { ($0 * 1000).rounded() } }
        }

        // The TFR the 2025 registered births imply: births are linear in the TFR.
        let unitFertility = ProjectionInputs(
            baseYear: baseYear, basePopulation: base,
            years: [
                YearInputs(
                    year: years[0], mortality: mortality[0].map { .deathRates($0) }, fertility: pattern[0],
                    sexRatioAtBirth: srb[0], netMigrants: migration[0])
            ])
        let unit = try Projection.run(unitFertility).components(in: years[0])!
        let birthsPerUnitTFR = unit.female.births[0] + unit.male.births[0]
        let recent = publishedBirths2025 / birthsPerUnitTFR
        tfr["recent"] = Array(repeating: recent, count: years.count)
        out.report.append(
            "births 2025 implied by the UN medium TFR \(tfr["medium"]![0]): \(Int((tfr["medium"]![0] * birthsPerUnitTFR).rounded())); registered: \(Int(publishedBirths2025))"
        )
        out.report.append("TFR implied by the 2025 registered births: \(recent)")

        // Files.
        // The input set (population, mortality, fertility, srb, migration) through CohortKit's own writer.
        let inputs = ProjectionInputs(
            baseYear: baseYear, basePopulation: base,
            years: years.indices.map { i in
                YearInputs(
                    year: years[i], mortality: mortality[i].map { .deathRates($0) },
                    fertility: pattern[i].map { tfr["medium"]![i] * $0 }, sexRatioAtBirth: srb[i],
                    netMigrants: migration[i])
            })
        out.files += try inputs.files()
        var patternCSV = "year,age,share\n"
        for (i, t) in years.enumerated() {
            for a in 15..<50 { patternCSV += "\(t),\(a),\(CSVNumber.exact(pattern[i][a]))\n" }
        }
        out.files.append(("fertility_pattern.csv", patternCSV))
        let pathNames = pathColumns.map(\.name) + ["constant", "recent"]
        var paths = "year," + pathNames.joined(separator: ",") + "\n"
        for (i, t) in years.enumerated() {
            paths += "\(t)," + pathNames.map { CSVNumber.exact(tfr[$0]![i]) }.joined(separator: ",") + "\n"
        }
        out.files.append(("tfr_paths.csv", paths))

        var base2023 = "year,sex,age,deaths,exposure,mx\n"
        for sex in Sex.allCases {
            for a in 0...100 {
                base2023 +=
                    "\(mortalityYear),\(sex.rawValue),\(label(a)),\(CSVNumber.exact(d23[sex][a])),\(CSVNumber.exact(exposure[sex][a])),\(CSVNumber.exact(rates2023[sex][a]))\n"
            }
        }
        out.files.append(("mortality_2023.csv", base2023))

        out.files.append(
            (
                "life_expectancy.csv",
                try lifeExpectancyTable(rates2023: rates2023, mortality: mortality, years: years, wpp: wpp)
            ))
        out.files += try historyFiles(moi: moi, wpp: wpp)
        out.files.append((Provenance.fileName, Provenance.taiwan.toml()))
        out.seeds = try Seeds.taiwan(moi: moi, base: base).json()
        return out
    }

    /// The death rates 2025…2100: Taiwan's 2023 rates times the UN medium
    /// variant's decline since 2023 (see data/README.md).
    static func mortality(
        rates2023: BySex<[Double]>, wpp: WorldPopulationProspects, years: [Int]
    ) throws -> [BySex<[Double]>] {
        // UN death rates graduated to single ages at each period midpoint.
        let widths = zip(WorldPopulationProspects.abridgedAges, WorldPopulationProspects.abridgedAges.dropFirst()).map {
            Double($1 - $0)
        }
        let mortalityGraduation = MonotoneGraduation(boundaries: WorldPopulationProspects.abridgedAges)
        let unSingle = try BySex<[[Double]]> { sex in
            let series = try midpoints.map { p -> [Double] in
                guard let groups = wpp.deathRates[p]?[sex], !groups.contains(where: \.isNaN) else {
                    throw InputError(
                        "no complete abridged death rates for the period around \(p)", file: "wpp2024/mx_abridged.csv")
                }
                return zip(groups, widths).map { $0 * $1 }
            }
            let single = try mortalityGraduation.graduate(series)
            return try zip(midpoints, single).map { p, ages in
                let withOpen = ages + [wpp.deathRates[p]![sex].last!]
                if let a = withOpen.firstIndex(where: { !($0 > 0) }) {
                    throw InputError(
                        "the graduated UN death rate at age \(a) around \(p) is not positive",
                        file: "wpp2024/mx_abridged.csv")
                }
                return withOpen
            }
        }
        /// ln m_UN(x, t), linear in t between period midpoints (and beyond 2098 along the last segment).
        func unRate(_ sex: Sex, _ t: Int) -> [Double] {
            let k = min((t - midpoints[0]) / 5, midpoints.count - 2)
            let w = Double(t - midpoints[k]) / 5
            return (0...100).map { x in exp((1 - w) * log(unSingle[sex][k][x]) + w * log(unSingle[sex][k + 1][x])) }
        }
        return years.map { t in
            BySex { sex in
                let now = unRate(sex, t)
                return (0...100).map { x in rates2023[sex][x] * now[x] / unSingle[sex][0][x] }
            }
        }

    }

    /// The age pattern of fertility in `years` (2025…2100, or the history's with earlier `midpoints`): shares
    /// of the TFR by single age (0 outside 15–49), summing to 1.
    static func fertilityPattern(
        wpp: WorldPopulationProspects, years: [Int], midpoints: [Int] = Self.midpoints
    ) throws -> [[Double]] {
        // Fertility age pattern: UN shares by group graduated to 15…49, linear between midpoints.
        let fertilityGraduation = MonotoneGraduation(boundaries: Array(stride(from: 15, through: 50, by: 5)))
        let shareSeries = try midpoints.map { p -> [Double] in
            guard let percent = wpp.fertilityPercent[p], !percent.contains(where: \.isNaN) else {
                throw InputError(
                    "no complete fertility shares for the period around \(p)",
                    file: "wpp2024/asfr_percent_by_age_group.csv")
            }
            return percent.map { $0 / 100 }
        }
        let shares = try fertilityGraduation.graduate(shareSeries)
        return try years.map { t -> [Double] in
            let single: [Double]
            if t >= midpoints.last! {
                single = shares.last!
            } else {
                let k = (t - midpoints[0]) / 5
                let w = Double(t - midpoints[k]) / 5
                single = zip(shares[k], shares[k + 1]).map { (1 - w) * $0 + w * $1 }
            }
            let total = single.reduce(0, +)
            guard abs(total - 1) < 1e-6 else {
                throw InputError(
                    "the fertility shares of \(t) add up to \(total), not 1",
                    file: "wpp2024/asfr_percent_by_age_group.csv")
            }
            return (0...100).map { a in (15..<50).contains(a) ? single[a - 15] / total : 0 }
        }

    }

    /// The TFR path columns of tfr_paths.csv and the WPP columns they come from.
    static let pathColumns: [(name: String, source: String)] = [
        ("medium", "tfr"), ("low", "tfr_low"), ("high", "tfr_high"),
        ("lower_80", "tfr_80l"), ("upper_80", "tfr_80u"), ("lower_95", "tfr_95l"), ("upper_95", "tfr_95u"),
    ]

    /// The UN TFR paths by name, plus `constant` (the 2023 estimate held); `recent` is added by ``build(moi:wpp:)``.
    static func tfrPaths(wpp: WorldPopulationProspects, years: [Int]) throws -> [String: [Double]] {
        var tfr: [String: [Double]] = [:]
        for (name, source) in pathColumns {
            tfr[name] = try years.map { t in
                guard let v = wpp.tfrProjections[t]?[source] else {
                    throw InputError("no \(source) for \(t)", file: "wpp2024/tfr_projections.csv")
                }
                return v
            }
        }
        guard let tfr2023 = wpp.tfrEstimates[mortalityYear] else {
            throw InputError("no TFR estimate for \(mortalityYear)", file: "wpp2024/tfr_estimates.csv")
        }
        tfr["constant"] = Array(repeating: tfr2023, count: years.count)

        return tfr
    }

    /// The check table: the life expectancy the bundled rates imply, beside the UN's.
    static func lifeExpectancyTable(
        rates2023: BySex<[Double]>, mortality: [BySex<[Double]>], years: [Int],
        wpp: WorldPopulationProspects
    ) throws -> String {
        var e0 = "year,sex,e0,un_e0\n"
        for (t, rates) in [(mortalityYear, rates2023)] + Array(zip(years, mortality)) {
            for sex in Sex.allCases {
                let mine = try LifeTable(deathRates: rates[sex], sex: sex).lifeExpectancyAtBirth
                let un = wpp.lifeExpectancy[t].map { CSVNumber.format($0[sex], places: 4) } ?? ""
                e0 += "\(t),\(sex.rawValue),\(CSVNumber.format(mine, places: 4)),\(un)\n"
            }
        }
        return e0

    }

    /// The registers and estimates before the base year: `history/*.csv`.
    static func historyFiles(
        moi: MinistryTables, wpp: WorldPopulationProspects
    ) throws -> [(name: String, contents: String)] {
        var out: [(name: String, contents: String)] = []
        out.append(
            (
                "history/population.csv",
                bySexAge("year,sex,age,population", moi.population.keys.sorted().map { ($0, moi.population[$0]!) })
            ))
        var deaths = "year,sex,age,deaths\n"
        for year in moi.deaths.keys.sorted() {
            for sex in Sex.allCases {
                let values = moi.deaths[year]![sex]
                for (a, v) in values.enumerated() {
                    deaths +=
                        "\(year),\(sex.rawValue),\(a == values.count - 1 ? "\(a)+" : String(a)),\(CSVNumber.exact(v))\n"
                }
            }
        }
        out.append(("history/deaths.csv", deaths))
        out.append(
            (
                "history/births.csv",
                "year,births,male,female\n"
                    + moi.births.map {
                        "\($0.year),\($0.total),\($0.male.map(String.init) ?? ""),\($0.female.map(String.init) ?? "")\n"
                    }.joined()
            ))

        // The age pattern of fertility 1993…2024, as fertility_pattern.csv is built (for backtests, which may
        // not use a pattern from after their origin).
        let past = Array(1993...baseYear)
        let patterns = try fertilityPattern(
            wpp: wpp, years: past, midpoints: Array(stride(from: 1988, through: 2098, by: 5)))
        var pattern = "year,age,share\n"
        for (t, shares) in zip(past, patterns) {
            for a in 15..<50 { pattern += "\(t),\(a),\(CSVNumber.exact(shares[a]))\n" }
        }
        out.append(("history/fertility_pattern.csv", pattern))
        out.append(
            (
                "history/tfr.csv",
                "year,tfr\n"
                    + wpp.tfrEstimates.keys.sorted().map {
                        "\($0),\(CSVNumber.exact(wpp.tfrEstimates[$0]!))\n"
                    }.joined()
            ))
        // Thousands with 3 decimals: × 1000 is a whole number of persons.
        out.append(
            (
                "history/net_migration.csv",
                "year,net_migrants\n"
                    + wpp.netMigrationEstimates.keys.sorted().map {
                        "\($0),\(CSVNumber.exact((wpp.netMigrationEstimates[$0]! * 1000).rounded()))\n"
                    }.joined()
            ))

        return out
    }

    /// An age label of the bundled data: 0…99 and 100+.
    static func label(_ a: Int) -> String { a == 100 ? "100+" : String(a) }

    /// A `year,sex,age,<value>` table, every value kept exactly.
    static func bySexAge(_ header: String, _ rows: [(Int, BySex<[Double]>)]) -> String {
        var s = header + "\n"
        for (year, values) in rows {
            for sex in Sex.allCases {
                for (a, v) in values[sex].enumerated() {
                    s += "\(year),\(sex.rawValue),\(label(a)),\(CSVNumber.exact(v))\n"
                }
            }
        }
        return s
    }
}
