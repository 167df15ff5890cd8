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
        each scenario's difference from the first. Indicators: \
        \(CompareReport.indicators.map(\.name).joined(separator: ", ")).

        Examples:
          cohort compare --scenario taiwan-medium --scenario taiwan-low --scenario taiwan-high
          cohort compare --scenario taiwan-medium --scenario taiwan-zero-migration --indicator age_15_64 --year 2050 --year 2070
        """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .customLong("indicator"), help: ArgumentHelp("An indicator to compare; repeat for several (default: total, age_15_64, age_65_plus, old_age_dependency, support_ratio, births).", valueName: "name"))
    var indicators: [String] = []

    @Option(name: .customLong("year"), help: ArgumentHelp("A year to compare; repeat for several (default: the key years).", valueName: "year"))
    var years: [Int] = []

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard selection.scenarios.count >= 2 else { throw ValidationError("give at least two --scenario options to compare") }
        for name in indicators where !CompareReport.indicators.contains(where: { $0.name == name }) {
            throw ValidationError("unknown indicator \(name); known: \(CompareReport.indicators.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        let runs = try selection.runs()
        let analyses = try runs.map { run in
            (name: run.label, analysis: try WorkingAgeAnalysis.run(run.inputs, projection: run.options, history: run.data.history(),
                                                                   options: run.analysisOptions))
        }
        let names = indicators.isEmpty ? ["total", "age_15_64", "age_65_plus", "old_age_dependency", "support_ratio", "births"] : indicators
        let chosen = names.map { n in CompareReport.indicators.first { $0.name == n }! }
        let first = analyses[0].analysis.result
        let shown = years.isEmpty ? SummaryReport.keyYears(first.years).filter { $0 >= runs[0].from } : years
        for y in shown {
            for (name, analysis) in analyses where !analysis.result.years.contains(y) {
                throw ValidationError("--year \(y) is outside \(analysis.result.years.lowerBound)…\(analysis.result.years.upperBound), the years of \(InputError.printable(name))")
            }
        }
        let table = CompareReport.table(analyses.map { ($0.name, $0.analysis.indicators) }, indicators: chosen, years: shown)
        Terminal.emit(table, format: format, title: "Scenarios compared; differences from \(runs[0].label)",
                      note: "Persons at 31 December; dependency per 100 of working age; support ratio: working age per person at or above the retirement age.")
    }
}
