import CohortKit

/// Several scenarios side by side: chosen indicators in chosen years, each
/// scenario's value and its difference from the first.
public enum CompareReport {
    /// An indicator that can be compared, by its `indicators.csv` name.
    public struct Indicator: Sendable {
        /// The name, as in `indicators.csv`.
        public var name: String
        /// A title for people.
        public var title: String
        /// How its numbers are shown.
        public var kind: DataTable.Kind
        /// Its value in a year's indicators.
        public var value: @Sendable (YearIndicators) -> Double?
    }

    /// The indicators `cohort compare` knows, by their `indicators.csv` names
    /// for the default band (the broad groups follow the band in use).
    public static let indicators: [Indicator] = [
        Indicator(name: "total", title: "Total", kind: .persons) { $0.total },
        Indicator(name: "age_0_14", title: "0–14", kind: .persons) { $0.young },
        Indicator(name: "age_15_64", title: "15–64", kind: .persons) { $0.working },
        Indicator(name: "age_65_plus", title: "65+", kind: .persons) { $0.old },
        Indicator(name: "age_85_plus", title: "85+", kind: .persons) { $0.oldestOld },
        Indicator(name: "old_age_dependency", title: "Old-age dependency", kind: .decimal(1)) { $0.oldAgeDependency },
        Indicator(name: "total_dependency", title: "Total dependency", kind: .decimal(1)) { $0.totalDependency },
        Indicator(name: "support_ratio", title: "Support ratio", kind: .decimal(2)) { $0.supportRatio },
        Indicator(name: "median_age", title: "Median age", kind: .decimal(1)) { $0.medianAge },
        Indicator(name: "births", title: "Births", kind: .persons) { $0.births },
        Indicator(name: "deaths", title: "Deaths", kind: .persons) { $0.deaths },
        Indicator(name: "net_migrants", title: "Net migrants", kind: .signedPersons) { $0.netMigrants },
        Indicator(name: "tfr", title: "TFR", kind: .decimal(2)) { $0.totalFertilityRate },
        Indicator(name: "entrants", title: "Entrants", kind: .persons) { $0.entrants },
        Indicator(name: "leavers", title: "Leavers", kind: .persons) { $0.leavers },
    ]

    /// One row per year and indicator: the value under each scenario and
    /// each scenario's difference from the first.
    public static func table(_ scenarios: [(name: String, indicators: [YearIndicators])], indicators chosen: [Indicator],
                             years: [Int]) -> DataTable {
        var columns: [DataTable.Column] = [.init("year", "Year", .year), .init("indicator", "Indicator", .text)]
        for s in scenarios { columns.append(.init(s.name, s.name, .decimal(2))) }
        for s in scenarios.dropFirst() { columns.append(.init("\(s.name)_minus_\(scenarios[0].name)", "\(s.name) − \(scenarios[0].name)", .decimal(2))) }
        var table = DataTable(columns)
        for year in years {
            for indicator in chosen {
                let values = scenarios.map { s in s.indicators.first { $0.year == year }.flatMap(indicator.value) }
                guard values.contains(where: { $0 != nil }) else { continue }
                var row: [DataTable.Value] = [.number(Double(year)), .text(indicator.name)]
                let differenceKind: DataTable.Kind = indicator.kind == .persons ? .signedPersons : indicator.kind
                row += values.map { $0.map { DataTable.Value.numberAs($0, indicator.kind) } ?? .missing }
                row += values.dropFirst().map { v in
                    v.flatMap { a in values[0].map { DataTable.Value.numberAs(a - $0, differenceKind) } } ?? .missing
                }
                table.append(row)
            }
        }
        return table
    }
}
