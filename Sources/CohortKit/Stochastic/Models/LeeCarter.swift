import Foundation

/// The Lee–Carter model of death rates for one sex:
/// ln m(x, t) = a(x) + b(x) · k(t) + ε(x, t),
/// with k(t) projected as a random walk with drift: k(t) = k(t − 1) + d + e(t).
///
/// Fitting (Lee and Carter 1992): a(x) is the mean over years of ln m(x, t);
/// b and k are the first singular vectors of the centred matrix (SVD through
/// LAPACK), normalised so Σ b(x) = 1 and Σ k(t) = 0; then each k(t) is
/// re-estimated so the model's deaths Σₓ E(x, t) · exp(a(x) + b(x) k(t))
/// equal the observed deaths of year t. The drift is (k(T) − k(1)) / (T − 1),
/// per calendar year, and σ the standard deviation of k's annual steps around
/// it (n − 2 degrees of freedom). Years may be evenly spaced h > 1 apart (the
/// UN's 5-year periods): a step of h years is then a sum of h annual steps, so
/// σ² = Σ (Δk − h·d)² / h / (n − 2).
public struct LeeCarter: Sendable, Equatable {
    /// The fitted years, in order.
    public var years: [Int]
    /// a(x), one value per age group (the rows of the fitted matrices).
    public var a: [Double]
    /// b(x), summing to 1.
    public var b: [Double]
    /// k(t), one per fitted year, after the re-estimation to deaths.
    public var k: [Double]
    /// The share of the centred log-rate matrix's variance the first singular
    /// component explains: s₁² / Σ sᵢ².
    public var varianceExplained: Double
    /// d, the drift of k per year.
    public var drift: Double
    /// σ, the standard deviation of k's annual steps around the drift.
    public var innovationSD: Double

    /// The standard error of the drift, σ / √(T − 1) (T − 1 = the years the fit spans;
    /// n − 1 for consecutive years).
    public var driftSE: Double { innovationSD / Double(years.last! - years.first!).squareRoot() }

    /// A model with known parameters (for simulation or tests); drift and σ
    /// per calendar year from `k` (years increasing, evenly or unevenly spaced).
    public init(years: [Int], a: [Double], b: [Double], k: [Double], varianceExplained: Double = .nan) {
        precondition(a.count == b.count && years.count == k.count && k.count >= 3)
        precondition(zip(years.dropFirst(), years).allSatisfy { $0 > $1 }, "years must increase")
        self.years = years
        self.a = a
        self.b = b
        self.k = k
        self.varianceExplained = varianceExplained
        let steps = zip(k.dropFirst(), k).map { $0 - $1 }
        let gaps = zip(years.dropFirst(), years).map { Double($0 - $1) }
        drift = (k.last! - k.first!) / Double(years.last! - years.first!)
        let d = drift
        innovationSD =
            (zip(steps, gaps).map { ($0 - d * $1) * ($0 - d * $1) / $1 }.reduce(0, +) / Double(steps.count - 1))
            .squareRoot()
    }

    /// Fits the model to deaths and exposures (person-years): matrices with
    /// one row per age group and one column per year of `years`.
    ///
    /// - Parameters:
    ///   - deaths: deaths by age group (rows) and year (columns).
    ///   - exposures: person-years, the same shape.
    ///   - years: the calendar years of the columns.
    ///   - sex: the sex the model describes.
    ///   - groupLabels: names of the age groups for messages (default: their row numbers).
    ///   - refitToDeaths: re-estimate k(t) to match each year's deaths (default, as Lee and Carter do).
    /// - Throws: ``StochasticModelError`` for a zero or negative exposure,
    ///   a zero death count, or a year whose deaths k cannot match;
    ///   ``LinearAlgebraError`` if the SVD fails.
    public static func fit(
        deaths: AgeMatrix, exposures: AgeMatrix, years: [Int], sex: Sex,
        groupLabels: [String]? = nil, refitToDeaths: Bool = true
    ) throws -> LeeCarter {
        let rows = deaths.ages, n = deaths.columns
        precondition(
            exposures.ages == rows && exposures.columns == n && years.count == n,
            "deaths, exposures and years must match")
        guard n >= 3 else { throw StochasticModelError.seriesTooShort(n) }
        let logm = try logRates(deaths: deaths, exposures: exposures, years: years, sex: sex, groupLabels: groupLabels)
        var a = [Double](repeating: 0, count: rows)
        for x in 0..<rows {
            var s = 0.0
            for t in 0..<n { s += logm[x + t * rows] }
            a[x] = s / Double(n)
        }
        var centred = logm
        for t in 0..<n { for x in 0..<rows { centred[x + t * rows] -= a[x] } }
        guard let component = try firstComponent(centred, rows: rows, columns: n) else {
            throw StochasticModelError.constantSeries
        }
        let b = component.b
        var k = component.k
        let total = component.singularValues.map { $0 * $0 }.reduce(0, +)
        let explained = total > 0 ? component.singularValues[0] * component.singularValues[0] / total : 1

        if refitToDeaths {
            for t in 0..<n {
                let target = (0..<rows).reduce(0.0) { $0 + deaths[$1, t] }
                k[t] = try matchDeaths(
                    target: target, start: k[t], a: a, b: b,
                    exposures: (0..<rows).map { exposures[$0, t] }, year: years[t])
            }
        }
        return LeeCarter(years: years, a: a, b: b, k: k, varianceExplained: explained)
    }

