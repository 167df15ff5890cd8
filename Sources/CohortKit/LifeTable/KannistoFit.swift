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
        try deathRates.withUnsafeBufferPointer { try fit(deathRates: $0, ages: ages) }
    }

    /// ``fit(deathRates:ages:)`` on a buffer, in one pass with no allocation:
    /// sums of x − x₀, y and their products, x₀ the first age, so the
    /// centred sums lose nothing to cancellation.
    static func fit(deathRates m: UnsafeBufferPointer<Double>, ages: Range<Int>) throws -> KannistoFit {
        try fit(deathRates: m, ages: ages, functions: LibraryFunctions.self)
    }

    /// ``fit(deathRates:ages:)`` with the logarithms of `functions`.
    @inline(__always)
    static func fit<F: ElementaryFunctions>(
        deathRates m: UnsafeBufferPointer<Double>, ages: Range<Int>, functions: F.Type
    ) throws -> KannistoFit {
        let x0 = Double(ages.lowerBound)
        var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for x in ages where x < m.count {
            let v = m[x]
            guard v > 0, v < 1 else { continue }
            let dx = Double(x) - x0
            let y = F.log(v / (1 - v))
            n += 1
            sx += dx
            sy += y
            sxx += dx * dx
            sxy += dx * y
        }
        guard n >= 2 else { throw LifeTableError.kannistoFitImpossible(usableAges: Int(n)) }
        let slope = (sxy - sx * sy / n) / (sxx - sx * sx / n)
        let intercept = sy / n - slope * (sx / n)  // at x₀
        return KannistoFit(logA: intercept - slope * x0, slope: slope)
    }
}
