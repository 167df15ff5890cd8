/// The result of a projection: the population at the end of the base year
/// and of every projected year, and each projected year's components.
///
/// Shaped as a batch (see ``PopulationBatch``): a deterministic projection
/// is a batch of one column, and every accessor takes `column: 0` by default.
public struct ProjectionResult: Sendable, Equatable {
    /// The base year; ``populations``[0] is its end-of-year population.
    public let baseYear: Int
    /// The population by sex, age and column at the end of baseYear + i, for
    /// i = 0…``projectedYears``.count, persons.
    public let populations: [PopulationBatch]
    /// The components of year baseYear + 1 + i, by sex and column.
    public let components: [YearComponents]

    /// A result from its parts: `populations` has one more element than `components`.
    public init(baseYear: Int, populations: [PopulationBatch], components: [YearComponents]) {
        precondition(
            populations.count == components.count + 1,
            "a result needs the base population plus one population per projected year")
        self.baseYear = baseYear
        self.populations = populations
        self.components = components
    }

    /// The projected years, baseYear + 1 ..< baseYear + 1 + count (an empty
    /// range when nothing was projected).
    public var projectedYears: Range<Int> { (baseYear + 1)..<(baseYear + 1 + components.count) }

    /// The base year and every projected year.
    public var years: ClosedRange<Int> { baseYear...(baseYear + components.count) }

    /// The open age ω (the last row of each matrix is ω+).
    public var openAge: Int { populations[0].female.ages - 1 }

    /// Number of batch columns.
    public var columns: Int { populations[0].female.columns }

    /// The population of `column` at the end of `year` by sex, ages 0…ω,
    /// or `nil` if the year is outside ``years``.
    public func population(in year: Int, column: Int = 0) -> BySex<[Double]>? {
        guard years.contains(year) else { return nil }
        return populations[year - baseYear].map { $0.column(column) }
    }

    /// The components of a projected `year`, or `nil` outside ``projectedYears``.
    public func components(in year: Int) -> YearComponents? {
        guard projectedYears.contains(year) else { return nil }
        return components[year - baseYear - 1]
    }

    /// True when the non-negativity guard cut emigration in any year, sex or column.
    public var hasEmigrationCuts: Bool {
        components.contains { year in Sex.allCases.contains { year[$0].emigrationCut.contains { $0 > 0 } } }
    }
}