    /// ln(D/E) of every cell, column-major (rows = age groups, columns = years).
    ///
    /// - Throws: ``StochasticModelError/badRate(year:sex:ageGroup:detail:)`` for
    ///   an exposure or a death count that is not positive.
    static func logRates(
        deaths: AgeMatrix, exposures: AgeMatrix, years: [Int], sex: Sex, groupLabels: [String]?
    ) throws -> [Double] {
        let rows = deaths.ages, n = deaths.columns
        let label = { (x: Int) in groupLabels?[x] ?? String(x) }
        var logm = [Double](repeating: 0, count: rows * n)
        for t in 0..<n {
            for x in 0..<rows {
                let d = deaths[x, t], e = exposures[x, t]
                guard e > 0, e.isFinite else {
                    throw StochasticModelError.badRate(
                        year: years[t], sex: sex, ageGroup: label(x), detail: "exposure \(e) is not positive")
                }
                guard d > 0, d.isFinite else {
                    throw StochasticModelError.badRate(
                        year: years[t], sex: sex, ageGroup: label(x),
                        detail: "\(d) deaths: the log-rate needs a positive count; group ages more widely")
                }
                logm[x + t * rows] = Foundation.log(d / e)
            }
        }
        return logm
    }

    /// The first singular component of a `rows` × `columns` matrix (column-major)
    /// as b (scaled to sum to 1) and k (so that b·k is the component), with all
    /// singular values; nil when the matrix is (numerically) zero or b cannot be
    /// scaled to sum to 1.
    static func firstComponent(
        _ matrix: [Double], rows: Int, columns: Int
    ) throws
        -> (b: [Double], k: [Double], singularValues: [Double])?
    {
        let svd = try SingularValueDecomposition(matrix, rows: rows, columns: columns)
        let s = svd.singularValues, r = s.count
        let u1 = Array(svd.u[0..<rows])
        let sumU = u1.reduce(0, +)
        guard s[0] > 1e-12 * Swift.max(1, s.reduce(0, +)), abs(sumU) > 1e-8 else { return nil }
        return (u1.map { $0 / sumU }, (0..<columns).map { t in s[0] * svd.vt[t * r] * sumU }, s)
    }

    /// Solves Σₓ E(x) · exp(a(x) + b(x) k) = target for k by Newton's method,
    /// falling back to bisection on a widening bracket.
    static func matchDeaths(
        target: Double, start: Double, a: [Double], b: [Double], exposures e: [Double], year: Int
    ) throws -> Double {
        func f(_ k: Double) -> (value: Double, slope: Double) {
            var v = 0.0, s = 0.0
            for x in a.indices {
                let d = e[x] * Foundation.exp(a[x] + b[x] * k)
                v += d
                s += d * b[x]
            }
            return (v - target, s)
        }
        var k = start
        for _ in 0..<100 {
            let (v, s) = f(k)
            guard s > 0 else { break }
            let step = v / s
            k -= step
            if Swift.abs(step) <= 1e-12 * Swift.max(1, Swift.abs(k)) { return k }
        }
        // Bisection: the model's deaths grow with k when b is mostly positive.
        var lo = start - 1, hi = start + 1
        var widen = 0
        while f(lo).value > 0 || f(hi).value < 0 {
            lo -= Swift.abs(lo - start) + 1
            hi += Swift.abs(hi - start) + 1
            widen += 1
            if widen > 60 { throw StochasticModelError.kDidNotConverge(year: year) }
        }
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if f(mid).value > 0 { hi = mid } else { lo = mid }
        }
        return (lo + hi) / 2
    }

    /// ln m(x) = a(x) + b(x) · k for every age group.
    public func logRates(k: Double) -> [Double] {
        zip(a, b).map { $0 + $1 * k }
    }
}
