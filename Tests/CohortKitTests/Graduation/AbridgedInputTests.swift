import Foundation
import Testing

@testable import CohortKit

/// Input files by age groups (`0`, `1-4`, `5-9`, …, `100+`), graduated to single ages when loaded.
@Suite("Abridged inputs")
struct AbridgedInputTests {
    /// The UN's abridged groups: 0, 1–4, 5–9, …, 95–99, then 100+.
    static let groups: [AgeSpan] =
        [AgeSpan(lower: 0, upper: 0), AgeSpan(lower: 1, upper: 4)]
        + stride(from: 5, through: 95, by: 5).map { AgeSpan(lower: $0, upper: $0 + 4) } + [
            AgeSpan(lower: 100, upper: nil)
        ]

    /// The ages of a group (the open group as 100).
    static func ages(_ g: AgeSpan) -> ClosedRange<Int> { g.lower...(g.upper ?? 100) }

    /// Taiwan's 2023 deaths and exposures by sex and single age 0…100+ (data/taiwan/mortality_2023.csv).
    static func ministry2023() throws -> BySex<(deaths: [Double], exposure: [Double])> {
        let rows = try String(
            contentsOf: repositoryRoot.appendingPathComponent("data/taiwan/mortality_2023.csv"), encoding: .utf8
        )
        .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        return BySex { sex in
            let mine = rows.filter { $0[1] == sex.rawValue }
            return (mine.map { Double($0[3])! }, mine.map { Double($0[4])! })
        }
    }

    /// The textbook abridged life table of group rates `m` (groups of ``groups``):
    /// nqx = n·m / (1 + (n − a)·m), a = n/2 except a(0) by Andreev–Kingkade;
    /// nLx = n·l(x + n) + a·ndx; the open group lives l(100)/m(100+).
    static func abridgedTable(_ m: [Double], sex: Sex) -> (survivors: [Int: Double], e0: Double) {
        var l = 1.0, lived = 0.0
        var survivors: [Int: Double] = [0: 1]
        for (g, rate) in zip(groups.dropLast(), m) {
            let n = Double(g.width!)
            let a = g.lower == 0 ? AndreevKingkade.infantSeparationFactor(m0: rate, sex: sex) : n / 2
            let q = n * rate / (1 + (n - a) * rate)
            let next = l * (1 - q)
            lived += n * next + a * (l - next)
            l = next
            survivors[g.upper! + 1] = l
        }
        return (survivors, lived + l / m.last!)
    }

    /// Every group's rate from Taiwan's 2023 deaths and exposures.
    static func groupRates(_ d: (deaths: [Double], exposure: [Double])) -> [Double] {
        groups.map { g in ages(g).map { d.deaths[$0] }.reduce(0, +) / ages(g).map { d.exposure[$0] }.reduce(0, +) }
    }

    static func graduatedDeathRates(_ m: [Double], sex: Sex) throws -> [Double] {
        var series = GroupedSeries()
        for (i, (g, rate)) in zip(groups, m).enumerated() {
            series.rows.append(.init(span: g, value: rate, line: i + 2))
        }
        return try series.singleAges(kind: .deathRates, openAge: 100, file: "mortality.csv", what: "2023, \(sex)")
    }

