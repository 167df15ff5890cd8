/// Why a stochastic model cannot be fitted.
public enum StochasticModelError: Error, Equatable, CustomStringConvertible {
    /// Fewer values than the model needs.
    case seriesTooShort(Int)
    /// A value is NaN or infinite.
    case notFinite
    /// Every value is the same.
    case constantSeries
    /// A value lies outside the bounds of a transformation.
    case outOfBounds(value: Double, bounds: ClosedRange<Double>)
    /// Deaths or exposures unusable for a rate (which year, sex and age group).
    case badRate(year: Int, sex: Sex, ageGroup: String, detail: String)
    /// k(t) could not be matched to a year's deaths.
    case kDidNotConverge(year: Int)
    /// A history file lacks what the model needs.
    case missingHistory(String)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .seriesTooShort(let n): "a time series needs at least 4 values; it has \(n)"
        case .notFinite: "a time series holds a value that is not a finite number"
        case .constantSeries: "a time series is constant; no model can be fitted to it"
        case .outOfBounds(let v, let b): "\(v) lies outside \(b.lowerBound)…\(b.upperBound)"
        case .badRate(let year, let sex, let group, let detail): "\(year), \(sex), age \(group): \(detail)"
        case .kDidNotConverge(let year): "the Lee–Carter index for \(year) could not be matched to the year's deaths"
        case .missingHistory(let what): what
        }
    }
}
