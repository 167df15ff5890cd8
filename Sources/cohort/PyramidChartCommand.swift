import ArgumentParser
import CohortKit
import CohortReport
import Foundation

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
            source: ChartCommand.source(run), populationDate: run.populationDate)
        try ChartCommand.emit(chart.svg(), out: out)
    }
}
