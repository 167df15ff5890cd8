/// Why a life table or a set of survival ratios could not be built.
public enum LifeTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A schedule needs at least two ages (0 and an open group).
    case tooFewAges(Int)
    /// A death rate is negative, NaN or infinite.
    case invalidDeathRate(age: Int, value: Double)
    /// A survival ratio is outside 0…1, NaN or infinite.
    case invalidSurvivalRatio(age: Int, value: Double)
    /// The `constant` closure divides by m(ω), which is zero.
    case zeroOpenAgeRate(openAge: Int)
    /// The `kannisto` closure found fewer than two ages in 80…ω−1 with a
    /// death rate strictly between 0 and 1.
    case kannistoFitImpossible(usableAges: Int)

    /// A sentence a demographer can act on.
    public var description: String {
        switch self {
        case .tooFewAges(let n):
            "a schedule needs ages 0…ω with ω ≥ 1; got \(n) value(s)"
        case .invalidDeathRate(let age, let value):
            "death rate at age \(age) is \(value); death rates must be finite and ≥ 0"
        case .invalidSurvivalRatio(let age, let value):
            "survival ratio at age \(age) is \(value); survival ratios must lie in 0…1"
        case .zeroOpenAgeRate(let openAge):
            "the death rate of the open age group \(openAge)+ is 0, so the constant closure L(ω) = l(ω)/m(ω) is infinite; give a positive rate or use the kannisto closure"
        case .kannistoFitImpossible(let usable):
            "the kannisto closure needs at least 2 ages from 80 to ω−1 with a death rate between 0 and 1; found \(usable); use the constant closure"
        }
    }
}
