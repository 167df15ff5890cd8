import Foundation

/// The stochastic model of the total fertility rate: an ``AR1`` in the
/// bounded logit z = ln((TFR − L) / (U − TFR)), fitted to a TFR history.
///
/// In a simulation the scenario supplies the centre: z(t) = zₛ(t) + δ(t),
/// with zₛ the logit of the scenario's TFR and δ the AR(1) deviation
/// δ(t) = φ · δ(t − 1) + σ · ε(t), δ = 0 the year before the first projected
/// year. The history supplies only φ and σ (how persistent and how large
/// the departures are); the fitted long-run level is reported, not used.
/// Because δ is symmetric and the transform monotone, the median TFR of
/// every year is the scenario's TFR.
public struct FertilityModel: Sendable, Equatable {
    /// The TFR bounds (L, U) of the logit, children per woman.
    public var bounds: ClosedRange<Double>
    /// The fitted years.
    public var years: ClosedRange<Int>
    /// The AR(1) of the logit TFR over ``years``.
    public var ar: AR1

    /// A model with known parameters.
    public init(bounds: ClosedRange<Double>, years: ClosedRange<Int>, ar: AR1) {
        self.bounds = bounds
        self.years = years
        self.ar = ar
    }

    /// Fits the AR(1) to `tfr` (children per woman, by year) over `years`.
    ///
    /// - Throws: ``StochasticModelError`` when a year is missing or a value
    ///   lies outside the open interval `bounds`.
    public static func fit(
        tfr: [Int: Double], years: ClosedRange<Int>, bounds: ClosedRange<Double> = 0...3
    ) throws -> FertilityModel {
        let series = try years.map { y -> Double in
            guard let v = tfr[y] else {
                throw StochasticModelError.missingHistory("the TFR history has no value for \(y)")
            }
            guard v > bounds.lowerBound && v < bounds.upperBound else {
                throw StochasticModelError.outOfBounds(value: v, bounds: bounds)
            }
            return logit(v, bounds)
        }
        return FertilityModel(bounds: bounds, years: years, ar: try AR1.fit(series))
    }

    /// z = ln((f − L) / (U − f)).
    public static func logit(_ f: Double, _ bounds: ClosedRange<Double>) -> Double {
        Foundation.log((f - bounds.lowerBound) / (bounds.upperBound - f))
    }

    /// The TFR of logit z: L + (U − L) / (1 + e^(−z)).
    public static func tfr(logit z: Double, _ bounds: ClosedRange<Double>) -> Double {
        bounds.lowerBound + (bounds.upperBound - bounds.lowerBound) / (1 + Foundation.exp(-z))
    }

    /// The long-run TFR the history points to (the AR(1) level mapped back);
    /// NaN when φ ≥ 1.
    public var fittedLongRunTFR: Double {
        ar.persistence < 1 ? Self.tfr(logit: ar.level, bounds) : .nan
    }

    /// The model's interval for the TFR `steps` years into a simulation
    /// around a scenario TFR `centre`, covering `probability` (e.g. 0.8),
    /// from the normal distribution of δ: exact, not simulated.
    public func interval(centre: Double, steps: Int, probability: Double) -> ClosedRange<Double> {
        let z = Self.logit(centre, bounds)
        let half = NormalDistribution.quantile(0.5 + probability / 2) * ar.deviationSD(steps: steps)
        return Self.tfr(logit: z - half, bounds)...Self.tfr(logit: z + half, bounds)
    }
}
