import Foundation

/// The UN-calibrated paths (``UncertaintySource/un``): each draw follows
/// standard normal paths z(t) with the persistence of the fitted models, and
/// each year's value is the published distribution's at z(t), centred on the
/// scenario (see ``StochasticProjection``).
extension DrawPaths {
    /// The scenario's values the draws are centred on, by projected year.
    struct Centre {
        /// TFR, children per woman.
        var tfr: [Double]
        /// Death rates by sex and age (the mortality centre).
        var deathRates: [BySex<[Double]>]
        /// Calendar years.
        var years: [Int]
    }

    /// Standard normal paths for one draw: AR(1) for fertility and migration
    /// with the fitted φ, scaled to unit variance every year (z(t) = φ z(t − 1)
    /// + √(1 − φ²) ε); for e(0), the Lee–Carter random walk of k normalised
    /// to unit variance (w(t) = w(t − 1) + ε, z(t) = w(t) / √t), the sexes'
    /// steps correlated as in the history.
    static func normalPaths(
        rng: inout RandomStream, years: Int, phiF: Double, phiM: Double, rho: Double
    ) -> (tfr: [Double], migration: [Double], e0: BySex<[Double]>) {
        var tfr = [Double](repeating: 0, count: years), migration = tfr
        var e0 = BySex { _ in [Double](repeating: 0, count: years) }
        var zf = 0.0, zm = 0.0, walk = BySex(female: 0.0, male: 0.0)
        let phiF = Swift.min(Swift.max(phiF, -0.999), 0.999), phiM = Swift.min(Swift.max(phiM, -0.999), 0.999)
        for y in 0..<years {
            let (ef, em) = rng.nextCorrelatedNormals(rho: rho)
            walk.female += ef
            walk.male += em
            let a = rng.nextNormal(), b = rng.nextNormal()
            zf = y == 0 ? a : phiF * zf + (1 - phiF * phiF).squareRoot() * a
            zm = y == 0 ? b : phiM * zm + (1 - phiM * phiM).squareRoot() * b
            tfr[y] = zf
            migration[y] = zm
            let scale = 1 / Double(y + 1).squareRoot()
            e0.female[y] = walk.female * scale
            e0.male[y] = walk.male * scale
        }
        return (tfr, migration, e0)
    }

    /// The k departure that gives each e(0) in a year: e(0) of
    /// centre · exp(b · k) on a grid of 193 values of k, inverted by linear
    /// interpolation (e(0) falls as k rises where b > 0). The grid covers the
    /// published distribution to z = ±4.5 unless e(0) cannot go that far
    /// (the ages whose b is 0 or below hold it back) or the rates that far out
    /// give no life table; the grid then ends where they stop.
    struct KGrid {
        var k: [Double]
        var e0: [Double]

        init(centre: [Double], b: [Double], sex: Sex, closure: OpenAgeClosure?, cover: ClosedRange<Double>) throws {
            // Each k's e(0) once: the widening below asks for the same ends several times.
            var known: [Double: Result<Double, Error>] = [:]
            func e0(_ k: Double) throws -> Double {
                if let r = known[k] { return try r.get() }
                let r = Result {
                    try LifeTable(deathRates: zip(centre, b).map { $0 * fastExp($1 * k) }, sex: sex, closure: closure)
                        .lifeExpectancyAtBirth
                }
                known[k] = r
                return try r.get()
            }
            // Widen the grid until it covers the e(0)s wanted, until widening no longer moves e(0) (at the extremes
            // the ages with b ≤ 0 hold it back), or until the rates at its ends no longer give a life table (death
            // rates far above 1). Targets beyond the grid take its end.
            func works(_ k: Double) -> Bool { (try? e0(k)) != nil && (try? e0(-k)) != nil }
            var limit = 8.0
            while !works(limit) && limit > 1e-3 { limit /= 2 }
            while limit < 4096, works(2 * limit) {
                let low = try e0(limit), high = try e0(-limit)
                let wantLow = try low > cover.lowerBound && low - e0(2 * limit) > 0.01
                let wantHigh = try high < cover.upperBound && e0(-2 * limit) - high > 0.01
                guard wantLow || wantHigh else { break }
                limit *= 2
            }
            let points = 193
            k = (0..<points).map { -limit + 2 * limit * Double($0) / Double(points - 1) }
            var e = try k.map(e0)
            // Monotone from the middle out (at extreme k, e(0) can turn back): flat where it would.
            let mid = points / 2
            for i in stride(from: mid - 1, through: 0, by: -1) { e[i] = Swift.max(e[i], e[i + 1]) }
            for i in (mid + 1)..<points { e[i] = Swift.min(e[i], e[i - 1]) }
            self.e0 = e
        }

