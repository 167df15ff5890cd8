/// An override that does not fit the run's data; the CLI words it after the option that set it.
public enum RunOverrideError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ``RunOverrides/lastYear`` outside the years the data have rates for (`run` names the scenario or input set).
    case lastYear(Int, allowed: ClosedRange<Int>, run: String)
    /// ``RunOverrides/firstReportedYear`` outside the base year and the projected years.
    case firstReportedYear(Int, allowed: ClosedRange<Int>, run: String)
    /// A life table asked for a year without rates.
    case lifeTableYear(Int, allowed: ClosedRange<Int>, run: String)
    /// A pension or retirement age that is neither a whole number nor a schedule of the dataset (`run` names the dataset).
    case unknownSchedule(String, known: [String], run: String)

    /// E.g. "the last year 2200 is outside 2025…2100, the years taiwan-medium has rates for".
    public var description: String {
        switch self {
        case .lastYear(let year, let allowed, let run):
            "the last year \(year) is outside \(allowed.lowerBound)…\(allowed.upperBound), the years \(InputError.printable(run)) has rates for"
        case .firstReportedYear(let year, let allowed, let run):
            "the first year \(year) is outside \(allowed.lowerBound)…\(allowed.upperBound), the base year and the projected years of \(InputError.printable(run))"
        case .lifeTableYear(let year, let allowed, let run):
            "\(year) has no rates; \(InputError.printable(run)) has rates for \(allowed.lowerBound)…\(allowed.upperBound)"
        case .unknownSchedule(let name, let known, let run):
            "\(InputError.printable(name)) is neither an age nor a schedule of the dataset \(InputError.printable(run))'s pension_ages.csv"
                + (known.isEmpty ? " (it has none)" : " (it has \(known.joined(separator: ", ")))")
        }
    }
}
