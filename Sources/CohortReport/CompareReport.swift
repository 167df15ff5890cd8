import CohortKit

/// Several scenarios side by side: chosen indicators in chosen years, each
/// scenario's value and its difference from the first.
public enum CompareReport {
    /// The indicators compared when none are chosen (the labour force only
    /// when a scenario has participation rates).
    public static let defaultIndicators: [Indicator] = [
        .total, .working, .labourForce, .old, .oldAgeDependency, .supportRatio, .births,
    ]

    /// One row per year and indicator: the value under each scenario and
    /// each scenario's difference from the first, in the indicator's unit
    /// (names follow the first scenario's band).
    public static func table(
        _ scenarios: [(name: String, projection: ScenarioProjection)], indicators chosen: [Indicator],
        years: [Int]
    ) -> DataTable {
        var columns: [DataTable.Column] = [.init("year", "Year", .year), .init("indicator", "Indicator", .text)]
        for s in scenarios { columns.append(.init(s.name, s.name, .decimal(2))) }
        for s in scenarios.dropFirst() {
            columns.append(
                .init("\(s.name)_minus_\(scenarios[0].name)", "\(s.name) − \(scenarios[0].name)", .decimal(2)))
        }
        var table = DataTable(columns)
        let options = scenarios.first?.projection.options ?? .init()
        for year in years {
            for indicator in chosen {
                let values = scenarios.map { $0.projection.value(indicator, year: year) }
                guard values.contains(where: { $0 != nil }) else { continue }
                let kind = DataTable.Kind.of(indicator)
                let differenceKind: DataTable.Kind = kind == .persons ? .signedPersons : kind
                var row: [DataTable.Value] = [.number(Double(year)), .text(indicator.name(options))]
                row += values.map { $0.map { DataTable.Value.numberAs($0, kind) } ?? .missing }
                row += values.dropFirst().map { v in
                    v.flatMap { a in values[0].map { DataTable.Value.numberAs(a - $0, differenceKind) } } ?? .missing
                }
                table.append(row)
            }
        }
        return table
    }

    /// The populations by age group (default 0-4, 5-9, …, ω+ of the first
    /// scenario's open age) in each year: one row per year and group, named
    /// `age_0_4`, …, `age_100_plus`, each scenario's persons and each one's
    /// difference from the first (a scenario with another open age: empty cells).
    public static func groupTable(
        _ scenarios: [(name: String, projection: ScenarioProjection)], years: [Int], groups: [AgeSpan]? = nil
    ) -> DataTable {
        let omega = scenarios[0].projection.result.openAge
        let groups = groups ?? AgeSpan.fiveYear(openAge: omega)
        var columns: [DataTable.Column] = [.init("year", "Year", .year), .init("age", "Age", .text)]
        for s in scenarios { columns.append(.init(s.name, s.name, .persons)) }
        for s in scenarios.dropFirst() {
            columns.append(
                .init("\(s.name)_minus_\(scenarios[0].name)", "\(s.name) − \(scenarios[0].name)", .signedPersons))
        }
        var table = DataTable(columns)
        for year in years {
            for g in groups {
                let values: [Double?] = scenarios.map { s in
                    let r = s.projection.result
                    guard r.openAge == omega, let p = r.population(in: year) else { return nil }
                    return g.ages(openAge: omega).map { p.female[$0] + p.male[$0] }.reduce(0, +)
                }
                let name = "age_\(g.lower)_" + (g.upper.map(String.init) ?? "plus")
                var row: [DataTable.Value] = [.number(Double(year)), .text(name)]
                row += values.map(DataTable.value)
                row += values.dropFirst().map { v in DataTable.value(v.flatMap { a in values[0].map { a - $0 } }) }
                table.append(row)
            }
        }
        return table
    }
}
