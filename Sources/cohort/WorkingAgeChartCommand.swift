import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort chart working-age`.
struct WorkingAgeChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "working-age",
        abstract:
            "The working-age population and the old-age dependency ratio, one line per scenario, with prediction intervals.",
        discussion:
            "--draws N adds the 80% and 95% intervals of a stochastic projection around the first scenario (0: none)."
    )

    @OptionGroup var selection: ScenarioSelection

    @OptionGroup var intervals: IntervalOptions

    @Option(
        name: .long, help: ArgumentHelp("Write the SVG to this file (default: standard output).", valueName: "file.svg")
    )
    var out: String?

    func run() throws {
        let runs = try selection.runs()
        let analyses = try runs.map { (name: $0.label, analysis: try $0.analyse()) }
        let drawn = try intervals.simulate(runs[0])
        if let why = drawn.why { Terminal.warn("note: \(why)") }
        let chart = ReportCharts.workingAge(
            analyses, simulation: drawn.result, source: ChartCommand.source(runs[0]),
            populationDate: runs[0].populationDate, registered: runs[0].registeredAfterBase)
        try ChartCommand.emit(chart.svg(), out: out)
    }
}
