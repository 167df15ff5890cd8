/// The indicators of one year that need no working-age band: the total,
/// the median age and the year's components, crude rates, TFR and life
/// expectancy. ``YearIndicators`` holds one as its ``YearIndicators/population`` (one definition, computed
/// here); an input set whose open age is too low for the working-age band
/// still gets these.
public struct PopulationIndicators: Sendable, Equatable {
    /// The year (31 December).
    public var year: Int
    /// Everyone, persons.
    public var total: Double
    /// The age that halves the population, years (people spread evenly within each year of age).
    public var medianAge: Double
    /// Births during the year (`nil` for the base year), persons.
    public var births: Double?
    /// Deaths during the year, persons.
    public var deaths: Double?
    /// Net migrants during the year, persons.
    public var netMigrants: Double?
    /// Births per 1,000 of the mean of the populations at the start and end of the year.
    public var crudeBirthRate: Double?
    /// Deaths per 1,000 of the mean population.
    public var crudeDeathRate: Double?
    /// The sum of the year's fertility rates, children per woman.
    public var totalFertilityRate: Double?
    /// Life expectancy at birth by sex, years (when the year gives death rates).
    public var lifeExpectancy: BySex<Double>?

    /// The indicators of every year of `result` (base year first).
    ///
    /// - Throws: ``LifeTableError`` when a year's death rates give no life table.
    public static func of(
        _ result: ProjectionResult, inputs: ProjectionInputs,
        closure: OpenAgeClosure? = nil
    ) throws -> [PopulationIndicators] {
        try result.years.map { year in
            let p = result.population(in: year)!
            let total = p.female.indices.reduce(0) { $0 + p.female[$1] + p.male[$1] }  // age by age, both sexes
            var row = PopulationIndicators(year: year, total: total, medianAge: WorkingAgeAnalysis.medianAge(p))
            if let c = result.components(in: year), let y = inputs.years.first(where: { $0.year == year }) {
                let births = c.female.births[0] + c.male.births[0]
                let deaths = c.female.deaths[0] + c.male.deaths[0]
                let before = result.population(in: year - 1)!
                let mid = (total + before.female.reduce(0, +) + before.male.reduce(0, +)) / 2
                row.births = births
                row.deaths = deaths
                row.netMigrants = c.female.netMigrants[0] + c.male.netMigrants[0]
                row.crudeBirthRate = 1000 * births / mid
                row.crudeDeathRate = 1000 * deaths / mid
                row.totalFertilityRate = y.totalFertilityRate
                if case .deathRates(let mf) = y.mortality.female, case .deathRates(let mm) = y.mortality.male {
                    row.lifeExpectancy = BySex(
                        female: try LifeTable(deathRates: mf, sex: .female, closure: closure).lifeExpectancyAtBirth,
                        male: try LifeTable(deathRates: mm, sex: .male, closure: closure).lifeExpectancyAtBirth)
                }
            }
            return row
        }
    }
}
