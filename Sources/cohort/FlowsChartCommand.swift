import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort chart flows`.
struct FlowsChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flows",
        abstract: "Entrants to and leavers from working age per year; the waves' years shaded.",
        discussion: "With --retirement-age, the leavers under that age are drawn as a dashed line over the bars."
    )

    @OptionGroup var selection: ScenarioSelection

    @OptionGroup var retirement: RetirementPolicyOptions

    @Option(
        name: .long, help: ArgumentHelp("Write the SVG to this file (default: standard output).", valueName: "file.svg")
    )
    var out: String?

    func validate() throws {
        if selection.scenarios.count > 1 { throw ValidationError("a flows chart draws one scenario") }
    }

    func run() throws {
        let run = try selection.runs()[0]
        let waves = try run.retirementWaves(policy: try retirement.policy(for: run))
        let summaries = waves.statutory.waves(waves.waveList.waves)
        let chart = ReportCharts.flows(
            waves.statutory, waves: summaries, policy: waves.policy, scenario: run.label,
            source: ChartCommand.source(run))
        try ChartCommand.emit(chart.svg(), out: out)
    }
}