        /// The k whose e(0) is `target` (clamped to the grid).
        func k(for target: Double) -> Double {
            // e0 decreases along the grid.
            if target >= e0[0] { return k[0] }
            if target <= e0[e0.count - 1] { return k[k.count - 1] }
            var lo = 0, hi = e0.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if e0[mid] > target { lo = mid } else { hi = mid }
            }
            let w = (e0[lo] - target) / (e0[lo] - e0[hi])
            return k[lo] + w * (k[hi] - k[lo])
        }
    }

    /// Calibrated paths for `options.draws` draws (plus the centre, all zero).
    ///
    /// - Throws: ``InputError`` when `bounds` miss a projected year or
    ///   quantity, or a life table fails on the grid of k.
    init(
        calibrated bounds: ProjectionBounds, centre: Centre, model: StochasticModel, factors: BySex<[Double]>,
        options: SimulationOptions
    ) throws {
        draws = options.draws
        years = centre.years.count
        let count = (draws + 1) * years
        var first = BySex { _ in [Double](repeating: 0, count: count) }
        var tf = [Double](repeating: 0, count: count), mg = tf
        // Published offsets from the median, by year: the scenario keeps its own centre.
        func need(_ q: ProjectionBounds.Quantity, _ year: Int, _ z: Double) throws -> (value: Double, median: Double) {
            guard let v = bounds.value(q, year: year, z: z), let m = bounds.median(q, year: year) else {
                throw InputError(
                    "\(bounds.source) has no \(q.rawValue) quantiles for \(year); the UN-calibrated uncertainty needs every projected year"
                )
            }
            return (v, m)
        }
        let closure = options.projection.closure
        // e(0) of the centre and the k grids, each covering the published spread well beyond ±1.96.
        var grids: [BySex<KGrid>] = []
        var centreE0: [BySex<Double>] = []
        for (y, year) in centre.years.enumerated() {
            let e = try BySex { sex in
                try LifeTable(deathRates: centre.deathRates[y][sex], sex: sex, closure: closure).lifeExpectancyAtBirth
            }
            centreE0.append(e)
            grids.append(
                try BySex { sex in
                    let lo = try need(.e0(sex), year, -4.5), hi = try need(.e0(sex), year, 4.5)
                    return try KGrid(
                        centre: centre.deathRates[y][sex], b: factors[sex], sex: sex, closure: closure,
                        cover: (e[sex] + lo.value - lo.median)...(e[sex] + hi.value - hi.median))
                })
            _ = try need(.tfr, year, 0)
            _ = try need(.netMigrants, year, 0)
        }
        // The published points by year, looked up once (not per draw).
        func table(_ q: ProjectionBounds.Quantity) throws -> [[Double]] {
            try centre.years.map { year in
                _ = try need(q, year, 0)
                return bounds.points[q]![year]!
            }
        }
        let tfrPoints = try table(.tfr), migrationPoints = try table(.netMigrants)
        let e0Points = try BySex { sex in try table(.e0(sex)) }
        let fertilityBounds = model.fertility.bounds
        let centreLogit = centre.tfr.map { FertilityModel.logit($0, fertilityBounds) }
        let varyMortality = options.vary.contains(.mortality), varyFertility = options.vary.contains(.fertility)
        let varyMigration = options.vary.contains(.migration)
        for d in 0..<draws {
            var rng = RandomStream(seed: options.seed, stream: UInt64(d))
            let z = Self.normalPaths(
                rng: &rng, years: years, phiF: model.fertility.ar.persistence,
                phiM: model.migration.ar.persistence, rho: model.mortalityCorrelation)
            for y in 0..<years {
                let i = d * years + y
                if varyFertility {
                    let q = tfrPoints[y]
                    let lower = fertilityBounds.lowerBound, upper = fertilityBounds.upperBound
                    let target = Swift.min(
                        Swift.max(centre.tfr[y] * ProjectionBounds.value(of: q, z: z.tfr[y]) / q[2], lower + 1e-6),
                        upper - 1e-6)
                    tf[i] = FertilityModel.logit(target, fertilityBounds) - centreLogit[y]
                }
                if varyMigration {
                    let q = migrationPoints[y]
                    mg[i] = ProjectionBounds.value(of: q, z: z.migration[y]) - q[2]
                }
                if varyMortality {
                    for sex in Sex.allCases {
                        let q = e0Points[sex][y]
                        first[sex][i] = grids[y][sex].k(
                            for: centreE0[y][sex] + ProjectionBounds.value(of: q, z: z.e0[sex][y]) - q[2])
                    }
                }
            }
        }
        mortalityFirst = first
        mortalitySecond = BySex { _ in [Double](repeating: 0, count: count) }
        tfrDeviation = tf
        migrationDeviation = mg
    }
}
