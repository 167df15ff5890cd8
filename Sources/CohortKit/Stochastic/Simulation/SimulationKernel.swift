internal import CCohortKernels

/// The code that projects a stochastic run's draws. Every kernel gives the
/// same results to the bit (tested); they differ only in speed.
///
/// The block kernels (CCohortKernels) take the draws in blocks of 8 as SIMD
/// lanes and fuse, for each block and year, the death rates, the life table,
/// the step and the indicators; the UN-calibrated draws' paths use them too
/// (their normals, 8 random streams at a time, the k grids' life
/// expectancies and the search on them). One C body is compiled for each instruction
/// set with a target attribute, so the package needs no compiler flags and
/// the binary runs on any CPU of its architecture; ``fastest`` picks from
/// the CPU's features at run time.
public enum SimulationKernel: String, CaseIterable, Sendable {
    /// Swift, one draw at a time through ``CohortComponentStep``: the
    /// reference the block kernels are tested against.
    case scalar
    /// The block kernel for the build's baseline instruction set (SSE2 on x86-64, NEON on arm64).
    case portable
    /// The block kernel for AVX2 (x86-64).
    case avx2
    /// The block kernel for AVX-512 F and DQ (x86-64).
    case avx512

    /// Whether this build and this CPU can run the kernel.
    public var isSupported: Bool {
        guard let code else { return true }
        return cohort_kernel_supported(code) != 0
    }

    /// The fastest kernel this CPU runs: AVX-512, else AVX2, else the portable block kernel.
    public static var fastest: SimulationKernel {
        [.avx512, .avx2].first(where: \.isSupported) ?? .portable
    }

    /// The kernels this CPU runs, slowest first.
    public static var supported: [SimulationKernel] { allCases.filter(\.isSupported) }

    /// The C dispatcher's code, or nil for ``scalar``.
    var code: Int32? {
        switch self {
        case .scalar: nil
        case .portable: Int32(cohort_kernel_portable.rawValue)
        case .avx2: Int32(cohort_kernel_avx2.rawValue)
        case .avx512: Int32(cohort_kernel_avx512.rawValue)
        }
    }

    /// Whether the block kernels' life table takes rates up to open age ω closed by `closure` (resolved):
    /// ω of 2 or more, and for Kannisto at least two ages to fit. Otherwise the Swift path serves, whose
    /// closure falls back to the constant rate.
    static func blockLifeTables(openAge omega: Int, closure: OpenAgeClosure) -> Bool {
        omega >= 2 && !(closure == .kannisto && OpenAgeClosure.kannistoFitAges(openAge: omega).count < 2)
    }

    /// Draws per block of the block kernels (SIMD lanes).
    static var lanes: Int { Int(cohort_block_lanes()) }

    /// The block kernel's life table alone: survival ratios of `sets` sets of death rates (`rates` holds
    /// `sets` × `ages` values, set after set; `sets` a multiple of ``lanes``), or nil when some set gives no
    /// life table. For tests and benchmarks; not for ``scalar``.
    func survivalRatios(deathRates rates: [Double], ages: Int, sex: Sex, closure: OpenAgeClosure) -> [Double]? {
        precondition(code != nil && rates.count % (ages * Self.lanes) == 0)
        let fit = OpenAgeClosure.kannistoFitAges(openAge: ages - 1)
        var out = [Double](repeating: 0, count: rates.count)
        let failed = out.withUnsafeMutableBufferPointer { s in
            cohort_survival_ratios(
                code!, rates, Int32(ages), Int32(rates.count / ages), sex == .female ? 0 : 1,
                closure == .kannisto ? 1 : 0, Int32(fit.lowerBound), Int32(fit.upperBound),
                Int32(OpenAgeClosure.kannistoLastAge(openAge: ages - 1)), s.baseAddress)
        }
        return failed == 0 ? out : nil
    }

