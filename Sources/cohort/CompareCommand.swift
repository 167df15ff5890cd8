import ArgumentParser
import CohortKit
import CohortReport

/// `cohort compare`: several scenarios side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios side by side, with differences from the first.",
        discussion: """
            For each chosen year and indicator: the value under each scenario and \
            each scenario's difference from the first. Indicators (names of \
            indicators.csv; the broad groups follow the working-age band): \
            \(Indicator.allCases.map { $0.name() }.joined(separator: ", ")). With \
            --age-groups 5, the populations by five-year age group instead \
            (age_0_4, age_5_9, …, age_100_plus).

            Examples:
              cohort compare --scenario taiwan-medium --scenario taiwan-low --scenario taiwan-high
              cohort compare --scenario taiwan-medium --scenario taiwan-zero-migration --indicator age_15_64 --year 2050 --year 2070
              cohort compare --scenario taiwan-medium --scenario taiwan-low --age-groups 5 --year 2050
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @OptionGroup var groups: AgeGroupsOption

    @Option(
        name: .customLong("indicator"),
        help: ArgumentHelp(
            "An indicator to compare; repeat for several (default: \(CompareReport.defaultIndicators.map { $0.name() }.joined(separator: ", "))).",
            valueName: "name"))
    var indicators: [String] = []

    @Option(
        name: .customLong("year"),
        help: ArgumentHelp("A year to compare; repeat for several (default: the key years).", valueName: "year"))
    var years: [Int] = []

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard selection.scenarios.count >= 2 else {
            throw ValidationError("give at least two --scenario options to compare")
        }
    }

    func run() throws {
        let runs = try selection.runs()
        let options = runs[0].analysis
        let chosen =
            try indicators.isEmpty
            ? CompareReport.defaultIndicators.filter { !$0.needsLabour || runs.contains { $0.analysis.labour != nil } }
            : indicators.map { name in
                guard let indicator = Indicator.named(name, options) else {
                    throw ValidationError(
                        "unknown indicator \(name); known: \(Indicator.allCases.map { $0.name(options) }.joined(separator: ", "))"
                    )
                }
                return indicator
            }
        let projections = try runs.map { (name: $0.label, projection: try $0.project()) }
        let first = projections[0].projection.result
        let shown =
            years.isEmpty
            ? SummaryReport.keyYears(first.years).filter { y in
                y >= runs[0].firstReportedYear && projections.allSatisfy { $0.projection.result.years.contains(y) }
            } : years
        for y in shown {
            for (name, projection) in projections where !projection.result.years.contains(y) {
                throw ValidationError(
                    "--year \(y) is outside \(projection.result.years.lowerBound)…\(projection.result.years.upperBound), the years of \(InputError.printable(name))"
                )
            }
        }
        let table =
            groups.fiveYear
            ? CompareReport.groupTable(projections, years: shown)
            : CompareReport.table(projections, indicators: chosen, years: shown)
        Terminal.emit(
            table, format: format, title: "Scenarios compared; differences from \(runs[0].label)",
            note:
                "Persons at \(Self.dates(runs)); dependency per 100 of working age; support ratio: working age per person at or above the retirement age."
        )
    }

    /// "31 December", or "31 December for taiwan-medium, 1 July for japan-medium" when the runs' dates differ.
    static func dates(_ runs: [ScenarioRun]) -> String {
        let dates = runs.map(\.populationDate)
        guard Set(dates).count > 1 else { return dates.first ?? Provenance.defaultPopulationDate }
        var order: [String] = []
        for d in dates where !order.contains(d) { order.append(d) }
        return order.map { d in
            "\(d) for " + runs.filter { $0.populationDate == d }.map(\.label).joined(separator: ", ")
        }
        .joined(separator: "; ")
    }
}
