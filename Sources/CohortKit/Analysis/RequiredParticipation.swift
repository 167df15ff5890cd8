/// What it takes to hold the labour force at a year's level: the
/// participation one age band would need, in one year, for the labour force
/// to equal the target, with everyone else at the scenario's rates.
///
/// needed = (target − labour force outside the band) / population in the band,
/// the share of the band's people who would have to be in the labour force
/// (above 1: the band alone cannot make up the gap).
public struct RequiredParticipation: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// The band, e.g. 55–69.
    public var band: ClosedRange<Int>
    /// People in the band, persons.
    public var population: Double
    /// The band's labour force under the scenario's rates, persons.
    public var labourForce: Double
    /// The labour force outside the band, persons.
    public var elsewhere: Double
    /// The labour force to hold, persons.
    public var target: Double

    /// The band's participation under the scenario's rates.
    public var participation: Double { labourForce / population }
    /// The band's participation that gives the target.
    public var needed: Double { (target - elsewhere) / population }
    /// Workers missing from the target under the scenario's rates (negative: more than the target).
    public var shortfall: Double { target - elsewhere - labourForce }

    /// A year from its parts.
    public init(
        year: Int, band: ClosedRange<Int>, population: Double, labourForce: Double, elsewhere: Double, target: Double
    ) {
        self.year = year
        self.band = band
        self.population = population
        self.labourForce = labourForce
        self.elsewhere = elsewhere
        self.target = target
    }
}

extension WorkingAgeAnalysis {
    /// The participation `band` would need in each of `years` to hold the
    /// labour force at its level of `holding` (a year of the analysis); `nil`
    /// without participation rates.
    public func requiredParticipation(
        band: ClosedRange<Int>, holding: Int, years: [Int]
    ) -> [RequiredParticipation]? {
        guard let rates = options.labour, let target = indicators(in: holding)?.labour?.total else { return nil }
        let omega = result.openAge
        let ages = band.clamped(to: 0...omega)
        return years.compactMap { year in
            guard let p = result.population(in: year) else { return nil }
            let r = rates.rates(in: year)
            var people = 0.0, inBand = 0.0, all = 0.0
            for sex in Sex.allCases {
                for a in 0...omega {
                    let w = p[sex][a] * r[sex][a]
                    all += w
                    if ages.contains(a) {
                        people += p[sex][a]
                        inBand += w
                    }
                }
            }
            return RequiredParticipation(
                year: year, band: band, population: people, labourForce: inBand, elsewhere: all - inBand,
                target: target)
        }
    }

    /// `required.csv`: ``requiredParticipation(band:holding:years:)`` as a table,
    /// `year,band,population,labour_force,participation,needed,shortfall`; `nil` without rates.
    public func requiredParticipationTable(band: ClosedRange<Int>, holding: Int, years: [Int]) -> DataTable? {
        guard let rows = requiredParticipation(band: band, holding: holding, years: years) else { return nil }
        var table = DataTable([
            .init("year", "Year", .year), .init("band", "Ages", .text),
            .init("population", "Population", .persons),
            .init("labour_force", "Labour force (scenario)", .persons),
            .init("participation", "Participation (scenario)", .of(.participation)),
            .init("needed", "Participation needed", .of(.participation)),
            .init("shortfall", "Workers short", .signedPersons),
        ])
        for r in rows {
            table.append([
                .number(Double(r.year)), .text("\(r.band.lowerBound)-\(r.band.upperBound)"), .number(r.population),
                .number(r.labourForce), .number(r.participation), .number(r.needed), .number(r.shortfall),
            ])
        }
        return table
    }
}

extension WorkingAgeAnalysis {
    /// `labour_periods.csv`: for each span of years, the sums over its years of
    /// the working-age entrants (reaching the band's first age) and leavers
    /// (reaching the retirement age), leavers − entrants (the gap the Ministry
    /// of the Interior speaks of), and, with participation rates, the
    /// labour-force entrants and exits and its change:
    /// `first_year,last_year,entrants,leavers,leavers_minus_entrants,labour_force_entrants,labour_force_exits,labour_force_change`,
    /// persons. Spans reaching past the projection are cut to it; spans outside it are left out.
    public func labourPeriodsTable(_ periods: [ClosedRange<Int>]) -> DataTable {
        var table = DataTable([
            .init("first_year", "From", .year), .init("last_year", "To", .year),
            .init("entrants", "Entrants (\(options.workingAge.lowerBound))", .persons),
            .init("leavers", "Leavers (\(options.retirementAge))", .persons),
            .init("leavers_minus_entrants", "Leavers − entrants", .signedPersons),
            .init("labour_force_entrants", "Labour-force entrants", .persons),
            .init("labour_force_exits", "Labour-force exits", .persons),
            .init("labour_force_change", "Labour-force change", .signedPersons),
        ])
        let last = result.years.upperBound
        for period in periods where period.lowerBound > result.baseYear && period.lowerBound <= last {
            let span = period.lowerBound...Swift.min(period.upperBound, last)
            let flows = self.flows.filter { span.contains($0.year) }
            let labour = indicators.filter { span.contains($0.year) }.compactMap { $0.labour?.flows }
            let entrants = flows.reduce(0) { $0 + $1.entrants }, leavers = flows.reduce(0) { $0 + $1.leavers }
            let hasLabour = options.labour != nil && labour.count == span.count
            table.append([
                .number(Double(span.lowerBound)), .number(Double(span.upperBound)), .number(entrants),
                .number(leavers), .number(leavers - entrants),
                hasLabour ? .number(labour.reduce(0) { $0 + $1.entrants }) : .missing,
                hasLabour ? .number(labour.reduce(0) { $0 + $1.exits }) : .missing,
                hasLabour ? .number(labour.reduce(0) { $0 + $1.change }) : .missing,
            ])
        }
        return table
    }
}
