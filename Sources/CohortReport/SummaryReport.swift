import CohortKit

/// The key years of a projection: total, broad ages, components.
public enum SummaryReport {
    /// The base year, the next, every year ending in 0, and the last.
    public static func keyYears(_ years: ClosedRange<Int>) -> [Int] {
        var out = [years.lowerBound]
        for y in years.dropFirst() where y == years.lowerBound + 1 || y % 10 == 0 || y == years.upperBound {
            out.append(y)
        }
        return out
    }

    /// The key-years table of column 0 of `result` (or of `years` when
    /// given); broad age groups (0–14, 15–64, 65+) when the open age is 65
    /// or more. Column names and meanings are those of `indicators.csv`
    /// (`share_65_plus` a fraction, shown on screen as a percentage); a `scenario`
    /// column leads when `scenario` is given.
    public static func table(_ result: ProjectionResult, years: [Int]? = nil, scenario: String? = nil) -> DataTable {
        let broad = result.openAge >= 65
        var columns: [DataTable.Column] = []
        if scenario != nil { columns.append(.init("scenario", "Scenario", .text)) }
        columns += [.init("year", "Year", .year), .init("total", "Total", .persons)]
        if broad {
            columns += [.init("age_0_14", "0–14", .persons), .init("age_15_64", "15–64", .persons),
                        .init("age_65_plus", "65+", .persons), .init("share_65_plus", "65+ %", .percent(1))]
        }
        columns += [.init("births", "Births", .persons), .init("deaths", "Deaths", .persons),
                    .init("net_migrants", "Net migrants", .signedPersons)]
        var table = DataTable(columns)
        for year in years ?? keyYears(result.years) where result.years.contains(year) {
            let total = result.persons(in: year, ages: 0...Int.max)!
            var row: [DataTable.Value] = scenario.map { [.text($0)] } ?? []
            row += [.number(Double(year)), .number(total)]
            if broad {
                let old = result.persons(in: year, ages: 65...Int.max)!
                row += [.number(result.persons(in: year, ages: 0...14)!), .number(result.persons(in: year, ages: 15...64)!),
                        .number(old), .number(old / total)]
            }
            let c = result.components(in: year)
            row += [DataTable.value(c.map { $0.female.births[0] + $0.male.births[0] }),
                    DataTable.value(c.map { $0.female.deaths[0] + $0.male.deaths[0] }),
                    DataTable.value(c.map { $0.female.netMigrants[0] + $0.male.netMigrants[0] })]
            table.append(row)
        }
        return table
    }

    /// The note printed under the screen table.
    public static let units = "Persons at 31 December; births, deaths and net migrants during the year; 65+ % of the total."
}
