import CohortKit

/// The on-screen summary of a projection: one row a year, totals in persons.
enum SummaryTable {
    static func render(_ result: ProjectionResult) -> String {
        let header = ["Year", "Population", "Births", "Deaths", "Net migrants"]
        var rows: [[String]] = []
        let base = result.populations[0]
        rows.append([String(result.baseYear), persons(base.female.columnTotals()[0] + base.male.columnTotals()[0]), "", "", ""])
        for (i, c) in result.components.enumerated() {
            rows.append([
                String(result.baseYear + 1 + i),
                persons(c.female.population[0] + c.male.population[0]),
                persons(c.female.births[0] + c.male.births[0]),
                persons(c.female.deaths[0] + c.male.deaths[0]),
                persons(c.female.netMigrants[0] + c.male.netMigrants[0]),
            ])
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n(persons, at 31 December; births, deaths and migrants during the year)"
    }

    /// A whole number of persons with thousands separators, e.g. 23,400,220.
    static func persons(_ value: Double) -> String {
        let rounded = Int64(value.rounded())
        let digits = String(rounded.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (rounded < 0 ? "-" : "") + out
    }
}
