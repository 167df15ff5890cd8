import Foundation

/// A bundled dataset: an input set (see ``ProjectionInputs/load(from:)``)
/// plus, optionally, the fertility paths scenarios choose from.
///
/// Besides the input-set files, a dataset folder may hold:
///
/// | file | columns | use |
/// |---|---|---|
/// | `tfr_paths.csv` | `year,<path>,<path>,…` | TFR paths by name (e.g. `medium`, `low`), children per woman |
/// | `fertility_pattern.csv` | `year,age,share` | the age pattern of fertility, shares of the TFR summing to 1 each year |
/// | `sources.toml` | see ``Provenance`` | the place and the public tables the data come from |
/// | `labour.csv` | `year,sex,age,rate` | labour-force participation rates (see ``LabourRates``) |
/// | `projection_bounds.csv` | `year,indicator,lower_95,lower_80,median,upper_80,upper_95` | the UN's probabilistic projections (see ``ProjectionBounds``) |
/// | `pension_ages.csv` | `schedule,born,age` | retirement or pension ages by birth cohort, by schedule name (see ``RetirementSchedule``) |
///
/// They must cover every year of `mortality.csv`.
public struct Dataset: Sendable {
    /// The folder the dataset was read from.
    public let folder: URL
    /// The dataset's own input set.
    public let inputs: ProjectionInputs
    /// TFR paths by name, each with one value per projected year (in the order of `inputs.years`).
    public let tfrPaths: [String: [Double]]
    /// The fertility age pattern of each projected year: shares by age 0…ω summing to 1.
    public let fertilityPattern: [[Double]]?
    /// Where the numbers come from (`sources.toml`), when the folder says.
    public let provenance: Provenance?
    /// The input files given by age groups (`35-39`), graduated to single ages when read.
    public let graduatedFiles: [String]
    /// What was extrapolated when the files were read, in sentences (death rates that stop
    /// below the population's open age).
    public let extrapolations: [String]
    /// Retirement or pension ages by birth cohort (`pension_ages.csv`), by name.
    public let pensionSchedules: [String: RetirementSchedule]
    /// Labour-force participation rates (`labour.csv`), when the dataset has them.
    public let labour: LabourRates?
    /// The UN's probabilistic bounds (`projection_bounds.csv`), when the dataset has them.
    public let projectionBounds: ProjectionBounds?
    /// The registers before the base year (`history/population.csv`,
    /// `history/births.csv`; empty parts when missing), read when asked for:
    /// projections do not need them, the working-age analysis does.
    public func history() throws -> PopulationHistory {
        try PopulationHistory.load(from: folder, openAge: inputs.openAge)
    }

    /// Reads the dataset in `folder`.
    ///
    /// - Throws: ``InputError`` naming the file, line and column of the first problem.
    public static func load(from folder: URL) throws -> Dataset {
        var graduated: [String] = [], extrapolated: [String] = []
        let inputs = try ProjectionInputs.load(from: folder, grouped: &graduated, extrapolated: &extrapolated)
        let years = inputs.years.map(\.year)
        let omega = inputs.openAge
        var paths: [String: [Double]] = [:]
        let pathsURL = folder.appendingPathComponent("tfr_paths.csv")
        if FileSystem.kind(pathsURL.path) != .none {
            let t = try CSVTable.read(pathsURL, displayName: "tfr_paths.csv")
            let cYear = try t.requireColumn("year")
            var byYear: [Int: [Double]] = [:]
            for r in t.records {
                let y = try t.integer(r, cYear)
                guard byYear[y] == nil else { throw InputError("a second row for \(y)", file: t.file, line: r.line) }
                byYear[y] = try t.header.indices.filter { $0 != cYear }.map { c in
                    let v = try t.number(r, c)
                    guard v > 0 else {
                        throw InputError(
                            "a TFR of \(v); it must be > 0", file: t.file, line: r.line, column: t.header[c])
                    }
                    return v
                }
            }
            for (k, c) in t.header.indices.filter({ $0 != cYear }).enumerated() {
                paths[t.header[c]] = try years.map { y in
                    guard let row = byYear[y] else {
                        throw InputError("no row for \(y), a year of mortality.csv", file: t.file)
                    }
                    return row[k]
                }
            }
        }
        var pattern: [[Double]]? = nil
        let patternURL = folder.appendingPathComponent("fertility_pattern.csv")
        if FileSystem.kind(patternURL.path) != .none {
            let t = try CSVTable.read(patternURL, displayName: "fertility_pattern.csv")
            let cYear = try t.requireColumn("year"), cAge = try t.requireColumn("age"),
                cShare = try t.requireColumn("share")
            var byYear: [Int: [Double]] = [:]
            for r in t.records {
                let y = try t.integer(r, cYear)
                let a = try t.age(r, cAge, openAge: omega).age
                let s = try t.number(r, cShare)
                guard s >= 0 else {
                    throw InputError("a share of \(s); shares must be ≥ 0", file: t.file, line: r.line, column: "share")
                }
                byYear[y, default: Array(repeating: 0, count: omega + 1)][a] += s
            }
            pattern = try years.map { y in
                guard let shares = byYear[y] else {
                    throw InputError("no rows for \(y), a year of mortality.csv", file: t.file)
                }
                let total = shares.reduce(0, +)
                guard abs(total - 1) < 1e-6 else {
                    throw InputError("the shares of \(y) add up to \(total); they must add up to 1", file: t.file)
                }
                return shares
            }
        }
        return Dataset(
            folder: folder, inputs: inputs, tfrPaths: paths, fertilityPattern: pattern,
            provenance: try Provenance.load(from: folder), graduatedFiles: graduated, extrapolations: extrapolated,
            pensionSchedules: try RetirementSchedule.load(from: folder),
            labour: FileSystem.kind(folder.appendingPathComponent("labour.csv").path) == .none
                ? nil
                : try LabourRates.load(
                    folder.appendingPathComponent("labour.csv"), displayName: "labour.csv", openAge: omega),
            projectionBounds: try ProjectionBounds.load(from: folder))
    }
}
