import Foundation

/// A probabilistic cohort-component projection: many draws of the
/// scenario's rates from a ``StochasticModel``, each projected from the same
/// base population, keeping the ``SimulationIndicator``s of every draw and year.
///
/// The same run projects one more column, the centre: every random departure
/// zero and the scenario's own TFR, so that its indicators are those of the
/// deterministic projection the draws are centred on (with
/// ``MortalityCentre/leeCarter``, the scenario under the model's expected death
/// rates). ``SimulationResult/centre(_:year:)`` returns them.
///
/// For draw i in year t (h years after the mortality jump-off year T):
/// - death rates: the scenario's (or, with ``MortalityCentre/leeCarter``, the
///   model's expected path from the jump-off rates) times exp(b(x) · Δkᵢ(t)),
///   Δk the random walk's departure from its expected path (plus the drift
///   error × h); for the coherent model exp(B(x)·ΔK(t) + bᵢ(x)·Δkᵢ(t));
/// - fertility: the scenario's rates scaled to the TFR whose logit is the
///   scenario's plus δᵢ(t);
/// - net migrants: the scenario's plus Dᵢ(t) spread by the model's profile.
///
/// ```swift
/// let data = try DataCatalog(root: root).dataset("taiwan")
/// let model = try StochasticModel.fit(dataset: data)
/// let result = try StochasticProjection(inputs: data.inputs, model: model).run()
/// let band = result.quantiles(.workingAge, year: 2050, probabilities: [0.1, 0.5, 0.9])
/// ```
public struct StochasticProjection: Sendable {
    /// The scenario: base population and the centre of every year's rates
    /// (mortality as death rates).
    public var inputs: ProjectionInputs
    /// The fitted models.
    public var model: StochasticModel
    /// Working-age band and retirement age of the indicators.
    public var analysis: AnalysisOptions
    /// Draws, seed, threads and what varies.
    public var options: SimulationOptions
    /// The UN's published quantiles, for ``UncertaintySource/un`` (the default when given).
    public var bounds: ProjectionBounds?

    /// A projection of `inputs` with `model`; see the properties.
    public init(
        inputs: ProjectionInputs, model: StochasticModel, analysis: AnalysisOptions = .init(),
        options: SimulationOptions = .init(), bounds: ProjectionBounds? = nil
    ) {
        self.inputs = inputs
        self.model = model
        self.analysis = analysis
        self.options = options
        self.bounds = bounds
    }

    /// Where this run's spread comes from: ``SimulationOptions/uncertainty``, else the UN's where ``bounds`` are given.
    public var uncertainty: UncertaintySource { options.uncertainty ?? (bounds != nil ? .un : .history) }

    /// The memory a run of `draws` draws over `years` projected years holds
    /// at its peak, in bytes, as a `Double` so that no count can overflow:
    /// per draw and year, the drawn paths (6 values), the TFRs (1) and the
    /// measured indicators (9 at most), 8 bytes each; plus each thread's chunk of
    /// populations and rates (about 40 values per age and column).
    public static func memoryEstimate(
        draws: Int, years: Int, openAge: Int, threads: Int = 1, chunkSize: Int = 250
    ) -> Double {
        let perDrawYear = Double(6 + 1 + SimulationIndicator.allCases.count) * 8
        let chunks = Double(threads) * Double(chunkSize) * Double(openAge + 1) * 40 * 8
        return Double(draws) * Double(years) * perDrawYear + chunks
    }

    /// The most memory a run may plan to hold: half the machine's physical memory.
    public static var memoryLimit: Double { Double(ProcessInfo.processInfo.physicalMemory) / 2 }

    /// A message when `draws` draws over `years` years would not fit in
    /// ``memoryLimit``, saying what they need and how many fit; else `nil`.
    public static func memoryProblem(
        draws: Int, years: Int, openAge: Int, threads: Int = 1, chunkSize: Int = 250,
        extraPerDrawYear: Double = 0
    ) -> String? {
        let need =
            memoryEstimate(draws: draws, years: years, openAge: openAge, threads: threads, chunkSize: chunkSize)
            + Double(draws) * Double(years) * extraPerDrawYear
        let limit = memoryLimit
        guard need > limit else { return nil }
        let perDraw = Swift.max(1, need / Swift.max(1, Double(draws)))
        let fit = Swift.max(0, Int(Swift.min(1e15, (limit / perDraw).rounded(.down))))
        func gigabytes(_ b: Double) -> String { CSVNumber.format(b / 1e9, places: b < 1e10 ? 1 : 0) + " GB" }
        return
            "\(CSVNumber.format(Double(draws), places: 0)) draws over \(years) years would need about \(gigabytes(need)) of memory; "
            + "at most half of this machine's \(gigabytes(2 * limit)) is used. Use at most \(CSVNumber.format(Double(fit), places: 0)) draws"
    }