    @Test(
        "Graduated abridged death rates keep the abridged life table's e(0) within 0.05 year and l(5), l(15), …, l(85) within 0.5%"
    )
    func againstTheAbridgedTable() throws {
        let data = try Self.ministry2023()
        for sex in Sex.allCases {
            let m = Self.groupRates(data[sex])
            let abridged = Self.abridgedTable(m, sex: sex)
            let single = try LifeTable(deathRates: try Self.graduatedDeathRates(m, sex: sex), sex: sex)
            #expect(
                abs(single.lifeExpectancyAtBirth - abridged.e0) < 0.05,
                "\(sex): e(0) \(single.lifeExpectancyAtBirth) against the abridged table's \(abridged.e0)")
            for x in [5, 15, 25, 35, 45, 55, 65, 75, 85] {
                let expected = try #require(abridged.survivors[x])
                #expect(
                    abs(single.survivors[x] / expected - 1) < 0.005,
                    "\(sex): l(\(x)) \(single.survivors[x]) against \(expected)")
            }
        }
    }

    /// The abridged rates come from Taiwan's own single-age deaths, so the complete table is known: the graduation
    /// recovers its e(0) to 0.03 year. Survivorship to 85 differs by up to 1.1% (men): the group rates are weighted
    /// by the 2023 population within each group, not by the life table's, which no graduation can undo.
    @Test("Against Taiwan's complete 2023 table: e(0) within 0.05 year, l(5…75) within 0.5%, l(85) within 1.5%")
    func againstTheCompleteTable() throws {
        let data = try Self.ministry2023()
        for sex in Sex.allCases {
            let (deaths, exposure) = data[sex]
            let complete = try LifeTable(deathRates: zip(deaths, exposure).map { $0 / $1 }, sex: sex)
            let single = try LifeTable(
                deathRates: try Self.graduatedDeathRates(Self.groupRates(data[sex]), sex: sex), sex: sex)
            #expect(
                abs(single.lifeExpectancyAtBirth - complete.lifeExpectancyAtBirth) < 0.05,
                "\(sex): e(0) \(single.lifeExpectancyAtBirth) against \(complete.lifeExpectancyAtBirth)")
            for x in stride(from: 5, through: 85, by: 10) {
                let gap = abs(single.survivors[x] / complete.survivors[x] - 1)
                #expect(
                    gap < (x == 85 ? 0.015 : 0.005),
                    "\(sex): l(\(x)) \(single.survivors[x]) against \(complete.survivors[x])")
            }
        }
    }

    /// A folder holding `files`.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-abridged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    /// data/taiwan's input set with every file by the groups 0, 1-4, 5-9, …, 95-99, 100+ (fertility 15-19 … 45-49):
    /// population and migrants summed, death rates weighted by the base population, fertility rates averaged.
    static func abridgedTaiwan() throws -> (single: ProjectionInputs, folder: URL) {
        let single = try ProjectionInputs.load(from: repositoryRoot.appendingPathComponent("data/taiwan"))
        let p = single.basePopulation
        func rows(
            _ header: String, _ years: [(Int, BySex<[Double]>)], _ value: (BySex<[Double]>, Sex, AgeSpan) -> Double
        ) -> String {
            var text = header + "\n"
            for (year, v) in years {
                for sex in Sex.allCases {
                    for g in groups { text += "\(year),\(sex.rawValue),\(g),\(CSVNumber.exact(value(v, sex, g)))\n" }
                }
            }
            return text
        }
        let sum: (BySex<[Double]>, Sex, AgeSpan) -> Double = { v, sex, g in ages(g).map { v[sex][$0] }.reduce(0, +) }
        let rates: [(Int, BySex<[Double]>)] = single.years.map { y in
            (
                y.year,
                y.mortality.map { schedule in if case .deathRates(let m) = schedule { return m } else { return [] } }
            )
        }
        var fertility = "year,age,asfr\n"
        for y in single.years {
            for lower in stride(from: 15, through: 45, by: 5) {
                let mean = (lower...(lower + 4)).map { y.fertility[$0] }.reduce(0, +) / 5
                fertility += "\(y.year),\(lower)-\(lower + 4),\(CSVNumber.exact(mean))\n"
            }
        }
        let folder = try folder([
            "population.csv": rows("year,sex,age,population", [(single.baseYear, p)], sum),
            "mortality.csv": rows("year,sex,age,mx", rates) { m, sex, g in
                ages(g).map { m[sex][$0] * p[sex][$0] }.reduce(0, +) / ages(g).map { p[sex][$0] }.reduce(0, +)
            },
            "fertility.csv": fertility,
            "srb.csv": "year,srb\n"
                + single.years.map { "\($0.year),\(CSVNumber.exact($0.sexRatioAtBirth))\n" }.joined(),
            "migration.csv": rows("year,sex,age,net_migrants", single.years.map { ($0.year, $0.netMigrants!) }, sum),
        ])
        return (single, folder)
    }

    @Test(
        "Population, births and migrants by group are kept to 1e-9 when graduated; a regrouped population equals the groups"
    )
    func totalsKept() throws {
        let (single, folder) = try Self.abridgedTaiwan()
        let loaded = try ProjectionInputs.load(from: folder)
        #expect(loaded.openAge == 100 && loaded.years.count == single.years.count)
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * Swift.max(1, abs(b)) }
        for sex in Sex.allCases {
            #expect(loaded.basePopulation[sex].allSatisfy { $0 >= 0 })
            for g in Self.groups {
                let graduated = Self.ages(g).map { loaded.basePopulation[sex][$0] }.reduce(0, +)
                let original = Self.ages(g).map { single.basePopulation[sex][$0] }.reduce(0, +)
                #expect(close(graduated, original), "population \(sex) \(g): \(graduated) against \(original)")
            }
        }
        for (a, b) in zip(loaded.years, single.years) {
            #expect(
                close(a.totalFertilityRate, b.totalFertilityRate),
                "TFR \(a.year): \(a.totalFertilityRate) against \(b.totalFertilityRate)")
            for sex in Sex.allCases {
                for g in Self.groups {
                    let graduated = Self.ages(g).map { a.netMigrants![sex][$0] }.reduce(0, +)
                    let original = Self.ages(g).map { b.netMigrants![sex][$0] }.reduce(0, +)
                    #expect(
                        abs(graduated - original) <= 1e-9 * Swift.max(1, abs(original)),
                        "migrants \(a.year) \(sex) \(g)")
                }
            }
        }
        // Some of Taiwan's migrant groups are negative: the graduation keeps their sign and their total.
        #expect(single.years[0].netMigrants!.female.prefix(5).reduce(0, +) < 0)
    }

    @Test("An abridged Taiwan projects within 0.3% of the single-age one in 2070, total and 15–64")
    func projects() throws {
        let (single, folder) = try Self.abridgedTaiwan()
        let a = try Projection.run(try ProjectionInputs.load(from: folder)), b = try Projection.run(single)
        for ages in [0...Int.max, 15...64] {
            let x = a.persons(in: 2070, ages: ages)!, y = b.persons(in: 2070, ages: ages)!
            #expect(abs(x / y - 1) < 0.003, "\(ages): \(x) against \(y)")
        }
    }

    @Test(
        "Groups that do not tile the ages are refused with the missing or doubled ages, file and line",
        arguments: [
            (
                "0,10\n1-4,20\n10-99,30\n100+,1\n",
                "population.csv:4: column age: ages 5–9 are missing for female (between 1-4 (line 3) and 10-99)"
            ),
            (
                "0,10\n1-4,20\n4-99,30\n100+,1\n",
                "population.csv:4: column age: age 4 is in two groups for female: 1-4 (line 3) and 4-99"
            ),
            (
                "0,10\n1-4,20\n5-98,30\n100+,1\n",
                "population.csv:5: column age: age 99 is missing for female (between 5-98 (line 4) and 100+)"
            ),
            ("1-4,20\n5-99,30\n100+,1\n", "population.csv:2: column age: age 0 is missing for female (before 1-4)"),
            (
                "0,10\n4-1,20\n",
                "population.csv:3: column age: the age group 4-1 ends before it starts; write the first age, then the last (1-4)"
            ),
            (
                "0,10\n1-4x,20\n",
                "population.csv:3: column age: \"1-4x\" is not an age; write a year of age (37), a group with its first and last age (35-39), or the open group (100+)"
            ),
        ])
    func tiling(rows: String, expected: String) throws {
        let male = "2024,male,0-99,100\n2024,male,100+,1\n"
        let population =
            "year,sex,age,population\n" + rows.split(separator: "\n").map { "2024,female,\($0)\n" }.joined() + male
        let folder = try Self.folder([
            "population.csv": population, "mortality.csv": "year,sex,age,mx\n",
            "fertility.csv": "year,age,asfr\n", "srb.csv": "year,srb\n",
        ])
        expectInputError(expected.split(separator: ": ", maxSplits: 2).last.map(String.init)!) {
            _ = try ProjectionInputs.load(from: folder)
        }
        do {
            _ = try ProjectionInputs.load(from: folder)
        } catch let error as InputError {
            #expect("\(error)".hasSuffix(expected), "\(error)")
        }
    }

    @Test("Survival ratios by age group are refused: they are read by single year of age only")
    func survivalByGroup() throws {
        let folder = try Self.folder([
            "population.csv":
                "year,sex,age,population\n2024,female,0,1\n2024,female,1+,1\n2024,male,0,1\n2024,male,1+,1\n",
            "mortality.csv": "year,sex,age,survival\n2025,female,0-0,0.9\n",
            "fertility.csv": "year,age,asfr\n", "srb.csv": "year,srb\n2025,1.05\n",
        ])
        expectInputError(
            "survival ratios are read by single year of age only; for age groups give death rates (an mx column)"
        ) {
            _ = try ProjectionInputs.load(from: folder)
        }
    }

    /// The UN's own abridged rates for Taiwan, 2020–2025 (data-sources/wpp2024/mx_abridged.csv), graduated: the
    /// single-age e(0) against the UN's annual e(0) averaged over the period's years 2020–2024 (estimates to 2023,
    /// the medium projection for 2024). Measured: 83.70 against 83.85 (women), 77.58 against 77.63 (men). A mean of
    /// annual e(0) is not the e(0) of the period's rates, so this is a check on scale, not an identity.
    @Test("The UN's abridged rates for Taiwan 2020–2025, graduated, give the UN's e(0) of those years to 0.3 year")
    func unTaiwan() throws {
        let rows = try String(
            contentsOf: repositoryRoot.appendingPathComponent("data-sources/wpp2024/mx_abridged.csv"), encoding: .utf8
        )
        .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }.filter { $0[0] == "2023" }
        let e0 = try ["e0_estimates.csv", "e0_projections.csv"].flatMap { name in
            try String(
                contentsOf: repositoryRoot.appendingPathComponent("data-sources/wpp2024/\(name)"), encoding: .utf8
            )
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
            .filter { (2020...2024).contains(Int($0[0])!) }
        }
        for (sex, rateColumn, e0Column) in [(Sex.female, 4, 2), (.male, 3, 1)] {
            let m = rows.map { Double($0[rateColumn])! }
            #expect(m.count == Self.groups.count)
            let single = try LifeTable(deathRates: try Self.graduatedDeathRates(m, sex: sex), sex: sex)
                .lifeExpectancyAtBirth
            let un = e0.map { Double($0[e0Column])! }.reduce(0, +) / Double(e0.count)
            #expect(e0.count == 5)
            #expect(abs(single - un) < 0.3, "\(sex): \(single) against the UN's \(un)")
        }
    }
}
