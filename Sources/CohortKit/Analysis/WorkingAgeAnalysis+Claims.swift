extension WorkingAgeAnalysis {
    /// Pension claims per year under `claiming`, with this analysis's
    /// retirement (pension) age by cohort: `(year, early, onTime, late)`,
    /// persons, for every year with a population (registered or
    /// projected populations at the claiming ages; the registers start in
    /// Taiwan's case in 1992).
    public func claims(_ claiming: PensionClaiming) -> [(year: Int, early: Double, onTime: Double, late: Double)] {
        let series = PopulationSeries(result: result, history: history)
        let omega = result.openAge
        var out: [(year: Int, early: Double, onTime: Double, late: Double)] = []
        let lowest = options.retirementAge.range.lowerBound + (claiming.shares.keys.min() ?? 0)
        let highest = options.retirementAge.range.upperBound + (claiming.shares.keys.max() ?? 0)
        // Claiming ages must be single ages below the open group.
        guard lowest >= 0, highest < omega else { return [] }
        for year in series.years {
            guard let p = series.population(year) else { continue }
            var early = 0.0, onTime = 0.0, late = 0.0
            for (offset, share) in claiming.shares where share > 0 {
                // Cohorts b with A(b) + offset = Y − b claim in Y, aged A(b) + offset.
                for age
                    in (options.retirementAge.range.lowerBound + offset)...(options.retirementAge.range.upperBound
                    + offset)
                where options.retirementAge.age(forBirthYear: year - age) + offset == age {
                    let n = share * (p.female[age] + p.male[age])
                    if offset < 0 { early += n } else if offset == 0 { onTime += n } else { late += n }
                }
            }
            out.append((year, early, onTime, late))
        }
        return out
    }

    /// `claims.csv`: `year,claims,early,at_pension_age,late`, persons, from `firstYear` when given; see ``claims(_:)``.
    public func claimsTable(_ claiming: PensionClaiming, from firstYear: Int? = nil) -> DataTable {
        var table = DataTable([
            .init("year", "Year", .year), .init("claims", "Claims", .persons), .init("early", "Early", .persons),
            .init("at_pension_age", "At pension age", .persons), .init("late", "Late", .persons),
        ])
        for c in claims(claiming) where c.year >= firstYear ?? Int.min {
            table.append([
                .number(Double(c.year)), .number(c.early + c.onTime + c.late), .number(c.early), .number(c.onTime),
                .number(c.late),
            ])
        }
        return table
    }
}
