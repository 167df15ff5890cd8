/// One draw's parameters for the history-fitted uncertainty: the fitted
/// models' parameters perturbed by their sampling error, so that the spread
/// admits that 30–40 years of history pin them down only roughly.
///
/// - σ of an AR(1) or of k's steps: σ̂ · √(ν / χ²_ν), ν the fit's degrees of
///   freedom (n − 3 for an AR(1) of n values, n − 2 for k's n − 1 steps): the
///   usual scaled inverse χ² posterior of a normal variance;
/// - φ of an AR(1): φ̂ + √((1 − φ̂²) / (n − 1)) · ε, its large-sample standard
///   error, kept inside −0.98…0.995 (a draw never becomes explosive).
///
/// The numbers come from a stream of their own (``RandomStream`` stream
/// 2⁶² + d for draw d), so the paths' own stream is the same with or without
/// parameter uncertainty.
struct ParameterDraw {
    /// φ and σ of the TFR and migration AR(1)s; σ of the Lee–Carter steps by sex (or of K).
    var phiF: Double, sigmaF: Double, phiM: Double, sigmaM: Double
    var sigmaK: BySex<Double>

    /// The fitted parameters as they are.
    init(phiF: Double, sigmaF: Double, phiM: Double, sigmaM: Double, sigmaK: BySex<Double>) {
        self.phiF = phiF
        self.sigmaF = sigmaF
        self.phiM = phiM
        self.sigmaM = sigmaM
        self.sigmaK = sigmaK
    }

    /// The stream of draw `draw`'s parameters.
    static func stream(seed: UInt64, draw: Int) -> RandomStream {
        RandomStream(seed: seed, stream: (1 << 62) + UInt64(draw))
    }

    /// σ̂ · √(ν / χ²_ν), χ²_ν as a sum of ν squared normals.
    static func sigma(_ fitted: Double, degrees nu: Int, _ rng: inout RandomStream) -> Double {
        guard nu > 0, fitted > 0 else { return fitted }
        var chi = 0.0
        for _ in 0..<nu {
            let z = rng.nextNormal()
            chi += z * z
        }
        return fitted * (Double(nu) / chi).squareRoot()
    }

    /// φ̂ + its standard error · ε, kept in −0.98…0.995.
    static func phi(_ fitted: Double, count n: Int, _ rng: inout RandomStream) -> Double {
        guard n > 1 else { return fitted }
        let se = (Swift.max(0, 1 - fitted * fitted) / Double(n - 1)).squareRoot()
        return Swift.min(Swift.max(fitted + se * rng.nextNormal(), -0.98), 0.995)
    }

    /// Draw `draw`'s parameters around the fitted ones (`sharedK`: one σ for both sexes, the coherent model's K).
    static func sampled(
        around fitted: ParameterDraw, fertilityCount: Int, migrationCount: Int, kSteps: BySex<Int>, sharedK: Bool,
        seed: UInt64, draw: Int
    ) -> ParameterDraw {
        var rng = stream(seed: seed, draw: draw)
        let phiF = phi(fitted.phiF, count: fertilityCount, &rng)
        let sigmaF = sigma(fitted.sigmaF, degrees: fertilityCount - 3, &rng)
        let phiM = phi(fitted.phiM, count: migrationCount, &rng)
        let sigmaM = sigma(fitted.sigmaM, degrees: migrationCount - 3, &rng)
        let female = sigma(fitted.sigmaK.female, degrees: kSteps.female - 1, &rng)
        let male =
            sharedK
            ? fitted.sigmaK.male * female / fitted.sigmaK.female
            : sigma(
                fitted.sigmaK.male, degrees: kSteps.male - 1, &rng)
        return ParameterDraw(
            phiF: phiF, sigmaF: sigmaF, phiM: phiM, sigmaM: sigmaM, sigmaK: BySex(female: female, male: male))
    }
}
