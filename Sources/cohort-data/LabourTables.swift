import CohortKit
import Foundation

/// Builds `data/taiwan/pension_ages.csv` and `data/taiwan/labour.csv` from
/// `data-sources/labour/` (secondary sources, cited per row there):
///
/// - `pension_ages.csv` (`schedule,born,age`): the Labour Insurance old-age
///   pension age by year of birth (`taiwan_pension_age.csv`), as schedule
///   `labour-insurance`;
/// - `labour.csv` (`year,sex,age,rate`, rates as fractions): the labour-force
///   participation rates of `taiwan_participation.csv` that tile the ages by
///   5-year groups and `65+`, both sexes (`sex` = `both`: no official table by
///   age **and** sex could be had): the whole 2016 schedule, 2021's 50–54,
///   55–59, 60–64 and 65+, and 2020's and 2022's 65+ (percentages to 2
///   decimals, as fractions). Left out: the years before 2016
///   (65+ only) and the broad groups 15–24, 25–44 and 45–64 (2016) and 45–64
///   by sex (2019), which overlap the 5-year groups.
enum LabourTables {
    static func files(from folder: URL) throws -> [(name: String, contents: String)] {
        let pension = try CSVTable.read(
            folder.appendingPathComponent("taiwan_pension_age.csv"), displayName: "labour/taiwan_pension_age.csv")
        let cBorn = try pension.requireColumn("born"), cAge = try pension.requireColumn("labour_insurance_pension_age")
        var ages = "schedule,born,age\n"
        for r in pension.records {
            ages += "labour-insurance,\(try pension.integer(r, cBorn)),\(try pension.integer(r, cAge))\n"
        }
        let participation = try CSVTable.read(
            folder.appendingPathComponent("taiwan_participation.csv"), displayName: "labour/taiwan_participation.csv")
        let cYear = try participation.requireColumn("year"), cSex = try participation.requireColumn("sex"),
            cGroup = try participation.requireColumn("age"), cRate = try participation.requireColumn("rate"),
            cMeasure = try participation.requireColumn("measure")
        let fiveYear = Set(stride(from: 15, through: 60, by: 5).map { "\($0)-\($0 + 4)" } + ["65+"])
        var labour = "year,sex,age,rate\n"
        for r in participation.records {
            let year = try participation.integer(r, cYear), group = participation.text(r, cGroup)
            guard year >= 2016, participation.text(r, cSex) == "both", participation.text(r, cMeasure) == "lfpr",
                fiveYear.contains(group)
            else { continue }
            labour +=
                "\(year),both,\(group),\(CSVNumber.exact((try participation.number(r, cRate) * 100).rounded() / 10_000))\n"
        }
        return [(RetirementSchedule.fileName, ages), ("labour.csv", labour)]
    }
}
