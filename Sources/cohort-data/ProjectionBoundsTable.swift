import CohortKit
import Foundation

/// Builds a dataset's `projection_bounds.csv` from the UN's probabilistic
/// projections (WPP 2024: `tfr_projections.csv`, `e0_projections.csv`,
/// `net_migration_projections.csv`): for every projected year, the median and
/// the 80% and 95% bounds of the TFR, e(0) of women and of men, and net
/// migrants (thousands in the source, persons here):
/// `year,indicator,lower_95,lower_80,median,upper_80,upper_95`.
///
/// Taiwan's projected year Y is the calendar year Y, as the rest of its data;
/// for the 1 July datasets (Japan, Korea, Singapore) Y runs from 1 July Y−1 to
/// 1 July Y and each quantile is the mean of the UN's for Y − 1 and Y, as the
/// medians of their input files are (a mean of quantiles, not the quantile of
/// a mean: close for neighbouring years).
enum ProjectionBoundsTable {
    /// (indicator, source file, the source's median, 80% and 95% columns, scale to Cohort's unit).
    static let columns: [(String, String, [String], Double)] = [
        ("tfr", "tfr_projections.csv", ["tfr_95l", "tfr_80l", "tfr", "tfr_80u", "tfr_95u"], 1),
        ("e0_female", "e0_projections.csv", ["e0F_95l", "e0F_80l", "e0F", "e0F_80u", "e0F_95u"], 1),
        ("e0_male", "e0_projections.csv", ["e0M_95l", "e0M_80l", "e0M", "e0M_80u", "e0M_95u"], 1),
        ("net_migrants", "net_migration_projections.csv", ["mig_95l", "mig_80l", "mig", "mig_80u", "mig_95u"], 1000),
    ]

    static func build(folder: URL, prefix: String, country: Int?, years: [Int], meanOfTwoYears: Bool) throws -> String {
        var out = "year,indicator,lower_95,lower_80,median,upper_80,upper_95\n"
        var values: [String: [Int: [Double]]] = [:]
        for (indicator, file, names, scale) in columns {
            let t = try CSVTable.read(folder.appendingPathComponent(file), displayName: prefix + file)
            let cYear = try t.requireColumn("year"), cs = try names.map { try t.requireColumn($0) }
            let cCountry = t.index(of: "country_code")
            for r in t.records {
                if let country, let c = cCountry, try t.integer(r, c) != country { continue }
                values[indicator, default: [:]][try t.integer(r, cYear)] = try cs.map { try t.number(r, $0) * scale }
            }
        }
        for y in years {
            for (indicator, file, _, _) in columns {
                func row(_ year: Int) throws -> [Double] {
                    guard let v = values[indicator]?[year] else {
                        throw InputError("no \(indicator) quantiles for \(year)", file: prefix + file)
                    }
                    return v
                }
                let q = meanOfTwoYears ? zip(try row(y - 1), try row(y)).map { ($0 + $1) / 2 } : try row(y)
                // The sources have at most 6 decimals (3 for the thousands of migrants): round off the arithmetic's noise.
                out +=
                    "\(y),\(indicator)," + q.map { CSVNumber.exact(($0 * 1e6).rounded() / 1e6) }.joined(separator: ",")
                    + "\n"
            }
        }
        return out
    }
}
