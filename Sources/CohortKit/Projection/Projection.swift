/// Runs cohort-component projections.
///
/// ```swift
/// let inputs = try ProjectionInputs.load(from: folder)
/// let result = try Projection.run(inputs, options: .init(migrationTiming: .even))
/// for year in result.projectedYears {          // a Range: empty when nothing was projected
///     let c = result.components(in: year)!
///     print(year, c.female.births[0] + c.male.births[0])
/// }
/// ```
public enum Projection {
    /// Projects `inputs` through every year it has rates for.
    ///
    /// Death rates become survival ratios through a ``LifeTable`` per year
    /// and sex, closed as `options.closure` says.
    ///
    /// - Throws: ``InputError`` when the inputs are invalid (see
    ///   ``ProjectionInputs/validate()``) or a life table cannot be built.
    public static func run(_ inputs: ProjectionInputs, options: ProjectionOptions = .init()) throws -> ProjectionResult
    {
        try inputs.validate()
        let rates = try inputs.years.map { try stepRates(for: $0, closure: options.closure) }
        let base = PopulationBatch { sex in AgeMatrix(columns: [inputs.basePopulation[sex]]) }
        return run(
            base: base, baseYear: inputs.baseYear, rates: rates,
            step: CohortComponentStep(
                timing: options.migrationTiming,
                recordsByAge: options.recordsByAge))
    }

    /// Projects a batch: `base` is the population at the end of `baseYear`,
    /// `rates[i]` the rates of year baseYear + 1 + i.
    public static func run(
        base: PopulationBatch, baseYear: Int, rates: [StepRates],
        step: CohortComponentStep = .init()
    ) -> ProjectionResult {
        var populations = [base]
        var components: [YearComponents] = []
        populations.reserveCapacity(rates.count + 1)
        components.reserveCapacity(rates.count)
        var current = base
        let workspace = StepWorkspace()
        for yearRates in rates {
            components.append(step.apply(yearRates, to: &current, workspace: workspace))
            populations.append(current)
        }
        return ProjectionResult(baseYear: baseYear, populations: populations, components: components)
    }

    /// The batch rates (one shared column) of one year's inputs.
    ///
    /// - Throws: ``InputError`` naming the year and sex when a life table fails.
    public static func stepRates(for inputs: YearInputs, closure: OpenAgeClosure? = nil) throws -> StepRates {
        let survival = try BySex<BatchSchedule> { sex in
            do {
                return .shared(try inputs.mortality[sex].survivalRatios(sex: sex, closure: closure))
            } catch let error as LifeTableError {
                throw InputError("\(sex) mortality for \(inputs.year): \(error)")
            }
        }
        return StepRates(
            survival: survival,
            fertility: .shared(inputs.fertility),
            sexRatioAtBirth: .shared(inputs.sexRatioAtBirth),
            netMigrants: inputs.netMigrants.map { m in m.map { .shared($0) } })
    }
}
