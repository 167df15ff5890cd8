import CohortKit

/// Tables of a stochastic projection: quantiles of each indicator in chosen
/// years, next to the deterministic scenario's value.
public enum SimulationReport {
    /// Screen title and kind of each indicator.
    public static func title(_ indicator: SimulationIndicator, band: ClosedRange<Int>) -> (title: String, kind: DataTable.Kind) {
        switch indicator {
        case .total: ("Total", .persons)
        case .workingAge: ("\(band.lowerBound)–\(band.upperBound)", .persons)
        case .old: ("\(band.upperBound + 1)+", .persons)
        case .oldAgeDependency: ("Old-age dependency", .decimal(1))
        case .births: ("Births", .persons)
        case .leavers: ("Leavers", .persons)
        case .tfr: ("TFR", .decimal(2))
        case .netMigrants: ("Net migrants", .signedPersons)
        }
    }

    /// The column name of probability p: `q2.5`, `q10`, `q50`, …
    public static func columnName(_ p: Double) -> String {
        "q" + CSVNumber.format(p * 100, places: 4)
    }

    /// One row per year and indicator: the quantiles over the draws (one
    /// column per probability) and, when `scenario` is given (the same
    /// indicators from the deterministic projection), its value.
    public static func table(_ result: SimulationResult, indicators: [SimulationIndicator], years: [Int],
                             probabilities: [Double], scenario: SimulationResult? = nil) -> DataTable {
        var columns: [DataTable.Column] = [.init("year", "Year", .year), .init("indicator", "Indicator", .text)]
        for p in probabilities {
            let percent = CSVNumber.format(p * 100, places: 4)
            columns.append(.init(columnName(p), "\(percent)%", .decimal(2)))
        }
        if scenario != nil { columns.append(.init("scenario", "Scenario", .decimal(2))) }
        var table = DataTable(columns)
        let band = result.analysis.workingAge
        for year in years {
            for indicator in indicators {
                guard let q = result.quantiles(indicator, year: year, probabilities: probabilities) else { continue }
                let kind = title(indicator, band: band).kind
                var row: [DataTable.Value] = [.number(Double(year)), .text(result.name(of: indicator))]
                row += q.map { .numberAs($0, kind) }
                if let scenario {
                    row.append(scenario.values(indicator, year: year)?.first.map { .numberAs($0, kind) } ?? .missing)
                }
                table.append(row)
            }
        }
        return table
    }
}
