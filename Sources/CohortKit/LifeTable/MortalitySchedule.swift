/// A year's mortality for one sex, given either as central death rates or
/// directly as survival ratios.
public enum MortalitySchedule: Sendable, Equatable {
    /// m(0…ω), central death rates (deaths per person-year); the engine
    /// builds a ``LifeTable`` from them.
    case deathRates([Double])
    /// S(0…ω), survival ratios labelled by the age reached at the end of the
    /// year, as ``LifeTable/survivalRatios`` defines them; each in 0…1.
    case survivalRatios([Double])

    /// Number of ages, ω + 1.
    public var ages: Int {
        switch self {
        case .deathRates(let v), .survivalRatios(let v): v.count
        }
    }

    /// The survival ratios S(0…ω) this schedule implies for `sex`.
    ///
    /// - Parameters:
    ///   - sex: selects the life table's a(0) rule (death rates only).
    ///   - closure: for death rates, how the life table closes the
    ///     open group (`nil`: the default for ω); ignored for survival ratios.
    /// - Throws: ``LifeTableError`` for invalid values.
    public func survivalRatios(sex: Sex, closure: OpenAgeClosure? = nil) throws -> [Double] {
        switch self {
        case .deathRates(let mx):
            return try LifeTable.survivalRatios(deathRates: mx, sex: sex, closure: closure)
        case .survivalRatios(let s):
            guard s.count >= 2 else { throw LifeTableError.tooFewAges(s.count) }
            for (age, v) in s.enumerated() where !(v.isFinite && v >= 0 && v <= 1) {
                throw LifeTableError.invalidSurvivalRatio(age: age, value: v)
            }
            return s
        }
    }
}
