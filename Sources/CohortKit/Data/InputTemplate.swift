import Foundation

/// A small, valid input set to start from (`cohort template`): every file of
/// an input set for a made-up population, by single years of age or by the
/// UN's 5-year groups, with a README that explains each column, its unit and
/// the time convention, and a scenario file that uses it.
///
/// The population (ages 0…84 and 85+, base year 2024, rates for 2025…2034)
/// is invented: 20,000 women at age 0 falling by 0.4% a year of age (men 2%
/// more; 40,000 women at 85+); death rates m(x) = 0.0001·e^(0.085·x) above age 0
/// (0.004 at age 0; men's 1.3 times women's); fertility 0.08 per woman per year
/// at 28–32, 0.006 less for every further year of age, 0.014 at 17 and 43 and
/// none outside; 1.05 boys per girl; 1,000 net immigrants a year at ages 20–29.
public enum InputTemplate {
    /// How the template gives ages.
    public enum Ages: String, Sendable, CaseIterable {
        /// Single years of age, 0…84 and 85+.
        case single
        /// Groups: population and migrants by `0-4` … `80-84`, `85+`; death rates by `0`, `1-4`, `5-9`, …;
        /// fertility by `15-19` … `45-49`.
        case five = "5"
    }

    /// The template's inputs, by single year of age.
    public static func inputs() -> ProjectionInputs {
        let omega = 85
        let population = BySex { sex in
            (0...omega).map { a in (a == omega ? 40_000 : 20_000 * pow(0.996, Double(a))) * (sex == .male ? 1.02 : 1) }
        }
        let mortality = BySex<MortalitySchedule> { sex in
            .deathRates(
                (0...omega).map { a in (a == 0 ? 0.004 : 0.0001 * exp(0.085 * Double(a))) * (sex == .male ? 1.3 : 1) })
        }
        let fertility = (0...omega).map { a -> Double in
            guard (17...43).contains(a) else { return 0 }
            return (28...32).contains(a) ? 0.08 : Swift.max(0.01, 0.08 - 0.006 * Double(abs(a - 30) - 2))
        }
        let migrants = BySex { _ in (0...omega).map { (20...29).contains($0) ? 50.0 : 0 } }
        return ProjectionInputs(
            baseYear: 2024, basePopulation: population,
            years: (2025...2034).map { year in
                YearInputs(
                    year: year, mortality: mortality, fertility: fertility, sexRatioAtBirth: 1.05, netMigrants: migrants
                )
            })
    }

    /// The files: the input set (`population.csv`, `mortality.csv`, `fertility.csv`, `srb.csv`, `migration.csv`),
    /// `README.md` and `scenario.toml`.
    public static func files(ages: Ages) throws -> [(name: String, contents: String)] {
        let inputs = inputs()
        var files = try inputs.files()
        if ages == .five { files = files.map { ($0.name, grouped($0.name, $0.contents, inputs: inputs)) } }
        files.append(("README.md", readme(ages: ages)))
        files.append(
            (
                "scenario.toml",
                """
                # A scenario on this input set: `cohort project --scenario scenario.toml`.
                description = "The template's made-up population"
                inputs = "."

                """
            ))
        return files
    }

    /// A file of single ages regrouped: counts summed, death and fertility rates averaged over the group
    /// (weighted by the base population for death rates, unweighted for fertility).
    static func grouped(_ name: String, _ text: String, inputs: ProjectionInputs) -> String {
        guard name != "srb.csv" else { return text }
        let omega = inputs.openAge
        let groups: [AgeSpan] =
            switch name {
            case "mortality.csv": AgeSpan.abridged(openAge: omega)
            case "fertility.csv": stride(from: 15, through: 45, by: 5).map { AgeSpan(lower: $0, upper: $0 + 4) }
            default: AgeSpan.fiveYear(openAge: omega)
            }
        let lines = text.split(separator: "\n").map(String.init)
        var out = lines[0] + "\n"
        var rows: [(key: String, age: Int, value: Double)] = []
        let bySex = lines[0].hasPrefix("year,sex,")
        for line in lines.dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            let key = bySex ? f[0] + "," + f[1] : f[0]
            rows.append((key, Int(f[bySex ? 2 : 1].replacingOccurrences(of: "+", with: ""))!, Double(f.last!)!))
        }
        var keys: [String] = []
        for r in rows where !keys.contains(r.key) { keys.append(r.key) }
        for key in keys {
            let mine = Dictionary(rows.filter { $0.key == key }.map { ($0.age, $0.value) }, uniquingKeysWith: +)
            let sex: Sex = key.hasSuffix(",male") ? .male : .female
            for g in groups {
                let ages = g.ages(openAge: omega)
                let values = ages.map { mine[$0] ?? 0 }
                let value: Double
                switch name {
                case "mortality.csv":
                    let w = ages.map { inputs.basePopulation[sex][$0] }
                    value = zip(values, w).map(*).reduce(0, +) / w.reduce(0, +)
                case "fertility.csv": value = values.reduce(0, +) / Double(values.count)
                default: value = values.reduce(0, +)
                }
                out += "\(key),\(g),\(CSVNumber.exact(value))\n"
            }
        }
        return out
    }

    static func readme(ages: Ages) -> String {
        let example =
            ages == .five
            ? "groups such as `35-39` (first and last age, inclusive) and the open group `85+`"
            : "single years of age `0`, `1`, … and the open group `85+`"
        return """
            # An input set for Cohort

            A made-up population to replace with your own numbers, then check with
            `cohort validate --inputs .` and project with `cohort project --inputs .`
            (or `cohort project --scenario scenario.toml`). Ages are \(example);
            any file may use single ages, groups of any width, or both, as long as each
            year's and sex's ages tile 0…ω−1 and end with the open group ω+ (fertility:
            any run of ages). Groups are graduated to single years when the files are read.

            **Time.** A population labelled Y is the population at 31 December of Y.
            The rates labelled Y take the population at the end of Y−1 to the end of Y,
            so the base year 2024 needs rates from 2025; the years of `mortality.csv`
            are the projected years, and every other file must cover the same years.

            | file | columns | unit |
            |---|---|---|
            | `population.csv` | `year,sex,age,population` | persons, one base year, both sexes, every age to the open group |
            | `mortality.csv` | `year,sex,age,mx` (or `survival`, single ages only) | deaths per person-year (central death rate m(x)), or survival ratios 0–1 |
            | `fertility.csv` | `year,age,asfr` | births per woman per year; ages without a row have none; the TFR is their sum over single ages |
            | `srb.csv` | `year,srb` | male births per female birth (about 1.05) |
            | `migration.csv` | `year,sex,age,net_migrants` | persons during the year, negative for emigration; optional |

            `sex` is `female` or `male`. Files are UTF-8 CSV with a header row, `.` as the
            decimal mark and no thousands separators; extra columns are ignored.

            """
    }
}
