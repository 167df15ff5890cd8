/// Who reaches working age and who leaves it, year by year and cohort by
/// cohort, for one projection (column 0 of its result) and the registers
/// before it.
///
/// ```swift
/// let taiwan = try catalog.dataset("taiwan")
/// let inputs = try taiwan.inputs(for: scenario)
/// let analysis = try WorkingAgeAnalysis.run(inputs, projection: scenario.options,
///                                           history: taiwan.history(), options: .init())
/// let waves = analysis.waves(Wave.named(in: seeds))     // one row a wave
/// let flow2041 = analysis.flow(in: 2041)               // entrants, leavers, …
/// ```
public struct WorkingAgeAnalysis: Sendable {
    /// The age boundaries used.
    public let options: AnalysisOptions
    /// The projection analysed (with deaths and migrants by cohort).
    public let result: ProjectionResult
    /// The registers before the base year.
    public let history: PopulationHistory
    /// Indicators for the base year and every projected year.
    public let indicators: [YearIndicators]
    /// Flows for every year with a population and the year before it (registers and projection).
    public let flows: [WorkingAgeFlow]
    /// Every birth cohort from the oldest single age at the base year to the last projected year.
    public let cohorts: [CohortRecord]

    /// Projects `inputs` (recording deaths and migrants by cohort) and analyses the result.
    ///
    /// - Throws: ``InputError`` for invalid inputs or age boundaries.
    public static func run(
        _ inputs: ProjectionInputs, projection: ProjectionOptions = .init(),
        history: PopulationHistory = .init(), options: AnalysisOptions = .init()
    ) throws -> WorkingAgeAnalysis {
        var projection = projection
        projection.recordsByAge = true
        let result = try Projection.run(inputs, options: projection)
        return try WorkingAgeAnalysis(
            inputs: inputs, result: result, history: history, options: options,
            closure: projection.closure)
    }

    /// Analyses a projection of `inputs` already run. Deaths and migrants of
    /// the flows need ``ProjectionOptions/recordsByAge``; without it they are `nil`.
    public init(
        inputs: ProjectionInputs, result: ProjectionResult, history: PopulationHistory,
        options: AnalysisOptions, closure: OpenAgeClosure? = nil
    ) throws {
        try options.validate(openAge: result.openAge)
        for (year, p) in history.populations
        where p.female.count != result.openAge + 1 || p.male.count != result.openAge + 1 {
            throw InputError(
                "the registered population of \(year) has a different open age from the projection's \(result.openAge)+"
            )
        }
        self.options = options
        self.result = result
        self.history = history
        let series = PopulationSeries(result: result, history: history)
        let flows = Self.flows(series, result: result, options: options)
        self.flows = flows
        self.indicators = try Self.indicators(
            inputs: inputs, result: result, flows: flows, options: options, closure: closure)
        self.cohorts = Self.cohorts(series, result: result, history: history, options: options)
    }

    /// The flows of `year`, if known.
    public func flow(in year: Int) -> WorkingAgeFlow? { flows.first { $0.year == year } }

    /// The indicators of `year`, if projected (or the base year).
    public func indicators(in year: Int) -> YearIndicators? { indicators.first { $0.year == year } }

    /// The waves table: one row per wave.
    public func waves(_ waves: [Wave]) -> [WaveSummary] {
        waves.map { wave in
            let members = cohorts.filter { wave.birthYears.contains($0.birthYear) }
            let years = members.map(\.yearReachingRetirement)
            let span = (years.min() ?? 0)...(years.max() ?? 0)
            let registered = wave.birthYears.map { history.registeredBirths[$0] }
            let inSpan = flows.filter { span.contains($0.year) }
            let before = flows.first { $0.year == span.lowerBound - 1 }?.workingAge
            let after = flows.first { $0.year == span.upperBound }?.workingAge
            let alive = members.map(\.aliveAtBase)
            return WaveSummary(
                wave: wave,
                registeredBirths: registered.contains(nil) ? nil : registered.reduce(0) { $0 + $1! },
                aliveAtBase: alive.contains(nil) ? nil : alive.reduce(0) { $0 + $1! },
                reachingRetirement: members.compactMap(\.reachingRetirement).reduce(0, +),
                complete: members.allSatisfy { $0.reachingRetirement != nil } && members.count == wave.birthYears.count,
                calendarYears: span,
                entrants: inSpan.map(\.entrants).reduce(0, +),
                leavers: inSpan.map(\.leavers).reduce(0, +),
                workingAgeChange: before.flatMap { b in after.map { $0 - b } })
        }
    }

    static func workingAge(_ p: BySex<[Double]>, year: Int, options: AnalysisOptions) -> Double {
        var w = 0.0
        let first = options.workingAge.lowerBound
        for a in first..<(options.retirementAge.range.upperBound)
        where a < options.retirementAge.age(forBirthYear: year - a) {
            w += p.female[a] + p.male[a]
        }
        return w
    }

    static func leavers(_ p: BySex<[Double]>, year: Int, options: AnalysisOptions) -> Double {
        var total = 0.0
        for a in options.retirementAge.range where a == options.retirementAge.age(forBirthYear: year - a) {
            total += p.female[a] + p.male[a]
        }
        return total
    }
}
