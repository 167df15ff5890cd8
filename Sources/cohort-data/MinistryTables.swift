import CohortKit
import Foundation

/// The Ministry of the Interior's household-registration tables in
/// `data-sources/moi/` (see SOURCES.md), read and checked.
struct MinistryTables {
    /// End-year registered population by sex, ages 0…99 and 100+ (101 values), 1992…2024.
    var population: [Int: BySex<[Double]>] = [:]
    /// Deaths of each calendar year by sex and age, ages 0…ω and the open group ω+
    /// (ω = 100 from 1998; for 1975…1997 the source stops at 95, written `95`,
    /// which is the open group 95+).
    var deaths: [Int: BySex<[Double]>] = [:]
    /// Registered births by year of registration: total, and by sex from 1980.
    var births: [(year: Int, total: Int, male: Int?, female: Int?)] = []

    static func load(from folder: URL) throws -> MinistryTables {
        var tables = MinistryTables()
        let pop = try CSVTable.read(
            folder.appendingPathComponent("population_by_single_age.csv"),
            displayName: "moi/population_by_single_age.csv")
        let py = try pop.requireColumn("year_end"), ps = try pop.requireColumn("sex"),
            pa = try pop.requireColumn("age"), pv = try pop.requireColumn("population")
        for r in pop.records {
            let year = try pop.integer(r, py), sex = try pop.sex(r, ps)
            let age = try pop.age(r, pa, openAge: 100).age
            tables.population[year, default: BySex { _ in Array(repeating: .nan, count: 101) }][sex][age] =
                try pop.number(r, pv)
        }
        for (year, p) in tables.population where p.female.contains(where: \.isNaN) || p.male.contains(where: \.isNaN) {
            throw InputError("\(year) lacks an age", file: pop.file)
        }

        let d = try CSVTable.read(
            folder.appendingPathComponent("deaths_by_single_age.csv"), displayName: "moi/deaths_by_single_age.csv")
        let dy = try d.requireColumn("year"), ds = try d.requireColumn("sex"), da = try d.requireColumn("age"),
            dv = try d.requireColumn("deaths")
        var rows: [Int: BySex<[Int: Double]>] = [:]
        for r in d.records {
            let year = try d.integer(r, dy), sex = try d.sex(r, ds)
            let age = try d.age(r, da, openAge: nil).age
            rows[year, default: BySex { _ in [:] }][sex][age] = try d.number(r, dv)
        }
        for (year, bySex) in rows {
            tables.deaths[year] = try BySex { sex in
                let ages = bySex[sex]
                guard let omega = ages.keys.max(), ages.count == omega + 1 else {
                    throw InputError("\(year) \(sex): ages are not 0…ω without gaps", file: d.file)
                }
                return (0...omega).map { ages[$0]! }
            }
        }

        let b = try CSVTable.read(folder.appendingPathComponent("births.csv"), displayName: "moi/births.csv")
        let by = try b.requireColumn("year"), bt = try b.requireColumn("births"), bm = try b.requireColumn("male"),
            bf = try b.requireColumn("female")
        for r in b.records {
            func optional(_ c: Int) throws -> Int? { b.text(r, c).isEmpty ? nil : try b.integer(r, c) }
            tables.births.append((try b.integer(r, by), try b.integer(r, bt), try optional(bm), try optional(bf)))
        }
        tables.births.sort { $0.year < $1.year }
        return tables
    }
}
