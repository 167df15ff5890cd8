import Foundation
import Testing

@testable import CohortKit

@Suite("Labour force: participation rates, the projection and its flows")
struct LabourForceTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    static func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labour-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(
        "Rates by hand: a group's rate at each of its ages, linear between given years, held outside them, 0 where no row"
    )
    func interpolation() throws {
        let url = try Self.write(
            "year,sex,age,rate\n2016,both,60-64,0.364\n2021,both,60-64,0.386\n2016,female,65+,0.05\n2016,male,65+,0.12\n"
        )
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try LabourRates.load(url, displayName: "labour.csv", openAge: 100)
        #expect(!r.bothSexes)
        // 2018: 0.364 + (2/5)(0.386 − 0.364) = 0.3728.
        #expect(isClose(r.rates(in: 2018).male[62], 0.3728))
        #expect(r.rates(in: 2010).female[60] == 0.364)
        #expect(r.rates(in: 2040).female[64] == 0.386)
        #expect(r.rates(in: 2030).female[100] == 0.05 && r.rates(in: 2030).male[70] == 0.12)
        #expect(r.rates(in: 2030).female[30] == 0)
    }

    @Test("Bad labour.csv rows: an age given twice names both lines; a percentage is caught; a group past the open age")
    func errors() throws {
        let twice = try Self.write("year,sex,age,rate\n2016,both,60-64,0.364\n2016,female,62,0.4\n")
        let percent = try Self.write("year,sex,age,rate\n2016,both,60-64,36.4\n")
        let past = try Self.write("year,sex,age,rate\n2016,both,95-104,0.01\n")
        defer { for u in [twice, percent, past] { try? FileManager.default.removeItem(at: u) } }
        let e1 = #expect(throws: InputError.self) {
            try LabourRates.load(twice, displayName: "labour.csv", openAge: 100)
        }
        #expect(e1?.message == "age 62 of female in 2016 is given twice (first on line 2)")
        #expect(e1?.line == 3 && e1?.file == "labour.csv")
        let e2 = #expect(throws: InputError.self) {
            try LabourRates.load(percent, displayName: "labour.csv", openAge: 100)
        }
        #expect(e2?.message == "36.4 is not a rate in 0…1 (a percentage? write 0.364)")
        let e3 = #expect(throws: InputError.self) {
            try LabourRates.load(past, displayName: "labour.csv", openAge: 100)
        }
        #expect(e3?.message == "the age group 95-104 reaches the open age group 100+ of population.csv")
    }

    @Test("A target by hand: 65–69 from 9.6% (held since 2022) in the base year 2024 to 53.6% in 2040 is 31.6% in 2032")
    func target() throws {
        let rates = try #require(try Self.catalog.dataset("taiwan").labour)
        let target = LabourTarget(ages: AgeSpan(lower: 65, upper: 69), rate: 0.536, year: 2040)
        let moved = try rates.moved(towards: [target], from: 2024)
        // 0.096 + (8/16)(0.536 − 0.096) = 0.316; the base year keeps its 0.096.
        #expect(isClose(moved.rates(in: 2032).female[67], 0.316))
        #expect(moved.rates(in: 2024).female[67] == 0.096)
        #expect(moved.rates(in: 2045).male[69] == 0.536)
        #expect(moved.rates(in: 2045).male[70] == 0.096)
        // Without a base year the path starts at the last given year, 2022: (10/18)(0.44) + 0.096.
        let fromData = try rates.moved(towards: [target])
        #expect(isClose(fromData.rates(in: 2032).male[65], 0.096 + 0.44 * 10 / 18))
        let early = #expect(throws: InputError.self) {
            try rates.moved(
                towards: [LabourTarget(ages: AgeSpan(lower: 65, upper: 69), rate: 0.5, year: 2020)], from: 2024)
        }
        #expect(early?.message == "the target for ages 65-69 in 2020 is not after 2024, the base year")
    }

    @Test(
        "The 2016 schedule on the registered end-2016 population: participation 15+ against the published 58.8%; 2018's labour force against NDC's 11.874 million"
    )
    func publishedChecks() throws {
        let data = try Self.catalog.dataset("taiwan")
        let rates = try #require(data.labour)
        let history = try data.history()
        let p2016 = try #require(history.populations[2016]), p2018 = try #require(history.populations[2018])
        let lf2016 = LabourForceYear.labourForce(p2016, rates: rates.rates(in: 2016))
        let adults = (15...100).reduce(0.0) { $0 + p2016.female[$1] + p2016.male[$1] }
        let participation = (lf2016.female + lf2016.male) / adults
        // DGBAS: 58.8% of the civilian population 15+ (annual average); the registers count everyone at 31 December.
        #expect(abs(participation - 0.588) < 0.001, "\(participation)")  // 0.58789
        let lf2018 = LabourForceYear.labourForce(p2018, rates: rates.rates(in: 2018))
        let total2018 = lf2018.female + lf2018.male
        #expect(abs(total2018 / 11_874_000 - 1) < 0.03, "\(total2018)")  // 11,989,580: +0.97%
    }

    @Test(
        "Every projected year: LF(Y) − LF(Y−1) = entrants − exits + rate change + deaths + net migrants; migrants as Σ M(x)·r(x)"
    )
    func balance() throws {
        let run = try Self.catalog.run("taiwan-medium")
        let analysis = try run.analyse()
        let rates = try #require(run.analysis.labour)
        var checked = 0
        for i in analysis.indicators {
            let lf = try #require(i.labour)
            guard let f = lf.flows else { continue }
            let sum = f.entrants - f.exits + f.rateChange + (f.deaths ?? 0) + f.netMigrants
            #expect(isClose(sum, f.change, relative: 1e-9, absolute: 1e-6), "\(i.year)")
            // Net migrants by cohort (end-of-year age) times the year's rate, straight from the projection's records.
            let c = try #require(analysis.result.components(in: i.year))
            let r = rates.rates(in: i.year)
            var migrants = 0.0
            for sex in Sex.allCases { for x in 0...100 { migrants += c[sex].netMigrantsByAge![x, 0] * r[sex][x] } }
            #expect(isClose(f.netMigrants, migrants, relative: 1e-6, absolute: 1), "\(i.year)")
            // The bundled rates stop in 2022: from 2024 on they do not change.
            #expect(f.rateChange == 0)
            #expect(f.entrants > 0 && f.exits > 0 && (f.deaths ?? 0) < 0)
            // By age, they add up to the totals; nobody enters before 15 (the rates are 0 there).
            #expect(isClose(f.entrantsByAge.reduce(0, +), f.entrants) && isClose(f.exitsByAge.reduce(0, +), f.exits))
            #expect(f.entrantsByAge[0..<15].allSatisfy { $0 == 0 })
            checked += 1
        }
        #expect(checked == 46)
    }
}

