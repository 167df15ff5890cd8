import Foundation
import Testing

@testable import CohortKit

@Suite("Pension ages by birth cohort")
struct PensionAgeTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    @Test("A schedule by hand: held before its first and after its last birth year; a gap is refused by name")
    func scheduleByHand() throws {
        let s = try RetirementSchedule(name: "li", ages: [1957: 60, 1958: 61, 1959: 62, 1960: 63, 1961: 64, 1962: 65])
        #expect(s.age(forBirthYear: 1940) == 60)
        #expect(s.age(forBirthYear: 1959) == 62)
        #expect(s.age(forBirthYear: 1990) == 65)
        #expect(s.range == 60...65)
        #expect(RetirementAge.schedule(s).age(forBirthYear: 1960) == 63)
        #expect(RetirementPolicy(schedule: s).retirementAge(statutory: .fixed(65)) == .schedule(s))
        let gap = #expect(throws: InputError.self) { try RetirementSchedule(name: "x", ages: [1957: 60, 1959: 62]) }
        #expect(gap?.message == "the retirement-age schedule x has no age for people born in 1958")
    }

    @Test("Taiwan's pension_ages.csv holds the Labour Insurance schedule as the source table gives it")
    func bundled() throws {
        let s = try #require(try Self.catalog.dataset("taiwan").pensionSchedules["labour-insurance"])
        // data-sources/labour/taiwan_pension_age.csv: born 1957 → 60 … 1962 → 65.
        #expect(s.ages == [1957: 60, 1958: 61, 1959: 62, 1960: 63, 1961: 64, 1962: 65])
    }

    @Test(
        "Under labour-insurance the 1959 cohort reaches pension age 62 in 2021: the registered people aged 62 at the end of 2021; nobody in 2020"
    )
    func reachingByHand() throws {
        let run = try Self.catalog.run("taiwan-medium")
        let waves = try run.retirementWaves(policy: try run.retirementPolicy("labour-insurance"))
        let table = try #require(waves.reachingTable())
        #expect(table.columns.map(\.name) == ["wave", "year", "reaching_statutory", "reaching_policy"])
        func cell(_ year: Int, _ column: Int) -> DataTable.Value? {
            table.rows.first { $0[0] == .text("first baby boom") && $0[1] == .number(Double(year)) }?[column]
        }
        // Read the registers straight from the file: both sexes, age 62, end of 2021; age 65, end of 2023.
        let pop = try CSVTable.read(
            repositoryRoot.appendingPathComponent("data/taiwan/history/population.csv"), displayName: "population.csv")
        func registered(_ year: String, _ age: String) -> Double {
            pop.records.filter { $0.fields[0] == year && $0.fields[2] == age }.reduce(0) { $0 + Double($1.fields[3])! }
        }
        #expect(cell(2021, 3) == .number(registered("2021", "62")))
        #expect(cell(2020, 3) == .number(0))
        // The statutory 65: born 1958 in 2023.
        #expect(cell(2023, 2) == .number(registered("2023", "65")))
        #expect(cell(2022, 2) == .number(0))
        // From the 1962 cohort on the two ages agree (65 in 2027).
        #expect(cell(2027, 2) == cell(2027, 3))
        // The waves table under the policy: the first wave reaches pension age 2019–2031.
        let first = try #require(waves.waves.first)
        #expect(first.calendarYears == 2019...2031)
    }

    @Test(
        "A scenario's pension_age names a schedule of its dataset, or is refused with the key and the schedules there are"
    )
    func scenarioKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pension-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("li.toml"), bad = folder.appendingPathComponent("bad.toml")
        try "dataset = \"taiwan\"\n[analysis]\npension_age = \"labour-insurance\"\n".write(
            to: good, atomically: true, encoding: .utf8)
        try "dataset = \"taiwan\"\n[analysis]\npension_age = \"civil-service\"\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let run = try Self.catalog.run(good.path)
        #expect(try run.pensionPolicy()?.schedule?.name == "labour-insurance")
        #expect(try run.retirementWaves().policy != nil)
        let error = #expect(throws: InputError.self) { try Self.catalog.run(bad.path) }
        #expect(error?.key == "analysis.pension_age")
        #expect(
            error?.message
                == "civil-service is neither an age nor a schedule of the dataset taiwan's pension_ages.csv (it has labour-insurance)"
        )
    }
}

@Suite("Pension claims by year")
struct PensionClaimTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    @Test(
        "taiwan-labour-insurance by hand, 2025: at pension age 10% of the 1961 cohort (64); early 8% of each of 1962–1965 (63…60)"
    )
    func byHand() throws {
        let run = try Self.catalog.run("taiwan-labour-insurance")
        let waves = try run.retirementWaves()
        let policy = try #require(waves.policy)
        let claims = policy.claims(try #require(waves.claiming))
        let c2025 = try #require(claims.first { $0.year == 2025 })
        let p = try #require(policy.result.population(in: 2025))
        func both(_ a: Int) -> Double { p.female[a] + p.male[a] }
        // Cohort b claims at A(b) + o in year b + A(b) + o. In 2025: o = 2025 − b − A(b).
        // 1960 (A 63): o = +2, late; 1961 (A 64): o = 0, at pension age, aged 64;
        // 1962…1965 (A 65): o = −2…−5, early, aged 63…60; 1966: o = −6, outside the offsets.
        #expect(isClose(c2025.onTime, 0.1 * both(64)))
        #expect(isClose(c2025.early, 0.08 * (both(60) + both(61) + both(62) + both(63))))
        // Late in 2025: 1960 (+2, aged 65), 1959 (A 62: o = +4, aged 66), 1958 (A 61: o = +6, outside),
        // 1957 and before (A 60): o = 2025 − b − 60 ≤ 5 for b ≥ 1960 only, so none; 1961 and later are not late.
        #expect(isClose(c2025.late, 0.1 * (both(65) + both(66))))
        let bad = #expect(throws: InputError.self) { try PensionClaiming(shares: [-1: 0.6, 1: 0.6]) }
        #expect(bad?.message == "the claiming shares add up to 1.2; at most 1 (the rest never claim)")
    }
}
