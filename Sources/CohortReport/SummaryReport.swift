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

    /// The indicators of the key-years table, those of ``Indicator`` that
    /// `projection` reports: total, the broad groups, the labour force (with
    /// participation rates) and the old's share (with a working-age
    /// analysis), births, deaths, net migrants.
    public static func indicators(_ projection: ScenarioProjection) -> [Indicator] {
        [.total, .young, .working, .labourForce, .old, .oldShare, .births, .deaths, .netMigrants].filter(
            projection.indicators.contains)
    }

    /// The key-years table of `projection` (or of `years` when given), named,
    /// in the units and with the values of ``Indicator`` (as in `indicators.csv`);
    /// a `scenario` column leads when `scenario` is given.
    public static func table(
        _ projection: ScenarioProjection, years: [Int]? = nil, scenario: String? = nil
    ) -> DataTable {
        let shown = indicators(projection)
        var columns: [DataTable.Column] = []
        if scenario != nil { columns.append(.init("scenario", "Scenario", .text)) }
        columns.append(.init("year", "Year", .year))
        columns += shown.map { .indicator($0, projection.options) }
        var table = DataTable(columns)
        for year in years ?? keyYears(projection.result.years) where projection.result.years.contains(year) {
            var row: [DataTable.Value] = scenario.map { [.text($0)] } ?? []
            row.append(.number(Double(year)))
            row += shown.map { DataTable.value(projection.value($0, year: year)) }
            table.append(row)
        }
        return table
    }

    /// The note printed under the screen table.
    public static func units(_ projection: ScenarioProjection) -> String {
        let old =
            projection.indicators.contains(.oldShare)
            ? "; \(Indicator.oldShare.title(projection.options)) of the total" : ""
        var note = "Persons at \(projection.populationDate); births, deaths and net migrants during the year\(old)."
        if let labour = projection.options.labour { note += " " + labourNote(labour) }
        return note
    }

    /// Where the labour force's rates come from, in a sentence for notes.
    public static func labourNote(_ labour: LabourRates) -> String {
        "Labour force: the population times participation rates from \(labour.source)"
            + (labour.bothSexes ? " (rates for both sexes together, applied to women and men alike)" : "")
            + ", held after their last year (\(labour.lastYear.map(String.init) ?? "none"))."
    }
}
