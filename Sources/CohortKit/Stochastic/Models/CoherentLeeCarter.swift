import Foundation

/// The coherent ("augmented common factor") Lee–Carter model of Li and Lee
/// (2005) for two sexes:
/// ln mᵢ(x, t) = aᵢ(x) + B(x)·K(t) + bᵢ(x)·kᵢ(t).
///
/// B and K are the Lee–Carter factor of both sexes together (deaths and
/// exposures summed; K re-estimated to the total deaths) and follow a random
/// walk with drift; aᵢ(x) is the mean over years of ln mᵢ(x, t) − B(x)·K(t); bᵢ and kᵢ the first
/// singular component of what B·K leaves of that sex's centred log-rates
/// (Σ bᵢ = 1). Each kᵢ follows an AR(1), so while it reverts to its level
/// the sexes' rates move together in the long run instead of drifting
/// apart as two separate Lee–Carter models do.
public struct CoherentLeeCarter: Sendable, Equatable {
    /// The common factor (a = A, b = B, k = K, drift and σ of K).
    public var common: LeeCarter
    /// aᵢ(x) by sex.
    public var a: BySex<[Double]>
    /// bᵢ(x) by sex (Σ = 1; all zero when B·K leaves nothing).
    public var b: BySex<[Double]>
    /// kᵢ(t) by sex, one per fitted year.
    public var k: BySex<[Double]>
    /// The AR(1) of each kᵢ, per calendar year (fitted to years h apart and
    /// made annual by ``AR1/annualised(step:)``).
    public var ar: BySex<AR1>
    /// The share of each sex's centred log-rate variance that B·K + bᵢ·kᵢ explains.
    public var varianceExplained: BySex<Double>

    /// A model from its parts.
    public init(
        common: LeeCarter, a: BySex<[Double]>, b: BySex<[Double]>, k: BySex<[Double]>, ar: BySex<AR1>,
        varianceExplained: BySex<Double>
    ) {
        self.common = common
        self.a = a
        self.b = b
        self.k = k
        self.ar = ar
        self.varianceExplained = varianceExplained
    }

    /// True when both kᵢ revert (|φ| < 1): the sexes' rates stay in step.
    public var isCoherent: Bool { Sex.allCases.allSatisfy { abs(ar[$0].persistence) < 1 } }

    /// Fits the model to deaths and exposures by sex (rows = age groups, columns = `years`,
    /// consecutive or evenly spaced).
    ///
    /// - Throws: as ``LeeCarter/fit(deaths:exposures:years:sex:groupLabels:refitToDeaths:)``,
    ///   and ``StochasticModelError`` when a kᵢ cannot take an AR(1).
    public static func fit(
        deaths: BySex<AgeMatrix>, exposures: BySex<AgeMatrix>, years: [Int],
        groupLabels: [String]? = nil
    ) throws -> CoherentLeeCarter {
        let rows = deaths.female.ages, n = deaths.female.columns
        var totalDeaths = AgeMatrix(ages: rows, columns: n), totalExposures = totalDeaths
        for t in 0..<n {
            for x in 0..<rows {
                totalDeaths[x, t] = deaths.female[x, t] + deaths.male[x, t]
                totalExposures[x, t] = exposures.female[x, t] + exposures.male[x, t]
            }
        }
        // Both sexes together; `sex` only labels errors.
        let common = try LeeCarter.fit(
            deaths: totalDeaths, exposures: totalExposures, years: years, sex: .female,
            groupLabels: groupLabels)
        var a = BySex { _ in [Double]() }, b = a, k = a
        var explained = BySex { _ in 0.0 }
        for sex in Sex.allCases {
            let logm = try LeeCarter.logRates(
                deaths: deaths[sex], exposures: exposures[sex], years: years, sex: sex,
                groupLabels: groupLabels)
            // aᵢ: the mean of what the common factor leaves, so the residuals have zero mean by age.
            let ai = (0..<rows).map { x in
                (0..<n).reduce(0.0) { $0 + logm[x + $1 * rows] - common.b[x] * common.k[$1] } / Double(n)
            }
            let means = (0..<rows).map { x in (0..<n).reduce(0.0) { $0 + logm[x + $1 * rows] } / Double(n) }
            var centred = logm, residual = logm
            for t in 0..<n {
                for x in 0..<rows {
                    centred[x + t * rows] = logm[x + t * rows] - means[x]
                    residual[x + t * rows] = logm[x + t * rows] - ai[x] - common.b[x] * common.k[t]
                }
            }
            // Nothing left beyond B·K (or a component whose b cannot be scaled to sum to 1): no sex factor.
            let component = try LeeCarter.firstComponent(residual, rows: rows, columns: n)
            let bi = component?.b ?? [Double](repeating: 0, count: rows),
                ki = component?.k ?? [Double](repeating: 0, count: n)
            var total = 0.0, left = 0.0
            for t in 0..<n {
                for x in 0..<rows {
                    let c = centred[x + t * rows]
                    let e = residual[x + t * rows] - bi[x] * ki[t]
                    total += c * c
                    left += e * e
                }
            }
            a[sex] = ai
            b[sex] = bi
            k[sex] = ki
            explained[sex] = total > 0 ? 1 - left / total : 1
        }
        // Years h apart (the UN's 5-year periods): the AR(1) of the fitted steps, made annual.
        let step = years.count > 1 ? years[1] - years[0] : 1
        let ar = try BySex { sex -> AR1 in
            if k[sex].allSatisfy({ $0 == 0 }) { return AR1(level: 0, persistence: 0, innovationSD: 0, count: n) }
            return try AR1.fit(k[sex]).annualised(step: step)
        }
        return CoherentLeeCarter(common: common, a: a, b: b, k: k, ar: ar, varianceExplained: explained)
    }

    /// E kᵢ(T + h) − kᵢ(T): the AR(1)'s expected path from the last fitted value, h years on.
    public func expectedChange(sex: Sex, steps h: Int) -> Double {
        let model = ar[sex], last = k[sex].last!
        // No sex factor, or a k that does not revert (no level): expect no change.
        guard model.persistence != 0 || model.innovationSD != 0, model.level.isFinite else { return 0 }
        return (model.level + Foundation.pow(model.persistence, Double(h)) * (last - model.level)) - last
    }
}
