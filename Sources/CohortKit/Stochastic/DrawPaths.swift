/// The random paths of every draw, generated before projecting: each draw's
/// from its own ``RandomStream`` (seed, draw index), so they do not depend
/// on threads or chunks.
///
/// Per draw, the stream gives, in this order: one correlated pair for the
/// drift errors of k (female, male), then for each year from the jump-off
/// a correlated pair for k's innovations, followed, in projected years, by
/// one normal for the TFR and one for migration. Every
/// number is drawn whether or not its component varies, so switching one
/// component off leaves the others' paths unchanged.
struct DrawPaths: Sendable {
    let draws: Int
    /// Projected years.
    let years: Int
    /// k(t) − E k(t) by sex: `[draw * years + y]`.
    let kDeviation: BySex<[Double]>
    /// δ(t), the deviation of the logit TFR: `[draw * years + y]`.
    let tfrDeviation: [Double]
    /// D(t), the deviation of total net migrants (persons): `[draw * years + y]`.
    let migrationDeviation: [Double]

    /// - Parameter lead: steps of k between the jump-off year and the year
    ///   before the first projected year (Taiwan: 2023 → 2024, 1).
    init(model: StochasticModel, options: SimulationOptions, years: Int, lead: Int) {
        draws = options.draws
        self.years = years
        var kf = [Double](repeating: 0, count: draws * years), km = kf, tf = kf, mg = kf
        let lc = model.mortality
        let rho = model.mortalityCorrelation
        let phiF = model.fertility.ar.persistence, sigmaF = model.fertility.ar.innovationSD
        let phiM = model.migration.ar.persistence, sigmaM = model.migration.ar.innovationSD
        let varyMortality = options.vary.contains(.mortality)
        let varyFertility = options.vary.contains(.fertility)
        let varyMigration = options.vary.contains(.migration)
        for d in 0..<draws {
            var rng = RandomStream(seed: options.seed, stream: UInt64(d))
            let (zf, zm) = rng.nextCorrelatedNormals(rho: rho)
            let driftError = options.driftUncertainty ? (female: zf * lc.female.driftSE, male: zm * lc.male.driftSE) : (female: 0, male: 0)
            var walk = (female: 0.0, male: 0.0)
            var delta = 0.0, migration = 0.0
            for step in 1...(lead + years) {
                let (ef, em) = rng.nextCorrelatedNormals(rho: rho)
                walk.female += ef * lc.female.innovationSD
                walk.male += em * lc.male.innovationSD
                let y = step - lead - 1
                guard y >= 0 else { continue }
                delta = phiF * delta + sigmaF * rng.nextNormal()
                migration = phiM * migration + sigmaM * rng.nextNormal()
                let i = d * years + y
                if varyMortality {
                    kf[i] = walk.female + Double(step) * driftError.female
                    km[i] = walk.male + Double(step) * driftError.male
                }
                if varyFertility { tf[i] = delta }
                if varyMigration { mg[i] = migration }
            }
        }
        kDeviation = BySex(female: kf, male: km)
        tfrDeviation = tf
        migrationDeviation = mg
    }
}
