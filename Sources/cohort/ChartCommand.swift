import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort chart`: one SVG chart for papers and slides.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw one chart as SVG: population pyramids, working-age flows, or the working-age population.",
        discussion: """
            Writes standalone SVG (no scripts, no fonts to fetch) to --out, or to \
            standard output. Colours are safe for colour-blind readers and stay \
            distinct in greyscale; scenario lines also differ by dash.

            Examples:
              cohort chart pyramid --year 2024 --year 2050 --year 2070 --out pyramids.svg
              cohort chart flows --retirement-age 67 --phase-in 1961:2 --out flows.svg
              cohort chart working-age --scenario taiwan-medium --scenario taiwan-low --draws 2000 --out working-age.svg
            """,
        subcommands: [PyramidChartCommand.self, FlowsChartCommand.self, WorkingAgeChartCommand.self]
    )

    /// Writes `svg` to `out` atomically, or prints it.
    static func emit(_ svg: String, out: String?) throws {
        try OutputWriting.file(svg, out: out)
    }

    /// The source line of a chart for `run`: the version and the run's credit.
    static func source(_ run: ScenarioRun) -> String {
        "Source: cohort \(Cohort.configuration.version), \(run.credit)."
    }
}

/// `cohort chart pyramid`.
struct PyramidChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pyramid",
        abstract: "Population pyramids by single year of age and sex, the baby-boom cohorts coloured.",
        discussion: "Without --year: the base year, 2030, 2040, 2050 and 2070 (those the projection reaches)."
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, help: ArgumentHelp("A year to draw (repeat for several, up to 6).", valueName: "year"))
    var year: [Int] = []

    @Option(
        name: .long, help: ArgumentHelp("Write the SVG to this file (default: standard output).", valueName: "file.svg")
    )
    var out: String?

    func validate() throws {
        if year.count > 6 { throw ValidationError("--year: at most 6 pyramids fit one chart") }
        if selection.scenarios.count > 1 { throw ValidationError("a pyramid chart draws one scenario") }
    }

    func run() throws {
        let run = try selection.runs()[0]
        let result = try run.project().result
        let years = year.isEmpty ? ReportCharts.pyramidYears(result.years) : year
        for y in years where !result.years.contains(y) {
            throw ValidationError(
                "--year \(y) is outside \(result.years.lowerBound)…\(result.years.upperBound), the years of \(run.label)"
            )
        }
        let chart = ReportCharts.pyramids(
            result, years: years, waves: run.waves(history: try run.history()).waves, scenario: run.label,
            source: ChartCommand.source(run))
        try ChartCommand.emit(chart.svg(), out: out)
    }
}

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
        let waves = try run.retirementWaves(policy: retirement.policy)
        let summaries = waves.statutory.waves(waves.waveList.waves)
        let chart = ReportCharts.flows(
            waves.statutory, waves: summaries, policy: waves.policy, scenario: run.label,
            source: ChartCommand.source(run))
        try ChartCommand.emit(chart.svg(), out: out)
    }
}

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
        let simulation = try intervals.simulate(runs[0])
        let chart = ReportCharts.workingAge(analyses, simulation: simulation, source: ChartCommand.source(runs[0]))
        try ChartCommand.emit(chart.svg(), out: out)
    }
}
