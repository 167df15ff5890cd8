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
