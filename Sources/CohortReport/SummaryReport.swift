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

    /// The key-years table of column 0 of `result`; broad age groups
    /// (0–14, 15–64, 65+) when the open age is 65 or more.
    public static func table(_ result: ProjectionResult) -> TextTable {
        let broad = result.openAge >= 65
        var headers = ["Year", "Total"]
        if broad { headers += ["0–14", "15–64", "65+", "65+ %"] }
        headers += ["Births", "Deaths", "Net migrants"]
        var table = TextTable(headers)
        for year in keyYears(result.years) {
            let total = result.persons(in: year, ages: 0...Int.max)!
            var row = [String(year), NumberFormat.persons(total)]
            if broad {
                let old = result.persons(in: year, ages: 65...Int.max)!
                row += [NumberFormat.persons(result.persons(in: year, ages: 0...14)!),
                        NumberFormat.persons(result.persons(in: year, ages: 15...64)!),
                        NumberFormat.persons(old), NumberFormat.decimal(100 * old / total, places: 1)]
            }
            if let c = result.components(in: year) {
                row += [NumberFormat.persons(c.female.births[0] + c.male.births[0]),
                        NumberFormat.persons(c.female.deaths[0] + c.male.deaths[0]),
                        NumberFormat.signedPersons(c.female.netMigrants[0] + c.male.netMigrants[0])]
            } else {
                row += ["", "", ""]
            }
            table.append(row)
        }
        return table
    }
}
