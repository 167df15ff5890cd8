import Foundation

/// A first-order autoregression around a level:
/// y(t) − μ = φ · (y(t − 1) − μ) + ε(t), ε(t) independent N(0, σ²).
///
/// Fitted by conditional least squares (the regression of y(t) on y(t − 1)
/// with an intercept c, μ = c / (1 − φ)); σ² is the residual sum of squares
/// over n − 3 (n values give n − 1 pairs and two coefficients).
public struct AR1: Sendable, Equatable {
    /// μ, the long-run level, in the series' units.
    public var level: Double
    /// φ, the persistence of a deviation from one step to the next.
    public var persistence: Double
    /// σ, the standard deviation of the innovations.
    public var innovationSD: Double
    /// Number of values fitted.
    public var count: Int

    /// A model with known parameters.
    public init(level: Double, persistence: Double, innovationSD: Double, count: Int = 0) {
        self.level = level
        self.persistence = persistence
        self.innovationSD = innovationSD
        self.count = count
    }

    /// Fits the model to `series` (at least 4 finite values, equally spaced).
    ///
    /// - Throws: ``StochasticModelError`` for too short or constant series.
    public static func fit(_ series: [Double]) throws -> AR1 {
        guard series.count >= 4 else { throw StochasticModelError.seriesTooShort(series.count) }
        guard series.allSatisfy(\.isFinite) else { throw StochasticModelError.notFinite }
        let x = series.dropLast(), y = series.dropFirst()
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0
        for (a, b) in zip(x, y) {
            sxx += (a - mx) * (a - mx)
            sxy += (a - mx) * (b - my)
        }
        guard sxx > 0 else { throw StochasticModelError.constantSeries }
        let phi = sxy / sxx
        let c = my - phi * mx
        var rss = 0.0
        for (a, b) in zip(x, y) {
            let e = b - c - phi * a
            rss += e * e
        }
        let level = phi == 1 ? .nan : c / (1 - phi)
        return AR1(level: level, persistence: phi, innovationSD: (rss / (n - 2)).squareRoot(), count: series.count)
    }

    /// The annual model of a series fitted at steps of `h` years (the UN's
    /// 5-year periods): the same level, φ₁ = φₕ^(1/h) (0 when φₕ ≤ 0, as
    /// a negative φₕ has no annual root), and σ₁ such that h annual steps
    /// give the fitted step's variance: σ₁² = σₕ² (1 − φ₁²) / (1 − φ₁^(2h)),
    /// σₕ² / h when φ₁ = 1 and σₕ² when φ₁ = 0. `h` = 1 returns the model as it is.
    public func annualised(step h: Int) -> AR1 {
        precondition(h >= 1)
        guard h > 1 else { return self }
        let phi = persistence > 0 ? Foundation.pow(persistence, 1 / Double(h)) : 0
        let variance: Double
        if phi == 0 {
            variance = innovationSD * innovationSD
        } else if Swift.abs(1 - phi) < 1e-12 {
            variance = innovationSD * innovationSD / Double(h)
        } else {
            variance = innovationSD * innovationSD * (1 - phi * phi) / (1 - Foundation.pow(phi, 2 * Double(h)))
        }
        return AR1(level: level, persistence: phi, innovationSD: variance.squareRoot(), count: count)
    }

    /// The standard deviation of a deviation `h` steps after it was known
    /// exactly: σ · √(1 + φ² + … + φ^(2(h−1))).
    public func deviationSD(steps h: Int) -> Double {
        var sum = 0.0, term = 1.0
        for _ in 0..<Swift.max(h, 0) {
            sum += term
            term *= persistence * persistence
        }
        return innovationSD * sum.squareRoot()
    }
}
