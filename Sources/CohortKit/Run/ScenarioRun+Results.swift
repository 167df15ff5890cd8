import Foundation

extension ScenarioRun {
    /// Projects the run and computes its indicators: with the working-age
    /// analysis when the run's band fits below the open age group; without
    /// it (and ``ScenarioProjection/bandProblem`` set) when it does not and
    /// the run did not choose the band.
    ///
    /// - Throws: ``InputError`` for inputs no projection accepts, or a band
    ///   the run chose (``setsAnalysis``) that does not fit.
    public func project() throws -> ScenarioProjection {
        var options = self.options
        options.recordsByAge = true
        let result = try Projection.run(inputs, options: options)
        do {
            try analysis.validate(openAge: inputs.openAge)
        } catch let error as InputError where !setsAnalysis {
            let population = try PopulationIndicators.of(result, inputs: inputs, closure: options.closure)
            return ScenarioProjection(
                result: result, analysis: nil, bandProblem: error, populationIndicators: population,
                options: analysis, populationDate: populationDate)
        }
        let working = try WorkingAgeAnalysis(
            inputs: inputs, result: result, history: PopulationHistory(), options: analysis,
            closure: options.closure)
        // The analysis computed the band-free indicators (and their life tables) already.
        return ScenarioProjection(
            result: result, analysis: working, bandProblem: nil,
            populationIndicators: working.indicators.map(\.population),
            options: analysis, populationDate: populationDate)
    }

    /// The working-age analysis of the run (projected, with its history).
    ///
    /// - Throws: ``InputError`` for inputs, history or boundaries that do not fit.
    public func analyse() throws -> WorkingAgeAnalysis {
        try WorkingAgeAnalysis.run(inputs, projection: options, history: try history(), options: analysis)
    }

    /// The working-age analysis under the statutory retirement age and, when
    /// `policy` is given (else the scenario's `pension_age`, if any), under
    /// its retirement age, with the waves of the run.
    ///
    /// - Throws: as ``analyse()``.
    public func retirementWaves(policy: RetirementPolicy? = nil) throws -> RetirementWaves {
        let policy = try policy ?? pensionPolicy()
        let history = try history()
        let statutory = try WorkingAgeAnalysis.run(inputs, projection: options, history: history, options: analysis)
        var underPolicy: WorkingAgeAnalysis? = nil
        if let policy {
            var changed = analysis
            changed.retirementAge = policy.retirementAge(statutory: analysis.retirementAge)
            underPolicy = try WorkingAgeAnalysis(
                inputs: inputs, result: statutory.result, history: history, options: changed,
                closure: options.closure)
        }
        var waves = RetirementWaves(
            statutory: statutory, policy: underPolicy, waveList: waves(history: history),
            firstReportedYear: firstReportedYear)
        waves.claiming = scenario?.pensionClaims
        return waves
    }

    /// The stochastic models fitted to the run's dataset history (see ``StochasticModel/fit(dataset:settings:)``).
    ///
    /// - Throws: ``StochasticModelError`` when the history cannot support a fit.
    public func fitStochasticModel() throws -> StochasticModel {
        try StochasticModel.fit(dataset: data)
    }

    /// A stochastic projection of the run: `options` (draws, seed, what
    /// varies; the spread by default the UN's where the dataset has its
    /// ``Dataset/projectionBounds``) with the run's projection options and analysis boundaries,
    /// around `model` (fitted to the run's data when `nil`). The result's
    /// ``SimulationResult/centre(_:year:)`` is the deterministic centre from the same run.
    ///
    /// - Throws: as ``StochasticProjection/run(progress:)`` and ``fitStochasticModel()``.
    public func simulate(
        _ options: SimulationOptions, model: StochasticModel? = nil,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> SimulationResult {
        var options = options
        options.projection = self.options
        let model = try model ?? fitStochasticModel()
        return try StochasticProjection(
            inputs: inputs, model: model, analysis: analysis, options: options, bounds: data.projectionBounds
        ).run(
            progress: progress)
    }

    /// A retirement or pension age by its text: a whole number of years
    /// ("67", for every cohort at once) or the name of a schedule by birth
    /// cohort in the dataset's `pension_ages.csv` (`labour-insurance`).
    ///
    /// - Throws: ``RunOverrideError/unknownSchedule(_:known:run:)`` naming the dataset and the schedules it has.
    public func retirementPolicy(_ text: String) throws -> RetirementPolicy {
        if let age = Int(text) { return RetirementPolicy(age: age) }
        guard let schedule = data.pensionSchedules[text] else {
            throw RunOverrideError.unknownSchedule(
                text, known: data.pensionSchedules.keys.sorted(), run: data.folder.lastPathComponent)
        }
        return RetirementPolicy(schedule: schedule)
    }

    /// The scenario's `pension_age` as a policy, or nil when it names none.
    ///
    /// - Throws: as ``retirementPolicy(_:)``.
    public func pensionPolicy() throws -> RetirementPolicy? {
        try scenario?.pensionAge.map(retirementPolicy)
    }
}
