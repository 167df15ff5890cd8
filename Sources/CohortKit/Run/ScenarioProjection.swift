/// A run's deterministic projection with its indicators: what `cohort
/// project` prints and writes (see ``ScenarioRun/project()``).
public struct ScenarioProjection: Sendable {
    /// The projection (column 0; deaths and migrants recorded by age).
    public let result: ProjectionResult
    /// The working-age analysis, or `nil` when the run's band does not fit below
    /// the open age group and the run did not choose it (``bandProblem`` says why).
    public let analysis: WorkingAgeAnalysis?
    /// Why there is no working-age analysis.
    public let bandProblem: InputError?
    /// The indicators that need no band, every year (base year first).
    public let populationIndicators: [PopulationIndicators]
    /// The boundaries the indicators' names follow.
    public let options: AnalysisOptions
    /// The day of the year the populations refer to (see ``ScenarioRun/populationDate``).
    public var populationDate: String = Provenance.defaultPopulationDate

    /// The indicators reported, in ``Indicator`` order: every one the
    /// analysis can compute, or the band-free ones without an analysis.
    public var indicators: [Indicator] { analysis?.reportedIndicators ?? Indicator.bandFree }

    /// The years with indicators: the base year and every projected year.
    public var years: [Int] { populationIndicators.map(\.year) }

    /// The value of `indicator` in `year`; `nil` when not reported or not defined that year.
    public func value(_ indicator: Indicator, year: Int) -> Double? {
        guard indicators.contains(indicator) else { return nil }
        if let analysis { return analysis.indicators(in: year).flatMap(indicator.value(in:)) }
        return indicator.value(in: populationIndicators.first { $0.year == year })
    }

    /// `indicators.csv` (see ``WorkingAgeAnalysis/indicatorsTable()``).
    public func indicatorsTable() -> DataTable {
        analysis?.indicatorsTable() ?? WorkingAgeAnalysis.indicatorsTable(populationIndicators)
    }
}