    /// e(0) by the draws' life table (``LifeTable/drawSurvivalRatios(deathRates:sex:closure:into:)``) of the
    /// death rates centre(x)·exp(b(x)·k) (computed as the projection computes them) for each k of `ks`:
    /// `centre` and `factor` one value per age, the result one per k. Every kernel gives the same bits; the
    /// block kernels take 8 values of k at a time.
    ///
    /// - Throws: ``LifeTableError`` for the first k (in order) whose rates give no life table.
    func lifeExpectancies(
        centre: [Double], factor: [Double], ks: [Double], sex: Sex, closure: OpenAgeClosure?
    ) throws -> [Double] {
        let n = centre.count, omega = n - 1
        precondition(factor.count == n, "one b(x) per age")
        let resolved = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)
        let fit = OpenAgeClosure.kannistoFitAges(openAge: omega)
        if let code, Self.blockLifeTables(openAge: omega, closure: resolved) {
            var out = [Double](repeating: 0, count: ks.count)
            let failed = out.withUnsafeMutableBufferPointer { e in
                cohort_life_expectancies(
                    code, centre, factor, ks, Int32(ks.count), Int32(n), sex == .female ? 0 : 1,
                    resolved == .kannisto ? 1 : 0, Int32(fit.lowerBound), Int32(fit.upperBound),
                    Int32(OpenAgeClosure.kannistoLastAge(openAge: omega)), e.baseAddress)
            }
            if failed == 0 { return out }
        }
        // The scalar kernel, and the error of the first k a block kernel refused.
        var m = [Double](repeating: 0, count: n), s = m
        return try ks.map { k in
            for x in 0..<n { m[x] = centre[x] * fastExp(factor[x] * k) }
            return try m.withUnsafeBufferPointer { m in
                try s.withUnsafeMutableBufferPointer { s in
                    try LifeTable.drawSurvivalRatios(deathRates: m, sex: sex, closure: closure, into: s)
                }
            }
        }
    }

    /// ``DrawPaths/KGrid/k(for:k:e0:)`` for every value of `values` in place: `values` holds rows of `years`
    /// target life expectancies, and the target of year y uses year y's grid, `k[y·size ..< (y + 1)·size]`
    /// and `e0` likewise (e0 decreasing). Every kernel gives the same bits; the block kernels search 8 years'
    /// grids at a time.
    func invertGrids(
        _ values: UnsafeMutableBufferPointer<Double>, years: Int, size: Int, k: UnsafeBufferPointer<Double>,
        e0: UnsafeBufferPointer<Double>
    ) {
        precondition(values.count % years == 0 && k.count == years * size && e0.count == k.count)
        guard let code else {
            for i in values.indices {
                let y = i % years, grid = (y * size)..<((y + 1) * size)
                values[i] = DrawPaths.KGrid.k(
                    for: values[i], k: UnsafeBufferPointer(rebasing: k[grid]),
                    e0: UnsafeBufferPointer(rebasing: e0[grid]))
            }
            return
        }
        cohort_invert_grids(
            code, values.baseAddress, Int64(values.count / years), Int32(years), Int32(size), k.baseAddress,
            e0.baseAddress)
    }

    /// The block kernel's death rates for ``lanes`` departures at once (d₂ nil: one factor), `[lane][age]`;
    /// StochasticProjection.survival computes centre(x)·fastExp(b₁(x)·d₁ + b₂(x)·d₂) for each. For tests;
    /// not for ``scalar``.
    func deathRates(centre: [Double], b1: [Double], b2: [Double], d1: [Double], d2: [Double]?) -> [Double] {
        precondition(code != nil && d1.count == Self.lanes && (d2?.count ?? Self.lanes) == Self.lanes)
        var out = [Double](repeating: 0, count: Self.lanes * centre.count)
        out.withUnsafeMutableBufferPointer { o in
            if let d2 {
                cohort_death_rates(code!, centre, b1, b2, d1, d2, Int32(centre.count), o.baseAddress)
            } else {
                cohort_death_rates(code!, centre, b1, b2, d1, nil, Int32(centre.count), o.baseAddress)
            }
        }
        return out
    }

    /// ``DrawPaths/normalPaths(rng:years:phiF:phiM:rho:into:)`` for the draws `draws` (their streams
    /// `RandomStream(seed: seed, stream: d)`), one row of `years` values per draw in each buffer (`draws.count`
    /// × `years`): the TFR's and the migrants' AR(1) paths and the women's and men's scaled e(0) walks. Every
    /// kernel gives the same bits; the block kernels draw 8 streams at a time.
    func normalPaths(
        seed: UInt64, draws: Range<Int>, years: Int, phiF: Double, phiM: Double, rho: Double,
        tfr: UnsafeMutableBufferPointer<Double>, migration: UnsafeMutableBufferPointer<Double>,
        female: UnsafeMutableBufferPointer<Double>, male: UnsafeMutableBufferPointer<Double>
    ) {
        let count = draws.count * years
        precondition(tfr.count >= count && migration.count >= count && female.count >= count && male.count >= count)
        guard let code else {
            var z = DrawPaths.NormalPathBuffers(years: years)
            for (j, d) in draws.enumerated() {
                var rng = RandomStream(seed: seed, stream: UInt64(d))
                DrawPaths.normalPaths(rng: &rng, years: years, phiF: phiF, phiM: phiM, rho: rho, into: &z)
                for y in 0..<years {
                    tfr[j * years + y] = z.tfr[y]
                    migration[j * years + y] = z.migration[y]
                    female[j * years + y] = z.e0.female[y]
                    male[j * years + y] = z.e0.male[y]
                }
            }
            return
        }
        cohort_normal_paths(
            code, seed, Int64(draws.lowerBound), Int64(draws.count), Int32(years), phiF, phiM, rho, tfr.baseAddress,
            migration.baseAddress, female.baseAddress, male.baseAddress)
    }

    /// The block kernels' sine and cosine of one value (their lanes' bits), to test against
    /// ``portableSinCos(_:)``.
    static func kernelSinCos(_ x: Double) -> (sin: Double, cos: Double) {
        var s = 0.0, c = 0.0
        cohort_portable_sincos(x, &s, &c)
        return (s, c)
    }

    /// The block kernels' logarithm of one value (their lanes' bits), to test against ``portableLog(_:)``.
    static func kernelLog(_ x: Double) -> Double { cohort_portable_log(x) }
}
