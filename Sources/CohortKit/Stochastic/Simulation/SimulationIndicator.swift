/// A number a ``StochasticProjection`` keeps for every draw and year.
public enum SimulationIndicator: String, Sendable, Equatable, Hashable, CaseIterable {
    /// All ages at 31 December, persons.
    case total
    /// In the working-age band (default 15–64), persons.
    case workingAge
    /// Above the band (default 65+), persons.
    case old
    /// Old per 100 of working age.
    case oldAgeDependency
    /// Births of the year, persons.
    case births
    /// People reaching their cohort's retirement age in the year (aged R at 31 December), persons.
    case leavers
    /// The draw's total fertility rate, children per woman.
    case tfr
    /// Net migrants of the year after the non-negativity guard, persons.
    case netMigrants

    /// The column name in CSV files, following the working-age band:
    /// `total`, `age_15_64`, `age_65_plus`, `old_age_dependency`, `births`,
    /// `leavers`, `tfr`, `net_migrants`.
    public func name(band: ClosedRange<Int>) -> String {
        switch self {
        case .total: "total"
        case .workingAge: "age_\(band.lowerBound)_\(band.upperBound)"
        case .old: "age_\(band.upperBound + 1)_plus"
        case .oldAgeDependency: "old_age_dependency"
        case .births: "births"
        case .leavers: "leavers"
        case .tfr: "tfr"
        case .netMigrants: "net_migrants"
        }
    }

    /// True for counts of persons (written as whole numbers).
    public var isCount: Bool { self != .oldAgeDependency && self != .tfr }
}
