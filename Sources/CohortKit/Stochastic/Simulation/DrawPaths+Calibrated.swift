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
        var z = NormalPathBuffers(years: years)
        normalPaths(rng: &rng, years: years, phiF: phiF, phiM: phiM, rho: rho, into: &z)
        return (z.tfr, z.migration, z.e0)
    }

    /// ``normalPaths(rng:years:phiF:phiM:rho:)`` into buffers kept from draw to draw.
    static func normalPaths(
        rng: inout RandomStream, years: Int, phiF: Double, phiM: Double, rho: Double, into z: inout NormalPathBuffers
    ) {
        var zf = 0.0, zm = 0.0, walk = BySex(female: 0.0, male: 0.0)
        let phiF = Swift.min(Swift.max(phiF, -0.999), 0.999), phiM = Swift.min(Swift.max(phiM, -0.999), 0.999)
        for y in 0..<years {
            let (ef, em) = rng.nextCorrelatedNormals(rho: rho)
            walk.female += ef
            walk.male += em
            let a = rng.nextNormal(), b = rng.nextNormal()
            zf = y == 0 ? a : phiF * zf + (1 - phiF * phiF).squareRoot() * a
            zm = y == 0 ? b : phiM * zm + (1 - phiM * phiM).squareRoot() * b
            z.tfr[y] = zf
            z.migration[y] = zm
            let scale = 1 / Double(y + 1).squareRoot()
            z.e0.female[y] = walk.female * scale
            z.e0.male[y] = walk.male * scale
        }
    }

    /// One draw's standard normal paths, by projected year.
    struct NormalPathBuffers {
        var tfr: [Double]
        var migration: [Double]
        var e0: BySex<[Double]>

        init(years: Int) {
            tfr = [Double](repeating: 0, count: years)
            migration = tfr
            e0 = BySex { _ in [Double](repeating: 0, count: years) }
        }
    }

    /// The k departure that gives each e(0) in a year: e(0) of
    /// centre · exp(b · k) by the draws' own life table
    /// (``SimulationKernel/lifeExpectancies(centre:factor:ks:sex:closure:)``, 8 values of k at a time
    /// on the block kernels) on a grid of 193 values of k, inverted by linear
    /// interpolation (e(0) falls as k rises where b > 0). The grid covers the
    /// published distribution to z = ±4.5 unless e(0) cannot go that far
    /// (the ages whose b is 0 or below hold it back) or the rates that far out
    /// give no life table; the grid then ends where they stop.
    struct KGrid {
        var k: [Double]
        var e0: [Double]

        init(
            centre: [Double], b: [Double], sex: Sex, closure: OpenAgeClosure?, cover: ClosedRange<Double>,
            kernel: SimulationKernel
        ) throws {
            // e(0) by the draws' own life table, the one their projection uses. Each k's once: the widening
            // below asks for the same ends several times.
            var known: [Double: Result<Double, Error>] = [:]
            func e0(_ k: Double) throws -> Double {
                if let r = known[k] { return try r.get() }
                let r = Result {
                    try kernel.lifeExpectancies(centre: centre, factor: b, ks: [k], sex: sex, closure: closure)[0]
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
            var e = try kernel.lifeExpectancies(centre: centre, factor: b, ks: k, sex: sex, closure: closure)
            // Monotone from the middle out (at extreme k, e(0) can turn back): flat where it would.
            let mid = points / 2
            for i in stride(from: mid - 1, through: 0, by: -1) { e[i] = Swift.max(e[i], e[i + 1]) }
            for i in (mid + 1)..<points { e[i] = Swift.min(e[i], e[i - 1]) }
            self.e0 = e
        }

        /// The k whose e(0) is `target` on the grid `k`, `e0` (e0 decreasing; clamped to the grid's ends).
        static func k(for target: Double, k: UnsafeBufferPointer<Double>, e0: UnsafeBufferPointer<Double>) -> Double {
            if target >= e0[0] { return k[0] }
            if target <= e0[e0.count - 1] { return k[k.count - 1] }
            var lo = 0, hi = e0.count - 1
            while hi - lo > 1 {
                // Selections, not branches: which way the search goes is as good as random.
                let mid = (lo + hi) / 2
                let above = e0[mid] > target
                lo = above ? mid : lo
                hi = above ? hi : mid
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
        let draws = options.draws, years = centre.years.count
        let kernel = options.kernel ?? .fastest
        self.draws = draws
        self.years = years
        let count = (draws + 1) * years
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
        // e(0) of the centre and the k grids, each covering the published spread well beyond ±1.96; the years
        // in parallel (each year's grid is its own).
        for year in centre.years {
            _ = try need(.e0(.female), year, 0)
            _ = try need(.e0(.male), year, 0)
            _ = try need(.tfr, year, 0)
            _ = try need(.netMigrants, year, 0)
        }
        let slots = GridSlots(count: years)
        try ParallelChunks(chunk: 1, threads: options.threads).run(count: years) { range in
            for y in range {
                let year = centre.years[y]
                let e = try BySex { sex in
                    do {
                        return try LifeTable(deathRates: centre.deathRates[y][sex], sex: sex, closure: closure)
                            .lifeExpectancyAtBirth
                    } catch let error as LifeTableError {
                        throw InputError("the centre of the draws, \(sex) mortality for \(year): \(error)")
                    }
                }
                let grid = try BySex { sex in
                    let lo = bounds.value(.e0(sex), year: year, z: -4.5)!,
                        hi = bounds.value(.e0(sex), year: year, z: 4.5)!
                    let median = bounds.median(.e0(sex), year: year)!
                    return try KGrid(
                        centre: centre.deathRates[y][sex], b: factors[sex], sex: sex, closure: closure,
                        cover: (e[sex] + lo - median)...(e[sex] + hi - median), kernel: kernel)
                }
                slots.set(y, (e, grid))
            }
        }
        let centreE0 = slots.values.map(\.e0), grids = slots.values.map(\.grid)
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
        // Not zeroed here: the threads write every slot (zero where a component does not vary, and the
        // centre's row below), so the pages are first touched in parallel.
        func uninitialised() -> [Double] { [Double](unsafeUninitializedCapacity: count) { _, n in n = count } }
        var firstFemale = uninitialised(), firstMale = uninitialised(), tf = uninitialised(), mg = uninitialised()
        for i in (draws * years)..<count {
            firstFemale[i] = 0
            firstMale[i] = 0
            tf[i] = 0
            mg[i] = 0
        }
        // Flat copies of the tables the draws read, so that the threads share no reference-counted arrays.
        let points = 5, zPoints = SharedDoubles(ProjectionBounds.z)
        let tfrFlat = SharedDoubles(tfrPoints.flatMap { $0 }),
            migrationFlat = SharedDoubles(migrationPoints.flatMap { $0 })
        let e0Flat = e0Points.map { SharedDoubles($0.flatMap { $0 }) }
        let gridSize = grids.first?.female.k.count ?? 0
        let gridK = grids.map { $0.map(\.k) }, gridE = grids.map { $0.map(\.e0) }
        let kFlat = BySex { sex in SharedDoubles(gridK.flatMap { $0[sex] }) }
        let eFlat = BySex { sex in SharedDoubles(gridE.flatMap { $0[sex] }) }
        let centreTFR = SharedDoubles(centre.tfr), centreLogits = SharedDoubles(centreLogit)
        let centreE0Flat = BySex { sex in SharedDoubles(centreE0.map { $0[sex] }) }
        let phiF = model.fertility.ar.persistence, phiM = model.migration.ar.persistence
        let rho = model.mortalityCorrelation
        let lower = fertilityBounds.lowerBound, upper = fertilityBounds.upperBound
        // The outputs filled in place by the threads, each draw its own slots.
        try firstFemale.withUnsafeMutableBufferPointer { female in
            try firstMale.withUnsafeMutableBufferPointer { male in
                try tf.withUnsafeMutableBufferPointer { tfOut in
                    try mg.withUnsafeMutableBufferPointer { mgOut in
                        let firstOut = BySex(female: female, male: male)
                        // Raw pointers for the threads: reading a shared class reference or array from both threads
                        // would make them contend for its reference count.
                        struct Tables: @unchecked Sendable {
                            var tfr, migration, zs, centreTFR, centreLogit: UnsafeBufferPointer<Double>
                            var e0, k, e, centreE0: BySex<UnsafeBufferPointer<Double>>
                            var first: BySex<UnsafeMutableBufferPointer<Double>>
                            var tf, mg: UnsafeMutableBufferPointer<Double>
                        }
                        let t = Tables(
                            tfr: UnsafeBufferPointer(tfrFlat.pointer),
                            migration: UnsafeBufferPointer(migrationFlat.pointer),
                            zs: UnsafeBufferPointer(zPoints.pointer), centreTFR: UnsafeBufferPointer(centreTFR.pointer),
                            centreLogit: UnsafeBufferPointer(centreLogits.pointer),
                            e0: e0Flat.map { UnsafeBufferPointer($0.pointer) },
                            k: kFlat.map { UnsafeBufferPointer($0.pointer) },
                            e: eFlat.map { UnsafeBufferPointer($0.pointer) },
                            centreE0: centreE0Flat.map { UnsafeBufferPointer($0.pointer) }, first: firstOut, tf: tfOut,
                            mg: mgOut)
                        // Each draw from its own stream into its own slots: the same numbers whatever the threads.
                        try withExtendedLifetime(
                            (
                                tfrFlat, migrationFlat, zPoints, centreTFR, centreLogits, e0Flat, kFlat, eFlat,
                                centreE0Flat
                            )
                        ) {
                            try ParallelChunks(chunk: 256, threads: options.threads).run(count: draws) { range in
                                // The chunk's standard normal paths, each draw from its own stream, 8 at a time
                                // on the block kernels.
                                let size = range.count * years
                                let normals = UnsafeMutableBufferPointer<Double>.allocate(capacity: 4 * size)
                                defer { normals.deallocate() }
                                func part(_ i: Int) -> UnsafeMutableBufferPointer<Double> {
                                    UnsafeMutableBufferPointer(rebasing: normals[(i * size)..<((i + 1) * size)])
                                }
                                kernel.normalPaths(
                                    seed: options.seed, draws: range, years: years, phiF: phiF, phiM: phiM, rho: rho,
                                    tfr: part(0), migration: part(1), female: part(2), male: part(3))
                                let zs = t.zs
                                for d in range {
                                    let row = (d - range.lowerBound) * years
                                    func series(_ i: Int) -> UnsafeBufferPointer<Double> {
                                        UnsafeBufferPointer(
                                            rebasing: normals[(i * size + row)..<(i * size + row + years)])
                                    }
                                    let z = (
                                        tfr: series(0), migration: series(1),
                                        e0: BySex(female: series(2), male: series(3))
                                    )
                                    for y in 0..<years {
                                        let i = d * years + y
                                        let five = (y * points)..<((y + 1) * points)
                                        if varyFertility {
                                            let q = UnsafeBufferPointer(rebasing: t.tfr[five])
                                            let target = Swift.min(
                                                Swift.max(
                                                    t.centreTFR[y]
                                                        * ProjectionBounds.value(of: q, z: z.tfr[y], points: zs) / q[2],
                                                    lower + 1e-6),
                                                upper - 1e-6)
                                            t.tf[i] = FertilityModel.logit(target, fertilityBounds) - t.centreLogit[y]
                                        } else {
                                            t.tf[i] = 0
                                        }
                                        if varyMigration {
                                            let q = UnsafeBufferPointer(rebasing: t.migration[five])
                                            t.mg[i] =
                                                ProjectionBounds.value(of: q, z: z.migration[y], points: zs) - q[2]
                                        } else {
                                            t.mg[i] = 0
                                        }
                                        if varyMortality {
                                            // The target e(0) for now; its k below, the draws' rows at once.
                                            for sex in Sex.allCases {
                                                let q = UnsafeBufferPointer(rebasing: t.e0[sex][five])
                                                t.first[sex][i] =
                                                    t.centreE0[sex][y]
                                                    + ProjectionBounds.value(of: q, z: z.e0[sex][y], points: zs) - q[2]
                                            }
                                        } else {
                                            t.first.female[i] = 0
                                            t.first.male[i] = 0
                                        }
                                    }
                                }
                                if varyMortality {
                                    let rows = (range.lowerBound * years)..<(range.upperBound * years)
                                    for sex in Sex.allCases {
                                        kernel.invertGrids(
                                            UnsafeMutableBufferPointer(rebasing: t.first[sex][rows]), years: years,
                                            size: gridSize, k: t.k[sex], e0: t.e[sex])
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        mortalityFirst = BySex(female: firstFemale, male: firstMale)
        // One factor: no second departures (see ``mortalitySecond``).
        mortalitySecond = BySex { _ in [] }
        tfrDeviation = tf
        migrationDeviation = mg
    }
}

/// Each projected year's centre e(0) and k grids, written by the thread that built them.
private final class GridSlots: @unchecked Sendable {
    private var slots: [(e0: BySex<Double>, grid: BySex<DrawPaths.KGrid>)?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ y: Int, _ value: (e0: BySex<Double>, grid: BySex<DrawPaths.KGrid>)) {
        lock.lock()
        slots[y] = value
        lock.unlock()
    }

    /// Every year's, once all are set.
    var values: [(e0: BySex<Double>, grid: BySex<DrawPaths.KGrid>)] { slots.map { $0! } }
}
