import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort report`: one self-contained HTML file telling the working-age story.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write a self-contained HTML report: pyramids, working-age flows, scenarios, intervals, tables, sources.",
        discussion: """
            The first scenario is the main one: its pyramids (base year, 2030, 2040, \
            2050, 2070), its entrants and leavers with the two waves marked, and the \
            prediction intervals of a stochastic projection around it (--draws, \
            default 2,000; 0 for none). Every scenario appears in the working-age \
            chart and the tables. Without --scenario: every bundled scenario of the default's dataset, the \
            default first. Charts are inline SVG; the file needs no network and no \
            scripts, and prints. An existing --out file is replaced (atomically).

            Examples:
              cohort report --out report.html
              cohort report --scenario taiwan-medium --scenario taiwan-low --retirement-age 67 --out report.html
              cohort report --draws 10000 --seed 7 --out report.html
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, help: ArgumentHelp("The HTML file to write.", valueName: "file.html"))
    var out = "report.html"

    @OptionGroup var intervals: IntervalOptions

    @OptionGroup var retirement: RetirementPolicyOptions

    func run() throws {
        // Without --scenario: the default and every bundled scenario of its dataset.
        let runs = try selection.runs(defaultScenarios: { catalog in
            let dataset = try? catalog.scenario(DataCatalog.defaultScenario).dataset
            return catalog.scenarioNamesDefaultFirst().filter { (try? catalog.scenario($0).dataset) == dataset }
        })
        let main = runs[0]
        let waves = try main.retirementWaves(policy: try retirement.policy(for: main))
        let scenarios = try runs.map { run in
            WorkingAgeStory.Scenario(
                name: run.label, description: run.scenario?.description ?? "", inputs: run.inputs,
                analysis: run.label == main.label ? waves.statutory : try run.analyse(), place: run.provenance?.place,
                populationDate: run.populationDate, credit: run.credit)
        }
        let drawn = try intervals.simulate(main)
        if let why = drawn.why { Terminal.warn("note: \(why)") }
        var story = WorkingAgeStory(
            scenarios: scenarios, waves: waves.waveList.waves, policy: waves.policy,
            simulation: drawn.result, model: drawn.model, noSimulation: drawn.why,
            sources: main.provenance == nil ? nil : WorkingAgeStory.sourcesTable(runs.compactMap(\.provenance)),
            sourceLine: ChartCommand.source(main), generator: "cohort \(Cohort.configuration.version)",
            place: main.provenance?.place)
        story.populationDate = main.populationDate
        story.registered = main.registeredAfterBase
        // The history-fitted intervals' record, when the registers allow: origins 11, 16 and 21 years before the
        // last registered year, scored 5 and 10 years on (as cohort backtest does by default for Taiwan).
        if drawn.result != nil,
            FileManager.default.fileExists(atPath: main.data.folder.appendingPathComponent("history/deaths.csv").path),
            let last = try main.history().populations.keys.max()
        {
            do {
                story.backtest = try Backtest.run(
                    dataset: main.data, origins: [last - 21, last - 16, last - 11], horizons: [5, 10],
                    draws: Swift.min(intervals.draws, 2_000), seed: intervals.seed)
            } catch let error as StochasticModelError {
                Terminal.warn("note: no backtest in the report: \(error)")
            }
        }
        try OutputWriting.file(try story.report().render(), out: out)
    }
}
