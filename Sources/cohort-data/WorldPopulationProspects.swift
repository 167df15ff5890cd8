import CohortKit
import Foundation

/// The UN World Population Prospects 2024 tables in `data-sources/wpp2024/`
/// (location 158; counts in thousands; medium variant unless named).
struct WorldPopulationProspects {
    /// Abridged central death rates by period midpoint (1953, 1958, …, 2098),
    /// by sex, for ages 0, 1–4, 5–9, …, 95–99, 100+ (22 groups).
    var deathRates: [Int: BySex<[Double]>] = [:]
    /// Percent of the TFR by age group of mother 15–19 … 45–49, by period midpoint.
    var fertilityPercent: [Int: [Double]] = [:]
    /// Projected TFR paths by year (2024…2100), keyed by the source's column name.
    var tfrProjections: [Int: [String: Double]] = [:]
    /// Estimated TFR by year (1950…2023).
    var tfrEstimates: [Int: Double] = [:]
    /// Sex ratio at birth (male per female birth) by year, 1950…2100.
    var sexRatioAtBirth: [Int: Double] = [:]
    /// Net migrants by year (2023…2100), sex and single age 0…100 (100 = 100+), thousands.
    var netMigrants: [Int: BySex<[Double]>] = [:]
    /// Estimated net migrants (both sexes, all ages) by year, 1950…2023, thousands.
    var netMigrationEstimates: [Int: Double] = [:]
    /// Life expectancy at birth by year and sex: estimates to 2023, medium projection from 2024.
    var lifeExpectancy: [Int: BySex<Double>] = [:]

    /// The abridged age groups' lower bounds.
    static let abridgedAges = [0, 1] + Array(stride(from: 5, through: 100, by: 5))
    /// The fertility age groups' lower bounds (15…45, each 5 years wide).
    static let fertilityAges = Array(stride(from: 15, through: 45, by: 5))

    static func load(from folder: URL) throws -> WorldPopulationProspects {
        var w = WorldPopulationProspects()
        func table(_ name: String) throws -> CSVTable {
            try CSVTable.read(folder.appendingPathComponent(name), displayName: "wpp2024/" + name)
        }
        func ageGroup(_ t: CSVTable, _ r: CSVTable.Record, _ c: Int) throws -> Int {
            let text = r.fields[c]
            guard let lower = Int(text.split(whereSeparator: { $0 == "-" || $0 == "+" }).first ?? "") else {
                throw InputError("\"\(text)\" is not an age group", file: t.file, line: r.line, column: t.header[c])
            }
            return lower
        }

        let mx = try table("mx_abridged.csv")
        let my = try mx.requireColumn("year"), ma = try mx.requireColumn("age"), mm = try mx.requireColumn("mxM"),
            mf = try mx.requireColumn("mxF")
        for r in mx.records {
            let year = try mx.integer(r, my)
            guard let g = abridgedAges.firstIndex(of: try ageGroup(mx, r, ma)) else {
                throw InputError("unexpected age group \(r.fields[ma])", file: mx.file, line: r.line)
            }
            w.deathRates[year, default: BySex { _ in Array(repeating: .nan, count: abridgedAges.count) }].male[g] =
                try mx.number(r, mm)
            w.deathRates[year]!.female[g] = try mx.number(r, mf)
        }

        let fx = try table("asfr_percent_by_age_group.csv")
        let fy = try fx.requireColumn("year"), fa = try fx.requireColumn("age"), fp = try fx.requireColumn("pasfr")
        for r in fx.records {
            let year = try fx.integer(r, fy)
            guard let g = fertilityAges.firstIndex(of: try ageGroup(fx, r, fa)) else {
                throw InputError("unexpected age group \(r.fields[fa])", file: fx.file, line: r.line)
            }
            w.fertilityPercent[year, default: Array(repeating: .nan, count: fertilityAges.count)][g] = try fx.number(
                r, fp)
        }

        let tp = try table("tfr_projections.csv")
        let ty = try tp.requireColumn("year")
        for r in tp.records {
            var row: [String: Double] = [:]
            for c in tp.header.indices where c != ty { row[tp.header[c]] = try tp.number(r, c) }
            w.tfrProjections[try tp.integer(r, ty)] = row
        }
        let te = try table("tfr_estimates.csv")
        for r in te.records {
            w.tfrEstimates[try te.integer(r, try te.requireColumn("year"))] = try te.number(
                r, try te.requireColumn("tfr"))
        }

        let srb = try table("sex_ratio_at_birth.csv")
        for r in srb.records {
            w.sexRatioAtBirth[try srb.integer(r, try srb.requireColumn("year"))] = try srb.number(
                r, try srb.requireColumn("srb"))
        }

        let mig = try table("net_migration_projection_by_single_age.csv")
        let gy = try mig.requireColumn("year"), ga = try mig.requireColumn("age"), gm = try mig.requireColumn("migM"),
            gf = try mig.requireColumn("migF")
        for r in mig.records {
            let year = try mig.integer(r, gy)
            let age = try mig.age(r, ga, openAge: nil).age
            guard age <= 100 else { throw InputError("age \(age) above 100", file: mig.file, line: r.line) }
            w.netMigrants[year, default: BySex { _ in Array(repeating: .nan, count: 101) }].male[age] = try mig.number(
                r, gm)
            w.netMigrants[year]!.female[age] = try mig.number(r, gf)
        }

        let ne = try table("net_migration_estimates.csv")
        let ny = try ne.requireColumn("year"), nn = try ne.requireColumn("mig")
        for r in ne.records { w.netMigrationEstimates[try ne.integer(r, ny)] = try ne.number(r, nn) }

        for name in ["e0_estimates.csv", "e0_projections.csv"] {
            let e = try table(name)
            let ey = try e.requireColumn("year"), em = try e.requireColumn("e0M"), ef = try e.requireColumn("e0F")
            for r in e.records {
                w.lifeExpectancy[try e.integer(r, ey)] = BySex(female: try e.number(r, ef), male: try e.number(r, em))
            }
        }
        return w
    }
}
