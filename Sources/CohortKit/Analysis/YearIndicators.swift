/// The indicators of one year: the population at 31 December by broad age,
/// dependency, median age, and the year's components and rates.
///
/// Broad groups follow ``AnalysisOptions/workingAge`` (young below the band,
/// old above it); the support ratio follows the retirement age. The
/// indicators that need no band (year, total, median age, components, crude
/// rates, TFR, e(0)) are those of ``PopulationIndicators``, defined there once
/// and read through this type as its own (`indicators.births`); components
/// and rates are `nil` for the base year.
@dynamicMemberLookup
public struct YearIndicators: Sendable, Equatable {
    /// The indicators that need no working-age band.
    public var population: PopulationIndicators
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
    /// People reaching the band's first age in the year (see ``WorkingAgeFlow/entrants``).
    public var entrants: Double
    /// People reaching the retirement age in the year (see ``WorkingAgeFlow/leavers``).
    public var leavers: Double
    /// The labour force, when the analysis has participation rates (``AnalysisOptions/labour``).
    public var labour: LabourForceYear?

    /// An indicator of ``population``, read (and set) as this type's own: `year`,
    /// `total`, `medianAge`, `births`, `deaths`, `netMigrants`, `crudeBirthRate`,
    /// `crudeDeathRate`, `totalFertilityRate`, `lifeExpectancy`.
    public subscript<T>(dynamicMember path: WritableKeyPath<PopulationIndicators, T>) -> T {
        get { population[keyPath: path] }
        set { population[keyPath: path] = newValue }
    }

    /// Share of the total below the band.
    public var youngShare: Double { young / population.total }
    /// Share of the total in the band.
    public var workingShare: Double { working / population.total }
    /// Share of the total above the band.
    public var oldShare: Double { old / population.total }
    /// Share of the total at or above the oldest-old age.
    public var oldestOldShare: Double? { oldestOld.map { $0 / population.total } }
}