@Suite("Labour scenarios and the participation that would hold the labour force")
struct LabourScenarioTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    @Test(
        "taiwan-older-workers-japan moves 65–69 to 53.6% and 70–74 to 35.1% by 2040 from the base year, 65+ otherwise as the medium"
    )
    func japanScenario() throws {
        let run = try Self.catalog.run("taiwan-older-workers-japan")
        let rates = try #require(run.analysis.labour)
        #expect(rates.rates(in: 2024).female[67] == 0.096)
        // 0.096 + (6/16)(0.536 − 0.096) = 0.261 in 2030.
        #expect(isClose(rates.rates(in: 2030).male[66], 0.261))
        #expect(rates.rates(in: 2040).female[72] == 0.351 && rates.rates(in: 2040).female[75] == 0.096)
        // The base year's labour force is the medium's; 2040's is larger.
        let medium = try Self.catalog.run("taiwan-medium").project(), japan = try run.project()
        #expect(medium.value(.labourForce, year: 2024) == japan.value(.labourForce, year: 2024))
        #expect(japan.value(.labourForce, year: 2040)! > medium.value(.labourForce, year: 2040)!)
    }

    @Test("The participation needed at 55–69: the formula worked from the population and rates straight from the run")
    func required() throws {
        let run = try Self.catalog.run("taiwan-medium")
        let analysis = try run.analyse()
        let rows = try #require(analysis.requiredParticipation(band: 55...69, holding: 2024, years: [2040]))
        let r = try #require(rows.first)
        let rates = try #require(run.analysis.labour)
        let p2024 = analysis.result.population(in: 2024)!, p2040 = analysis.result.population(in: 2040)!
        let r2024 = rates.rates(in: 2024), r2040 = rates.rates(in: 2040)
        var target = 0.0, other = 0.0, band = 0.0
        for sex in Sex.allCases {
            for a in 0...100 {
                target += p2024[sex][a] * r2024[sex][a]
                if (55...69).contains(a) { band += p2040[sex][a] } else { other += p2040[sex][a] * r2040[sex][a] }
            }
        }
        #expect(isClose(r.target, target) && isClose(r.population, band) && isClose(r.elsewhere, other))
        #expect(isClose(r.needed, (target - other) / band))
        // At the needed rate the labour force is the 2024 one.
        #expect(isClose(r.needed * r.population + r.elsewhere, r.target))
    }

    @Test(
        "[labour] in a scenario file: targets are read; a percentage, a bad age group and an unknown key are refused by key"
    )
    func parsing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labour-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func scenario(_ labour: String) throws -> URL {
            let url = folder.appendingPathComponent("s\(UUID().uuidString.prefix(6)).toml")
            try "extends = \"taiwan-medium\"\n[labour]\n\(labour)\n".write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let good = try Self.catalog.run(
            try scenario("target = [{ages = \"60-64\", rate = 0.55, year = 2035, sex = \"female\"}]").path)
        #expect(
            good.scenario?.labourTargets == [
                LabourTarget(ages: AgeSpan(lower: 60, upper: 64), rate: 0.55, year: 2035, sex: .female)
            ])
        #expect(
            good.analysis.labour!.rates(in: 2035).female[62] == 0.55
                && good.analysis.labour!.rates(in: 2035).male[62] == 0.386)
        let percent = #expect(throws: InputError.self) {
            try Self.catalog.run(try scenario("target = [{ages = \"65-69\", rate = 53.6, year = 2040}]").path)
        }
        #expect(percent?.message == "a rate of 53.6 is not a fraction in 0…1 (a percentage? write 0.536)")
        #expect(percent?.key == "labour.target")
        let ages = #expect(throws: InputError.self) {
            try Self.catalog.run(try scenario("target = [{ages = \"69-65\", rate = 0.5, year = 2040}]").path)
        }
        #expect(
            ages?.message == "the age group 69-65 ends before it starts; write the first age, then the last (65-69)")
        let unknown = #expect(throws: InputError.self) {
            try Self.catalog.run(try scenario("rates = \"x.csv\"").path)
        }
        #expect(unknown?.message == "unknown key; this table knows rates_csv, target" && unknown?.key == "labour.rates")
    }
}
