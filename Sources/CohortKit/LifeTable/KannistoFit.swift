import Foundation

/// The Kannisto model of old-age mortality, m(x) = A·e^{Bx} / (1 + A·e^{Bx}),
/// that is logit m(x) = ln m/(1 − m) = ln A + B·x.
///
/// ``fit(deathRates:ages:)`` estimates ln A and B by ordinary least squares of
/// logit m(x) on x, the method DESIGN.md prescribes (Thatcher, Kannisto and
/// Vaupel 1998 fit by maximum likelihood instead; least squares on the logit
/// is the common quick variant).
public struct KannistoFit: Sendable, Equatable {
    /// ln A, the intercept of logit m(x) at age 0.
    public let logA: Double
    /// B, the slope of logit m(x) per year of age.
    public let slope: Double

    /// A model with known parameters.
    public init(logA: Double, slope: Double) {
        self.logA = logA
        self.slope = slope
    }

    /// The model's death rate at age `x` (deaths per person-year), in (0, 1).
    public func deathRate(atAge x: Double) -> Double {
        let z = logA + slope * x
        // logistic(z), written to stay finite for large |z|.
        return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    /// Fits the model to `deathRates[x]` for every `x` in `ages`.
    ///
    /// Ages whose rate is not in (0, 1) have no finite logit and are left
    /// out of the fit. Throws ``LifeTableError/kannistoFitImpossible(usableAges:)``
    /// when fewer than two ages remain.
    public static func fit(deathRates: [Double], ages: Range<Int>) throws -> KannistoFit {
        var xs: [Double] = []
        var ys: [Double] = []
        for x in ages where x < deathRates.count {
            let m = deathRates[x]
            guard m > 0, m < 1 else { continue }
            xs.append(Double(x))
            ys.append(log(m / (1 - m)))
        }
        guard xs.count >= 2 else { throw LifeTableError.kannistoFitImpossible(usableAges: xs.count) }
        let n = Double(xs.count)
        let meanX = xs.reduce(0, +) / n
        let meanY = ys.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for i in xs.indices {
            sxy += (xs[i] - meanX) * (ys[i] - meanY)
            sxx += (xs[i] - meanX) * (xs[i] - meanX)
        }
        let slope = sxy / sxx
        return KannistoFit(logA: meanY - slope * meanX, slope: slope)
    }
}
