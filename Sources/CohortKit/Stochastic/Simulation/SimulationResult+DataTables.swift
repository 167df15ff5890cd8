import Foundation

extension SimulationResult {
    /// Decimals written for an indicator: its unit's (0 for persons, 4 for ratios and the TFR).
    static func places(_ indicator: SimulationIndicator) -> Int { indicator.indicator.unit.machineDecimals }

    /// `quantiles.csv`: `year,indicator,quantile,value`, every projected year,
    /// every indicator (in ``SimulationIndicator`` order), every probability
    /// in the order given; values in the indicator's unit and decimals
    /// (persons whole, ratios and the TFR with 4 decimals).
    public func quantilesTable(probabilities: [Double]) -> DataTable {
        var table = DataTable([
            .init("year", "Year", .year), .init("indicator", "Indicator", .text),
            .init("quantile", "Quantile", .fixed(screen: 3, machine: 6)), .init("value", "Value", .decimal(2)),
        ])
        // Every (indicator, year) at once, in parallel; the draws only (the centre is the last member).
        let grid = values.quantileGrid(probabilities: probabilities, members: draws, threads: options.threads)
        let count = probabilities.count
        for (y, year) in years.enumerated() {
            for (i, indicator) in indicators.enumerated() {
                let from = (i * years.count + y) * count
                let q = grid[from..<(from + count)]
                let kind = DataTable.Kind.of(indicator.indicator)
                for (p, v) in zip(probabilities, q) {
                    table.append([.number(Double(year)), .text(name(of: indicator)), .number(p), .numberAs(v, kind)])
                }
            }
        }
        return table
    }

    /// `draws.csv`: `draw,year,<indicator>…`, one row per draw (1-based) and
    /// projected year, the chosen indicators as columns (default all).
    public func drawsCSV(indicators chosen: [SimulationIndicator]? = nil) -> String {
        let chosen = chosen ?? indicators
        let columns = chosen.filter { indicators.contains($0) }
        var out = CSVBytes(capacity: draws * years.count * (12 + 12 * columns.count))
        out.append((["draw", "year"] + columns.map { name(of: $0) }).joined(separator: ",") + "\n")
        let series = columns.map { indicator in
            years.map { year in values(indicator, year: year)! }
        }
        for d in 0..<draws {
            let draw = String(d + 1) + ","
            for (y, year) in years.enumerated() {
                out.append(draw)
                out.append(String(year))
                for (c, indicator) in columns.enumerated() {
                    out.append(",")
                    out.append(number: series[c][y][d], places: Self.places(indicator))
                }
                out.append("\n")
            }
        }
        return out.string
    }
}
