/// The random paths of every draw, generated before projecting: each draw's
/// from its own ``RandomStream`` (seed, draw index), so they do not depend
/// on threads or chunks.
///
/// Per draw, the stream gives, in this order: one correlated pair for the
/// drift errors (Lee–Carter: of k female, male; coherent: the first for K),
/// then for each year from the jump-off a correlated pair for the
/// innovations (coherent: the first for K), for the coherent model one more
/// independent pair for k female and male, and, in projected years, one
/// normal for the TFR and one for migration. Every number is drawn whether
/// or not its component varies, so switching one component off leaves the
/// others' paths unchanged.
///
/// With ``SimulationOptions/parameterUncertainty`` each draw's φ and σ come
/// from ``ParameterDraw`` (a stream of their own); the walk and AR(1) steps
/// then use them.
///
/// The arrays hold one member more than there are draws: the last, index
/// `draws`, is the centre, whose departures are all zero.
struct DrawPaths: Sendable {
    let draws: Int
    /// Projected years.
    let years: Int
    /// Mortality, by sex: the departures of the model's two factors from
    /// their expected paths (Lee–Carter: k − E k and 0; coherent: K − E K and
    /// kᵢ − E kᵢ), `[draw * years + y]`. `mortalitySecond` is empty when the
    /// model has no second factor (Lee–Carter, the UN-calibrated draws): its
    /// departures are all zero.
    let mortalityFirst: BySex<[Double]>
    let mortalitySecond: BySex<[Double]>
    /// δ(t), the deviation of the logit TFR: `[draw * years + y]`.
    let tfrDeviation: [Double]
    /// D(t), the deviation of total net migrants (persons): `[draw * years + y]`.
    let migrationDeviation: [Double]

    /// - Parameter lead: steps of k between the jump-off year and the year
    ///   before the first projected year (Taiwan: 2023 → 2024, 1).
    init(model: StochasticModel, options: SimulationOptions, years: Int, lead: Int) {
        draws = options.draws
        self.years = years
        let count = (draws + 1) * years
        var first = BySex { _ in [Double](repeating: 0, count: count) }, second = first
        var tf = [Double](repeating: 0, count: count), mg = tf
        let coherent = options.mortalityModel == .coherent
        let lc = model.mortality, cl = model.coherentMortality
        let rho = coherent ? 0 : model.mortalityCorrelation
        // σ and drift standard error of the first factor by sex.
        let sigma =
            coherent
            ? BySex(female: cl.common.innovationSD, male: cl.common.innovationSD)
            : BySex(female: lc.female.innovationSD, male: lc.male.innovationSD)
        let driftSE =
            coherent
            ? BySex(female: cl.common.driftSE, male: cl.common.driftSE)
            : BySex(female: lc.female.driftSE, male: lc.male.driftSE)
        let phiF = model.fertility.ar.persistence, sigmaF = model.fertility.ar.innovationSD
        let phiM = model.migration.ar.persistence, sigmaM = model.migration.ar.innovationSD
        let varyMortality = options.vary.contains(.mortality)
        let varyFertility = options.vary.contains(.fertility)
        let varyMigration = options.vary.contains(.migration)
        let fitted = ParameterDraw(
            phiF: phiF, sigmaF: sigmaF, phiM: phiM, sigmaM: sigmaM, sigmaK: sigma)
        let kSteps =
            coherent
            ? BySex(female: cl.common.k.count - 1, male: cl.common.k.count - 1)
            : BySex(female: lc.female.k.count - 1, male: lc.male.k.count - 1)
        for d in 0..<draws {
            var rng = RandomStream(seed: options.seed, stream: UInt64(d))
            let p =
                options.parameterUncertainty
                ? ParameterDraw.sampled(
                    around: fitted, fertilityCount: model.fertility.ar.count, migrationCount: model.migration.ar.count,
                    kSteps: kSteps, sharedK: coherent, seed: options.seed, draw: d) : fitted
            let (zf, zm) = rng.nextCorrelatedNormals(rho: rho)
            let driftError: BySex<Double> =
                options.driftUncertainty
                ? BySex(female: zf * driftSE.female, male: (coherent ? zf : zm) * driftSE.male)
                : BySex(female: 0, male: 0)
            var walk = BySex(female: 0.0, male: 0.0), sexFactor = BySex(female: 0.0, male: 0.0)
            var delta = 0.0, migration = 0.0
            for step in 1...(lead + years) {
                let (ef, em) = rng.nextCorrelatedNormals(rho: rho)
                walk.female += ef * p.sigmaK.female
                walk.male += (coherent ? ef : em) * p.sigmaK.male
                if coherent {
                    let (gf, gm) = rng.nextCorrelatedNormals(rho: 0)
                    sexFactor.female = cl.ar.female.persistence * sexFactor.female + cl.ar.female.innovationSD * gf
                    sexFactor.male = cl.ar.male.persistence * sexFactor.male + cl.ar.male.innovationSD * gm
                }
                let y = step - lead - 1
                guard y >= 0 else { continue }
                let (ef2, em2) =
                    options.correlateFertilityMigration
                    ? rng.nextCorrelatedNormals(rho: model.fertilityMigrationCorrelation)
                    : (rng.nextNormal(), rng.nextNormal())
                delta = p.phiF * delta + p.sigmaF * ef2
                migration = p.phiM * migration + p.sigmaM * em2
                let i = d * years + y
                if varyMortality {
                    for sex in Sex.allCases {
                        first[sex][i] = walk[sex] + Double(step) * driftError[sex]
                        second[sex][i] = sexFactor[sex]
                    }
                }
                if varyFertility { tf[i] = delta }
                if varyMigration { mg[i] = migration }
            }
        }
        mortalityFirst = first
        mortalitySecond = coherent ? second : BySex { _ in [] }
        tfrDeviation = tf
        migrationDeviation = mg
    }
}
