/// The labour force of one year: participation rates (``LabourRates``)
/// times the population at the end of the year, by sex, with the indicators
/// built on it and the flows since the year before.
///
/// The rates are those of the year (for Taiwan's bundled rates, annual
/// averages of the Manpower Survey, both sexes); the population is at the
/// dataset's population date. Persons throughout.
public struct LabourForceYear: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// Σ population × rate, by sex.
    public var labourForce: BySex<Double>
    /// People at or above the working-age band's first age (15+).
    public var adults: Double
    /// Everyone.
    public var everyone: Double
    /// People above the working-age band (65+).
    public var old: Double
    /// The flows since the year before; `nil` for the first year.
    public var flows: LabourForceFlows?

    /// A year from its parts.
    public init(
        year: Int, labourForce: BySex<Double>, adults: Double, everyone: Double, old: Double,
        flows: LabourForceFlows? = nil
    ) {
        self.year = year
        self.labourForce = labourForce
        self.adults = adults
        self.everyone = everyone
        self.old = old
        self.flows = flows
    }

    /// Both sexes, persons.
    public var total: Double { labourForce.female + labourForce.male }
    /// The labour force over the population 15+ (a fraction).
    public var participation: Double { total / adults }
    /// People outside the labour force (all ages) per 100 in it.
    public var dependency: Double { 100 * (everyone - total) / total }
    /// Workers (the labour force) per person above the working-age band.
    public var workersPerOld: Double { total / old }

    /// The labour force of a population by sex and age 0…ω under rates of the same shape.
    public static func labourForce(_ population: BySex<[Double]>, rates: BySex<[Double]>) -> BySex<Double> {
        BySex { sex in zip(population[sex], rates[sex]).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// Every year of `result` (base year and projected years) under `rates`,
    /// with the flows of ``LabourForceFlows`` from the second year on
    /// (deaths separately when the result recorded them by age).
    public static func series(
        _ result: ProjectionResult, rates: LabourRates, options: AnalysisOptions
    ) -> [LabourForceYear] {
        let omega = result.openAge, first = options.workingAge.lowerBound, oldFrom = options.workingAge.upperBound + 1
        var out: [LabourForceYear] = []
        var previous: (p: BySex<[Double]>, r: BySex<[Double]>, lf: Double)? = nil
        for year in result.baseYear...(result.baseYear + result.components.count) {
            let p = result.population(in: year)!, r = rates.rates(in: year)
            func sum(_ ages: ClosedRange<Int>) -> Double {
                ages.clamped(to: 0...omega).reduce(0) { $0 + p.female[$1] + p.male[$1] }
            }
            let lf = labourForce(p, rates: r)
            var item = LabourForceYear(
                year: year, labourForce: lf, adults: sum(first...omega), everyone: sum(0...omega),
                old: oldFrom <= omega ? sum(oldFrom...omega) : 0)
            if let prev = previous {
                let rPrev = prev.r
                var entrants = 0.0, exits = 0.0, rateChange = 0.0, own = 0.0, deaths: Double? = 0
                var entrantsByAge = [Double](repeating: 0, count: omega + 1), exitsByAge = entrantsByAge
                let c = result.components(in: year)
                for sex in Sex.allCases {
                    let births = c.map { $0[sex].births[0] } ?? 0
                    let d = c?[sex].deathsByAge
                    if d == nil { deaths = nil }
                    for x in 0...omega {
                        // The cohorts ending Y aged x: their number and rate at the end of Y − 1.
                        let before =
                            x == 0 ? births : x == omega ? prev.p[sex][x - 1] + prev.p[sex][x] : prev.p[sex][x - 1]
                        let ageingRate = x == 0 ? 0 : prev.r[sex][x - 1]
                        // Ageing along last year's schedule (the open group's stayers do not age).
                        let movers = x == 0 ? births : prev.p[sex][x - 1]
                        let ageing = movers * (rPrev[sex][x] - ageingRate)
                        if ageing > 0 {
                            entrants += ageing
                            entrantsByAge[x] += ageing
                        } else {
                            exits -= ageing
                            exitsByAge[x] -= ageing
                        }
                        rateChange += before * (r[sex][x] - rPrev[sex][x])
                        own += (p[sex][x] - before) * r[sex][x]
                        if let d { deaths? -= d[x, 0] * r[sex][x] }
                    }
                }
                let change = lf.female + lf.male - prev.lf
                item.flows = LabourForceFlows(
                    entrants: entrants, exits: exits, rateChange: rateChange, deaths: deaths,
                    netMigrants: own - (deaths ?? 0), change: change)
                item.flows!.entrantsByAge = entrantsByAge
                item.flows!.exitsByAge = exitsByAge
            }
            out.append(item)
            previous = (p, r, lf.female + lf.male)
        }
        return out
    }
}
