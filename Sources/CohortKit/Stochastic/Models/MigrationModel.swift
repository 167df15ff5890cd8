/// The stochastic model of net migration: the scenario's total plus an
/// ``AR1`` deviation fitted to a history of total net migrants, spread over
/// sex and age by a fixed profile.
///
/// D(t) = φ · D(t − 1) + σ · ε(t), D = 0 the year before the first projected
/// year; the draw's net migrants at age x are the scenario's plus D(t) · p(sex, x),
/// with Σ p = 1. φ and σ come from the history's deviations from its mean;
/// the scenario supplies the centre (the history's mean is reported, not used).
public struct MigrationModel: Sendable, Equatable {
    /// The fitted years.
    public var years: ClosedRange<Int>
    /// The AR(1) of total net migrants (persons per year).
    public var ar: AR1
    /// p(sex, age), ages 0…ω, summing to 1 over both sexes.
    public var profile: BySex<[Double]>

    /// A model with known parameters.
    public init(years: ClosedRange<Int>, ar: AR1, profile: BySex<[Double]>) {
        self.years = years
        self.ar = ar
        self.profile = profile
    }

    /// Fits the AR(1) to `totals` (persons by year) over `years`; `profile`
    /// is normalised to sum to 1.
    ///
    /// - Throws: ``StochasticModelError`` for a missing year or a profile that
    ///   does not add up to a positive number.
    public static func fit(
        totals: [Int: Double], years: ClosedRange<Int>, profile: BySex<[Double]>
    ) throws -> MigrationModel {
        let series = try years.map { y -> Double in
            guard let v = totals[y] else {
                throw StochasticModelError.missingHistory("the net migration history has no value for \(y)")
            }
            return v
        }
        let sum = profile.female.reduce(0, +) + profile.male.reduce(0, +)
        guard sum > 0, sum.isFinite else {
            throw StochasticModelError.missingHistory(
                "the migration age profile adds up to \(sum); it must add up to a positive number")
        }
        return MigrationModel(years: years, ar: try AR1.fit(series), profile: profile.map { $0.map { $0 / sum } })
    }
}
