import CohortKit

/// Tables of a stochastic projection: quantiles of each indicator in chosen
/// years, next to the deterministic scenario's value.
public enum SimulationReport {
    /// The column name of probability p: `q2.5`, `q10`, `q50`, …
    public static func columnName(_ p: Double) -> String {
        "q" + CSVNumber.format(p * 100, places: 4)
    }

    /// One row per year and indicator: the quantiles over the draws (one
    /// column per probability) and the draws' centre (every random departure
    /// zero: the deterministic scenario, or with a Lee–Carter mortality centre
    /// the scenario under the model's expected death rates).
    public static func table(
        _ result: SimulationResult, indicators: [SimulationIndicator], years: [Int],
        probabilities: [Double]
    ) -> DataTable {
        var columns: [DataTable.Column] = [.init("year", "Year", .year), .init("indicator", "Indicator", .text)]
        for p in probabilities {
            let percent = CSVNumber.format(p * 100, places: 4)
            columns.append(.init(columnName(p), "\(percent)%", .decimal(2)))
        }
        columns.append(.init("centre", "Centre", .decimal(2)))
        var table = DataTable(columns)
        let quantiles = result.quantiles(indicators, years: years, probabilities: probabilities)
        for (y, year) in years.enumerated() {
            for (i, indicator) in indicators.enumerated() {
                guard let q = quantiles[y][i] else { continue }
                let kind = DataTable.Kind.of(indicator.indicator)
                var row: [DataTable.Value] = [.number(Double(year)), .text(result.name(of: indicator))]
                row += q.map { .numberAs($0, kind) }
                row.append(result.centre(indicator, year: year).map { .numberAs($0, kind) } ?? .missing)
                table.append(row)
            }
        }
        return table
    }

    /// One sentence per value in `registered` that the simulation keeps an indicator for: "Registered since: births
    /// in 2025, 107,812, inside the 80% interval (104,838–154,595)." (or inside the 95% but outside the 80%, or outside
    /// the 95%).
    public static func registeredSentences(
        _ simulation: SimulationResult, registered: [RegisteredValue], options: AnalysisOptions
    ) -> [String] {
        registered.compactMap { r in
            guard let s = simulation.indicators.first(where: { $0.indicator == r.indicator }),
                let q = simulation.quantiles(s, year: r.year, probabilities: [0.025, 0.1, 0.9, 0.975])
            else { return nil }
            let place =
                r.value < q[0] || r.value > q[3]
                ? "outside the 95% interval (\(NumberFormat.persons(q[0]))–\(NumberFormat.persons(q[3])))"
                : r.value < q[1] || r.value > q[2]
                    ? "inside the 95% interval but outside the 80% (\(NumberFormat.persons(q[1]))–\(NumberFormat.persons(q[2])))"
                    : "inside the 80% interval (\(NumberFormat.persons(q[1]))–\(NumberFormat.persons(q[2])))"
            return
                "Registered since: \(r.indicator.title(options).lowercased()) in \(r.year), \(NumberFormat.persons(r.value)), \(place)."
        }
    }
}
