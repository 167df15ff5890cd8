/// The indicators of one year: the population at 31 December by broad age,
/// dependency, median age, and the year's components and rates.
///
/// Broad groups follow ``AnalysisOptions/workingAge`` (young below the band,
/// old above it); the support ratio follows the retirement age. Components
/// and rates are `nil` for the base year.
public struct YearIndicators: Sendable, Equatable {
    /// The year (population at its 31 December).
    public var year: Int
    /// All ages, persons.
    public var total: Double
    /// Below the working-age band (default 0–14), persons.
    public var young: Double
    /// In the working-age band (default 15–64), persons.
    public var working: Double
    /// Above the band (default 65+), persons.
    public var old: Double
    /// At or above ``AnalysisOptions/oldestOld`` (default 85+), persons; `nil`
    /// when that age lies above the open age group (an 80+ population has no 85+).
    public var oldestOld: Double?
    /// Old per 100 of working age.
    public var oldAgeDependency: Double
    /// Young per 100 of working age.
    public var youngAgeDependency: Double
    /// Young and old per 100 of working age.
    public var totalDependency: Double
    /// People from the band's first age up to their retirement age, per person at or above it.
    public var supportRatio: Double
    /// The age that halves the population, in years (uniform within each year of age).
    public var medianAge: Double
    /// Births of the year, persons.
    public var births: Double?
    /// Deaths of the year, persons.
    public var deaths: Double?
    /// Net migrants of the year (after the non-negativity guard), persons.
    public var netMigrants: Double?
    /// Births per 1,000 of the mean of the start- and end-of-year population.
    public var crudeBirthRate: Double?
    /// Deaths per 1,000 of the mean of the start- and end-of-year population.
    public var crudeDeathRate: Double?
    /// The total fertility rate of the year's rates, children per woman.
    public var totalFertilityRate: Double?
    /// Life expectancy at birth from the year's death rates, years (`nil` when survival ratios were given).
    public var lifeExpectancy: BySex<Double>?
    /// People reaching the band's first age in the year (see ``WorkingAgeFlow/entrants``).
    public var entrants: Double
    /// People reaching the retirement age in the year (see ``WorkingAgeFlow/leavers``).
    public var leavers: Double

    /// Share of the total below the band.
    public var youngShare: Double { young / total }
    /// Share of the total in the band.
    public var workingShare: Double { working / total }
    /// Share of the total above the band.
    public var oldShare: Double { old / total }
    /// Share of the total at or above the oldest-old age.
    public var oldestOldShare: Double? { oldestOld.map { $0 / total } }
}
