import Foundation

/// A retirement (or pension) age given per birth cohort, as a table: the age
/// of each listed year of birth, the first listed age for everyone born
/// earlier and the last for everyone born later.
///
/// Taiwan's Labour Insurance old-age pension age (bundled as
/// `labour-insurance` in `data/taiwan/pension_ages.csv`): 60 for people born
/// in 1957 or earlier, then one year more per birth year, 65 from 1962.
///
/// ```swift
/// let s = try RetirementSchedule(name: "labour-insurance", ages: [1957: 60, 1958: 61, 1959: 62, 1960: 63, 1961: 64, 1962: 65])
/// s.age(forBirthYear: 1959)   // 62, reached in 2021
/// s.age(forBirthYear: 1940)   // 60
/// ```
public struct RetirementSchedule: Sendable, Equatable, CustomStringConvertible {
    /// The schedule's name, e.g. `labour-insurance`.
    public var name: String
    /// Age, years, by year of birth; consecutive birth years.
    public var ages: [Int: Int]
    /// The first and last listed years of birth.
    public var birthYears: ClosedRange<Int>

    /// A schedule from ages by birth year.
    ///
    /// - Throws: ``InputError`` when `ages` is empty, skips a birth year or holds an age outside 1…120.
    public init(name: String, ages: [Int: Int]) throws {
        guard let first = ages.keys.min(), let last = ages.keys.max() else {
            throw InputError("the retirement-age schedule \(name) lists no birth years")
        }
        if let gap = (first...last).first(where: { ages[$0] == nil }) {
            throw InputError("the retirement-age schedule \(name) has no age for people born in \(gap)")
        }
        if let (born, age) = ages.first(where: { !(1...120).contains($0.value) }) {
            throw InputError("the retirement-age schedule \(name) gives age \(age) for people born in \(born)")
        }
        self.name = name
        self.ages = ages
        self.birthYears = first...last
    }

    /// The age of people born in `birthYear` (held before the first and after the last listed year).
    public func age(forBirthYear birthYear: Int) -> Int {
        ages[Swift.min(Swift.max(birthYear, birthYears.lowerBound), birthYears.upperBound)]!
    }

    /// The lowest and highest age of the schedule.
    public var range: ClosedRange<Int> { ages.values.min()!...ages.values.max()! }

    /// The name, for column titles: "labour-insurance".
    public var description: String { name }

    /// E.g. "labour-insurance (60 for born 1957 or earlier … 65 for born 1962 or later)".
    public var summary: String {
        let first = birthYears.lowerBound, last = birthYears.upperBound
        return
            "\(name) (\(ages[first]!) for born \(first) or earlier … \(ages[last]!) for born \(last) or later)"
    }

    /// The file name of a dataset's schedules.
    public static let fileName = "pension_ages.csv"

    /// The schedules of `pension_ages.csv` in `folder` (`schedule,born,age`: a
    /// schedule's name, a year of birth and its age, years), by name; empty
    /// when the folder has no such file.
    ///
    /// - Throws: ``InputError`` naming the file and line of a bad row, a
    ///   birth year listed twice or a schedule with a gap.
    public static func load(from folder: URL) throws -> [String: RetirementSchedule] {
        let url = folder.appendingPathComponent(fileName)
        guard FileSystem.kind(url.path) != .none else { return [:] }
        let t = try CSVTable.read(url, displayName: fileName)
        let cName = try t.requireColumn("schedule"), cBorn = try t.requireColumn("born"),
            cAge = try t.requireColumn("age")
        var ages: [String: [Int: Int]] = [:]
        for r in t.records {
            let name = t.text(r, cName)
            guard !name.isEmpty else {
                throw InputError("no schedule name", file: t.file, line: r.line, column: "schedule")
            }
            let born = try t.integer(r, cBorn), age = try t.integer(r, cAge)
            guard ages[name]?[born] == nil else {
                throw InputError("a second row for \(name), born \(born)", file: t.file, line: r.line, column: "born")
            }
            ages[name, default: [:]][born] = age
        }
        var out: [String: RetirementSchedule] = [:]
        for (name, byBirth) in ages {
            do { out[name] = try RetirementSchedule(name: name, ages: byBirth) } catch let e as InputError {
                throw InputError(e.message, file: t.file)
            }
        }
        return out
    }
}
