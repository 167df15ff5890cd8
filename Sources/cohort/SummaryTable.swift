import CohortKit

/// The on-screen summary of a projection: the key years, in persons.
enum SummaryTable {
    /// The base year, the next, every year ending in 0, and the last.
    static func keyYears(_ years: ClosedRange<Int>) -> [Int] {
        var out = [years.lowerBound]
        for y in years.dropFirst() where y == years.lowerBound + 1 || y % 10 == 0 || y == years.upperBound {
            out.append(y)
        }
        return out
    }

    static func render(_ result: ProjectionResult) -> String {
        let broad = result.openAge >= 65
        var header = ["Year", "Total"]
        if broad { header += ["0–14", "15–64", "65+", "65+ %"] }
        header += ["Births", "Deaths", "Net migrants"]
        var rows: [[String]] = []
        for year in keyYears(result.years) {
            let total = result.persons(in: year, ages: 0...Int.max)!
            var row = [String(year), persons(total)]
            if broad {
                let old = result.persons(in: year, ages: 65...Int.max)!
                row += [persons(result.persons(in: year, ages: 0...14)!), persons(result.persons(in: year, ages: 15...64)!),
                        persons(old), percent(old / total)]
            }
            if let c = result.components(in: year) {
                row += [persons(c.female.births[0] + c.male.births[0]), persons(c.female.deaths[0] + c.male.deaths[0]),
                        persons(c.female.netMigrants[0] + c.male.netMigrants[0])]
            } else {
                row += ["", "", ""]
            }
            rows.append(row)
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in String(repeating: " ", count: widths[i] - cell.count) + cell }
                .joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
            + "\nPersons at 31 December; births, deaths and net migrants during the year."
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

    /// A share as a percentage with one decimal, e.g. 19.8.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