    /// Runs every draw. `progress(done)` is called from worker threads with
    /// the number of draws finished.
    ///
    /// - Throws: ``InputError`` when the scenario gives survival ratios
    ///   instead of death rates, a TFR outside the fertility model's bounds,
    ///   starts before the mortality jump-off year, or its open age differs
    ///   from the model's; ``LifeTableError`` (as ``InputError``) for a draw's
    ///   rates no life table accepts.
    public func run(progress: (@Sendable (Int) -> Void)? = nil) throws -> SimulationResult {
        try inputs.validate()
        try analysis.validate(openAge: inputs.openAge)
        guard options.draws > 0 else {
            throw InputError("the number of draws must be at least 1; it is \(options.draws)")
        }
        guard (1...SimulationOptions.maximumThreads).contains(options.threads) else {
            throw InputError(
                "the number of threads must be 1 to \(SimulationOptions.maximumThreads); it is \(options.threads)")
        }
        if let problem = Self.memoryProblem(
            draws: options.draws, years: inputs.years.count, openAge: inputs.openAge,
            threads: options.threads, chunkSize: options.chunkSize)
        {
            throw InputError(problem)
        }
        let omega = inputs.openAge, n = omega + 1, years = inputs.years.count
        guard model.jumpOffRates.female.count == n else {
            throw InputError(
                "the stochastic model covers ages 0…\(model.jumpOffRates.female.count - 1)+; the scenario 0…\(omega)+")
        }
        let lead = inputs.baseYear - model.jumpOffYear
        guard lead >= 0 else {
            throw InputError(
                "the mortality model's last year, \(model.jumpOffYear), is after the projection's base year \(inputs.baseYear)"
            )
        }
        let centreRates: [BySex<[Double]>] = try inputs.years.enumerated().map { (y, year) in
            switch options.mortalityCentre {
            case .scenario:
                return try BySex { sex in
                    guard case .deathRates(let m) = year.mortality[sex] else {
                        throw InputError(
                            "\(sex) mortality for \(year.year) is given as survival ratios; a stochastic projection needs death rates"
                        )
                    }
                    return m
                }
            case .leeCarter:
                return BySex { sex in
                    model.expectedDeathRates(sex: sex, yearsAfterJumpOff: lead + y + 1, kind: options.mortalityModel)
                }
            }
        }
        let bounds = model.fertility.bounds
        let tfrs = inputs.years.map(\.totalFertilityRate)
        for (y, f) in tfrs.enumerated() where !(f > bounds.lowerBound && f < bounds.upperBound) {
            throw InputError(
                "the scenario's TFR in \(inputs.years[y].year), \(f), lies outside the fertility model's bounds \(bounds.lowerBound)…\(bounds.upperBound)"
            )
        }
        let tfrLogits = tfrs.map { FertilityModel.logit($0, bounds) }
        let source = uncertainty
        let factors = BySex { sex -> (first: [Double], second: [Double]) in
            let f = model.factors(sex: sex, openAge: omega, kind: options.mortalityModel)
            return source == .un ? (Self.oldestOldFloor(f.first, groupAge: model.mortalityGroupAge), f.second) : f
        }
        let profile = model.migration.profile
        guard profile.female.count == n else {
            throw InputError("the migration profile covers \(profile.female.count) ages; the scenario \(n)")
        }
        // Refused before anything runs on it (the UN-calibrated paths' k grids use it too).
        let kernel = options.kernel ?? .fastest
        guard kernel.isSupported else {
            throw InputError(
                "the \(kernel.rawValue) kernel does not run on this CPU; it runs \(SimulationKernel.supported.map(\.rawValue).joined(separator: ", "))"
            )
        }
        var resolved = options
        resolved.uncertainty = source
        let clock = ContinuousClock(), started = clock.now
        let paths: DrawPaths
        switch source {
        case .history:
            paths = DrawPaths(model: model, options: resolved, years: years, lead: lead)
        case .un:
            guard let published = self.bounds else {
                throw InputError(
                    "the UN-calibrated uncertainty needs the UN's probabilistic bounds (a dataset's projection_bounds.csv); this one has none: use the history"
                )
            }
            paths = try DrawPaths(
                calibrated: published,
                centre: .init(tfr: tfrs, deathRates: centreRates, years: inputs.years.map(\.year)), model: model,
                factors: factors.map(\.first), options: resolved)
        }
        let pathsDone = clock.now
        let inputs = self.inputs, closure = options.projection.closure
        let indicators = SimulationIndicator.kept(analysis)
        let band = analysis.workingAge, retirement = analysis.retirementAge
        // Participation rates by projected year (they do not vary between draws).
        let labourRates = analysis.labour.map { rates in (0..<years).map { rates.rates(in: inputs.years[$0].year) } }
        let baseYear = inputs.baseYear
        let draws = options.draws

        // Members 0..<draws are the draws; member `draws` is the centre.
        let members = options.draws + 1
        // Each draw's TFR, in parallel (one exponential each); the centre keeps the scenario's.
        let tfrShared = SharedDoubles(count: members * years)
        try paths.tfrDeviation.withUnsafeBufferPointer { deviation in
            let source = UnsafeSendable(deviation)
            try ParallelChunks(chunk: 256, threads: options.threads).run(count: options.draws) { range in
                for d in range {
                    for y in 0..<years {
                        tfrShared.pointer[d * years + y] = FertilityModel.tfr(
                            logit: tfrLogits[y] + source.value[d * years + y], bounds)
                    }
                }
            }
        }
        for y in 0..<years { tfrShared.pointer[options.draws * years + y] = tfrs[y] }
        let tfrOfDraw = tfrShared.array
        let resolvedClosure = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)
        let fitAges = OpenAgeClosure.kannistoFitAges(openAge: omega)
        if kernel != .scalar && SimulationKernel.blockLifeTables(openAge: omega, closure: resolvedClosure) {
            // The kernel writes every indicator of every member and year but the TFR, which `finish` sets.
            let values = DrawValues(indicators: indicators.count, years: years, members: members, filledWithNaN: false)
            let zeros = [Double](repeating: 0, count: n)
            let reporting: (@Sendable (Int) -> Void)? = progress.map { report in
                { @Sendable done in report(Swift.min(done, draws)) }
            }
            var leaverAges = [UInt8](repeating: 0, count: years * n)
            for y in 0..<years {
                for a in Self.leaverAges(calendarYear: baseYear + y + 1, openAge: omega, retirement: retirement) {
                    leaverAges[y * n + a] = 1
                }
            }
            var migrantsCentre = [Double]()
            for year in inputs.years {
                migrantsCentre += (year.netMigrants?.female ?? zeros) + (year.netMigrants?.male ?? zeros)
            }
            let labour: [Double]? = labourRates.map { $0.flatMap { $0.female + $0.male } }
            let block = BlockProjection(
                kernel: kernel, ages: n, years: years, members: members,
                evenTiming: options.projection.migrationTiming == .even, kannisto: resolvedClosure == .kannisto,
                fitAges: fitAges, lastAge: OpenAgeClosure.kannistoLastAge(openAge: omega), band: band,
                base: inputs.basePopulation.female + inputs.basePopulation.male,
                centreRates: centreRates.flatMap { $0.female + $0.male },
                factorFirst: factors.female.first + factors.male.first,
                factorSecond: factors.female.second + factors.male.second,
                deviationFirst: paths.mortalityFirst, deviationSecond: paths.mortalitySecond,
                fertility: inputs.years.flatMap(\.fertility), tfrCentre: tfrs, tfrMember: tfrOfDraw,
                migrantsCentre: migrantsCentre,
                profile: profile.female + profile.male, migrationDeviation: paths.migrationDeviation,
                sexRatio: inputs.years.map(\.sexRatioAtBirth),
                leaverAges: leaverAges,
                labour: labour, indicators: indicators,
                threads: options.threads, chunkSize: options.chunkSize)
            do {
                try block.run(into: values, progress: reporting)
            } catch let stop as BlockProjection.Failure {
                // The Swift path's own message for the same draw, year and sex.
                var s = [Double](repeating: 0, count: n)
                try s.withUnsafeMutableBufferPointer { s in
                    try Self.survival(
                        into: s, centre: centreRates[stop.year][stop.sex], factors: factors[stop.sex],
                        deviations: (paths.mortalityFirst[stop.sex], paths.mortalitySecond[stop.sex]),
                        draws: stop.member..<(stop.member + 1), years: years, year: stop.year, sex: stop.sex,
                        closure: closure, label: inputs.years[stop.year].year)
                }
                throw InputError(
                    "draw \(stop.member + 1), \(stop.sex) mortality for \(inputs.years[stop.year].year): the death rates give no life table"
                )
            }
            return finish(
                values: values, tfrOfDraw: tfrOfDraw, indicators: indicators, options: resolved,
                timings: .init(paths: pathsDone - started, projection: clock.now - pathsDone, kernel: kernel))
        }
        let runner = DrawProjection(
            members: members, chunkSize: options.chunkSize, threads: options.threads,
            step: CohortComponentStep(timing: options.projection.migrationTiming))
        let values = try runner.run(
            base: inputs.basePopulation, years: years, indicators: indicators.count,
            rates: { y, range in
                let year = inputs.years[y]
                let columns = range.count, first = range.lowerBound
                let survival = try BySex { sex in
                    try AgeMatrix(ages: n, columns: columns) { s in
                        try Self.survival(
                            into: s, centre: centreRates[y][sex], factors: factors[sex],
                            deviations: (paths.mortalityFirst[sex], paths.mortalitySecond[sex]),
                            draws: range, years: years, year: y, sex: sex, closure: closure, label: year.year)
                    }
                }
                let fertility = AgeMatrix(ages: n, columns: columns) { f in
                    year.fertility.withUnsafeBufferPointer { centre in
                        for j in 0..<columns {
                            let scale = tfrOfDraw[(first + j) * years + y] / tfrs[y]
                            for x in 0..<n { f[j * n + x] = centre[x] * scale }
                        }
                    }
                }
                let migrants = BySex { sex in
                    AgeMatrix(ages: n, columns: columns) { g in
                        let centre = year.netMigrants?[sex] ?? [Double](repeating: 0, count: n)
                        centre.withUnsafeBufferPointer { centre in
                            profile[sex].withUnsafeBufferPointer { p in
                                paths.migrationDeviation.withUnsafeBufferPointer { deviation in
                                    for j in 0..<columns {
                                        let dev = deviation[(first + j) * years + y]
                                        for x in 0..<n { g[j * n + x] = centre[x] + dev * p[x] }
                                    }
                                }
                            }
                        }
                    }
                }
                return StepRates(
                    survival: survival.map { .perColumn($0) }, fertility: .perColumn(fertility),
                    sexRatioAtBirth: .shared(year.sexRatioAtBirth), netMigrants: migrants.map { .perColumn($0) })
            },
            measure: { y, population, components, out in
                let columns = population.female.columns
                let leaverAges = Self.leaverAges(calendarYear: baseYear + y + 1, openAge: omega, retirement: retirement)
                for j in 0..<columns {
                    var total = 0.0, working = 0.0, old = 0.0, leavers = 0.0, labourForce = 0.0
                    for sex in Sex.allCases {
                        population[sex].storage.withUnsafeBufferPointer { all in
                            let p = UnsafeBufferPointer(rebasing: all[(j * n)..<((j + 1) * n)])
                            for a in 0..<n {
                                total += p[a]
                                if a > band.upperBound { old += p[a] } else if a >= band.lowerBound { working += p[a] }
                            }
                            for a in leaverAges { leavers += p[a] }
                            if let r = labourRates?[y][sex] { for a in 0..<n { labourForce += p[a] * r[a] } }
                        }
                    }
                    let births = components.female.births[j] + components.male.births[j]
                    let migrants = components.female.netMigrants[j] + components.male.netMigrants[j]
                    for (i, indicator) in indicators.enumerated() {
                        let v: Double
                        switch indicator {
                        case .total: v = total
                        case .workingAge: v = working
                        case .old: v = old
                        case .oldAgeDependency: v = working > 0 ? 100 * old / working : .nan
                        case .births: v = births
                        case .leavers: v = leavers
                        case .tfr: v = .nan
                        case .netMigrants: v = migrants
                        case .labourForce: v = labourForce
                        }
                        out[i * columns + j] = v
                    }
                }
            }, progress: progress.map { report in { @Sendable done in report(Swift.min(done, draws)) } })
        return finish(
            values: values, tfrOfDraw: tfrOfDraw, indicators: indicators, options: resolved,
            timings: .init(paths: pathsDone - started, projection: clock.now - pathsDone, kernel: .scalar))
    }

    /// The result of a run: the TFR of each draw (known before projecting) stored straight into `values`.
    private func finish(
        values: DrawValues, tfrOfDraw: [Double], indicators: [SimulationIndicator], options: SimulationOptions,
        timings: SimulationTimings
    ) -> SimulationResult {
        if let i = indicators.firstIndex(of: .tfr) {
            values.set(indicator: i, byMember: tfrOfDraw, threads: options.threads)
        }
        return SimulationResult(
            baseYear: inputs.baseYear, years: inputs.years.map(\.year), indicators: indicators,
            analysis: analysis, options: options, values: values, timings: timings)
    }

    /// The ages whose people count as the year's leavers: those at their
    /// retirement age at the end of `calendarYear` (below the open age).
    static func leaverAges(calendarYear: Int, openAge omega: Int, retirement: RetirementAge) -> [Int] {
        (0..<omega).filter { a in retirement.age(forBirthYear: calendarYear - a) == a }
    }

    /// b(x) for the UN-calibrated draws: where the open group's b (ages
    /// `groupAge`… share it) is 0 or below, as Taiwan's 95+ is (−0.0008: the
    /// oldest-old rates barely fell 1993–2023), it takes b(`groupAge` − 1),
    /// so that e(0) can reach the UN's upper bounds (with the fitted b, women's
    /// e(0) in 2100 stops at 98.1 whatever k). Otherwise b as it is.
    static func oldestOldFloor(_ b: [Double], groupAge: Int) -> [Double] {
        guard groupAge >= 1, groupAge < b.count, b[groupAge] <= 0, b[groupAge - 1] > 0 else { return b }
        return b.indices.map { $0 >= groupAge ? b[groupAge - 1] : b[$0] }
    }

    /// Survival ratios of draws `draws` in projected year `year` into `s`
    /// (column-major, one column per draw): m(x) = centre(x) · exp(b₁(x)·d₁ + b₂(x)·d₂).
    static func survival(
        into s: UnsafeMutableBufferPointer<Double>, centre: [Double], factors: (first: [Double], second: [Double]),
        deviations: ([Double], [Double]), draws: Range<Int>, years: Int, year y: Int, sex: Sex,
        closure: OpenAgeClosure?, label: Int
    ) throws {
        let n = centre.count
        var m = [Double](repeating: 0, count: n)
        try centre.withUnsafeBufferPointer { centre in
            try factors.first.withUnsafeBufferPointer { b1 in
                try factors.second.withUnsafeBufferPointer { b2 in
                    try m.withUnsafeMutableBufferPointer { mp in
                        for j in 0..<draws.count {
                            let d1 = deviations.0[(draws.lowerBound + j) * years + y]
                            let d2 = deviations.1.isEmpty ? 0 : deviations.1[(draws.lowerBound + j) * years + y]
                            if d1 == 0 && d2 == 0 {
                                for x in 0..<n { mp[x] = centre[x] }
                            } else if d2 == 0 {
                                for x in 0..<n { mp[x] = centre[x] * fastExp(b1[x] * d1) }
                            } else {
                                for x in 0..<n { mp[x] = centre[x] * fastExp(b1[x] * d1 + b2[x] * d2) }
                            }
                            do {
                                try LifeTable.drawSurvivalRatios(
                                    deathRates: UnsafeBufferPointer(mp), sex: sex, closure: closure,
                                    into: UnsafeMutableBufferPointer(rebasing: s[(j * n)..<((j + 1) * n)]))
                            } catch let error as LifeTableError {
                                throw InputError(
                                    "draw \(draws.lowerBound + j + 1), \(sex) mortality for \(label): \(error)")
                            }
                        }
                    }
                }
            }
        }
    }
}
