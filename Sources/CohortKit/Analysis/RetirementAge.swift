/// The age at which people leave working age, possibly different by birth cohort.
///
/// ```swift
/// RetirementAge.fixed(65)
/// // 1961–1962 cohorts at 66, 1963 and later at 67:
/// RetirementAge.phased(from: 65, to: 67, firstCohort: 1961, cohortsPerStep: 2)
/// ```
public enum RetirementAge: Sendable, Equatable, CustomStringConvertible {
    /// The same age for every cohort.
    case fixed(Int)
    /// Cohorts born before `firstCohort` retire at `from`; from `firstCohort`
    /// on, the age rises by one year every `cohortsPerStep` birth cohorts
    /// until it reaches `to`.
    case phased(from: Int, to: Int, firstCohort: Int, cohortsPerStep: Int)
    /// An age listed per birth cohort (see ``RetirementSchedule``).
    case schedule(RetirementSchedule)

    /// The retirement age of people born in `birthYear`.
    public func age(forBirthYear birthYear: Int) -> Int {
        switch self {
        case .fixed(let age):
            return age
        case .phased(let from, let to, let first, let per):
            guard birthYear >= first, to != from else { return from }
            let steps = (birthYear - first) / Swift.max(per, 1) + 1
            return from < to ? Swift.min(from + steps, to) : Swift.max(from - steps, to)
        case .schedule(let schedule):
            return schedule.age(forBirthYear: birthYear)
        }
    }

    /// The lowest and highest age any cohort retires at.
    public var range: ClosedRange<Int> {
        switch self {
        case .fixed(let age): age...age
        case .phased(let from, let to, _, _): Swift.min(from, to)...Swift.max(from, to)
        case .schedule(let schedule): schedule.range
        }
    }

    /// ``description``, or for a schedule its ``RetirementSchedule/summary`` (its ages at both ends).
    public var summary: String {
        if case .schedule(let schedule) = self { return schedule.summary }
        return description
    }

    /// E.g. "65", "65 → 67 from the 1961 cohort, one year every 2 cohorts", or a schedule's name.
    public var description: String {
        switch self {
        case .fixed(let age): "\(age)"
        case .phased(let from, let to, let first, let per):
            "\(from) → \(to) from the \(first) cohort, one year every \(per) cohort\(per == 1 ? "" : "s")"
        case .schedule(let schedule): schedule.description
        }
    }
}
