import Foundation

/// What a dataset records of the past: end-year populations by sex and
/// single age, and registered births by year.
public struct PopulationHistory: Sendable, Equatable {
    /// End-year populations by year, sex and age 0…ω (the last the open group), persons.
    public var populations: [Int: BySex<[Double]>]
    /// Registered births by year of registration, persons.
    public var registeredBirths: [Int: Double]

    /// A history from its parts.
    public init(populations: [Int: BySex<[Double]>] = [:], registeredBirths: [Int: Double] = [:]) {
        self.populations = populations
        self.registeredBirths = registeredBirths
    }

    /// Reads `history/population.csv` (`year,sex,age,population`) and
    /// `history/births.csv` (`year,births,…`) of a dataset folder; a missing
    /// file gives an empty part.
    ///
    /// - Throws: ``InputError`` naming the file and line of a problem, or ages
    ///   that do not match the open age `openAge`.
    public static func load(from dataset: URL, openAge: Int) throws -> PopulationHistory {
        var history = PopulationHistory()
        let popURL = dataset.appendingPathComponent("history/population.csv")
        if FileSystem.kind(popURL.path) != .none {
            let t = try CSVTable.read(popURL, displayName: "history/population.csv")
            let cy = try t.requireColumn("year"), cs = try t.requireColumn("sex"), ca = try t.requireColumn("age"),
                cp = try t.requireColumn("population")
            var seen: [Int: BySex<[Bool]>] = [:]
            for r in t.records {
                let year = try t.integer(r, cy), sex = try t.sex(r, cs)
                let age = try t.age(r, ca, openAge: openAge).age
                let value = try t.number(r, cp)
                guard value >= 0 else {
                    throw InputError("\(value) is negative", file: t.file, line: r.line, column: "population")
                }
                history.populations[year, default: BySex { _ in Array(repeating: 0, count: openAge + 1) }][sex][age] =
                    value
                seen[year, default: BySex { _ in Array(repeating: false, count: openAge + 1) }][sex][age] = true
            }
            for (year, flags) in seen {
                for sex in Sex.allCases {
                    if let missing = flags[sex].firstIndex(of: false) {
                        throw InputError(
                            "no row for \(year), \(sex), age \(missing == openAge ? "\(missing)+" : "\(missing)")",
                            file: t.file)
                    }
                }
            }
        }
        let birthsURL = dataset.appendingPathComponent("history/births.csv")
        if FileSystem.kind(birthsURL.path) != .none {
            let t = try CSVTable.read(birthsURL, displayName: "history/births.csv")
            let cy = try t.requireColumn("year"), cb = try t.requireColumn("births")
            for r in t.records { history.registeredBirths[try t.integer(r, cy)] = try t.number(r, cb) }
        }
        return history
    }
}
