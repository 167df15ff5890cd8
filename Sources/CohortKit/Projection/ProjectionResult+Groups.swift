extension ProjectionResult {
    /// `population_5y.csv`: `year,sex,age,population` by age group (default
    /// the UN's `0-4`, `5-9`, …, `ω+`; see ``AgeSpan/fiveYear(openAge:)``), the
    /// base year and every projected year, female before male, column 0;
    /// persons summed from the single ages.
    public func populationTable(groups: [AgeSpan]? = nil) -> DataTable {
        let groups = groups ?? AgeSpan.fiveYear(openAge: openAge)
        var table = DataTable([
            .init("year", "Year", .year), .init("sex", "Sex", .text), .init("age", "Age", .text),
            .init("population", "Population", .persons),
        ])
        for year in years {
            let p = population(in: year)!
            for sex in Sex.allCases {
                for g in groups {
                    table.append([
                        .number(Double(year)), .text(sex.rawValue), .text(g.description),
                        .number(g.ages(openAge: openAge).map { p[sex][$0] }.reduce(0, +)),
                    ])
                }
            }
        }
        return table
    }
}
