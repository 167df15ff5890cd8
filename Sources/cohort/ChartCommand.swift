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
