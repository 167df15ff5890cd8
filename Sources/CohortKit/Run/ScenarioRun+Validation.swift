extension ScenarioRun {
    /// What ``validate()`` found in a run that can be projected.
    public struct Validation: Sendable {
        /// Why the working-age analysis cannot run (boundaries that do not fit the open age), when it cannot.
        public var analysisProblem: InputError?
        /// The base population's total, persons.
        public var basePopulation: Double
        /// The projected years the run has rates for (empty for none).
        public var years: Range<Int>
        /// Whether any year has net migrants.
        public var hasMigration: Bool
        /// The input files given by age groups and graduated to single ages (see ``Dataset/graduatedFiles``).
        public var graduatedFiles: [String]
        /// What was extrapolated when the files were read (see ``Dataset/extrapolations``).
        public var extrapolations: [String]
    }

    /// Checks the run without projecting: every year's rates give life tables
    /// and the analysis boundaries fit the open age.
    ///
    /// - Throws: ``InputError`` for rates no life table accepts, or
    ///   boundaries the run chose (``setsAnalysis``) that do not fit (stamped
    ///   with the scenario and the key `analysis`).
    public func validate() throws -> Validation {
        for year in inputs.years { _ = try Projection.stepRates(for: year, closure: options.closure) }
        var problem: InputError? = nil
        do {
            try analysis.validate(openAge: inputs.openAge)
        } catch var error as InputError {
            guard !setsAnalysis else {
                error.file = error.file ?? scenario.map { _ in label }
                error.key = "analysis"
                throw error
            }
            problem = error
        }
        let total = inputs.basePopulation.female.reduce(0, +) + inputs.basePopulation.male.reduce(0, +)
        let first = inputs.years.first?.year ?? inputs.baseYear + 1
        return Validation(
            analysisProblem: problem, basePopulation: total, years: first..<(first + inputs.years.count),
            hasMigration: inputs.years.contains { $0.netMigrants != nil }, graduatedFiles: data.graduatedFiles,
            extrapolations: data.extrapolations)
    }
}
