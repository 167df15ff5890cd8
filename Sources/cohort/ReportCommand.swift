import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort report`: one self-contained HTML file telling the working-age story.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: pyramids, working-age flows, scenarios, intervals, tables, sources.",
        discussion: """
        The first scenario is the main one: its pyramids (base year, 2030, 2040, \
        2050, 2070), its entrants and leavers with the two waves marked, and the \
        prediction intervals of a stochastic projection around it (--draws, \
        default 2,000; 0 for none). Every scenario appears in the working-age \
        chart and the tables. Without --scenario: every bundled scenario, the \
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

    /// The "Sources and licences" table of `data/README.md` beside the datasets, if there is one.
    static func sourcesTable(dataRoot: URL) -> DataTable? {
        guard let text = try? String(contentsOf: dataRoot.appendingPathComponent("README.md"), encoding: .utf8) else { return nil }
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("## Sources") }) else { return nil }
        let rows = lines[(start + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        func cells(_ line: String) -> [String] {
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "*", with: "") }
        }
        guard let header = rows.first.map(cells), rows.count > 2 else { return nil }
        var table = DataTable(header.map { .init($0, $0.prefix(1).uppercased() + $0.dropFirst(), .text) })
        for line in rows.dropFirst(2) {
            let c = cells(line)
            if c.count == header.count { table.append(c.map { .text($0) }) }
        }
        return table
    }

    func run() throws {
        var selection = self.selection
        if selection.scenarios.isEmpty && selection.inputs == nil {
            let catalog = try DataLocator.catalog(selection.data)
            let names = catalog.scenarioNames()
            selection.scenarios = names.contains(DataCatalog.defaultScenario)
                ? [DataCatalog.defaultScenario] + names.filter { $0 != DataCatalog.defaultScenario } : names
        }
        let runs = try selection.runs()
        let main = runs[0]
        let history = try main.data.history()
        let scenarios = try runs.map { run in
            WorkingAgeStory.Scenario(name: run.label, description: run.scenario?.description ?? "",
                                     inputs: run.inputs,
                                     analysis: try WorkingAgeAnalysis.run(run.inputs, projection: run.options,
                                                                          history: run.data.folder == main.data.folder ? history : try run.data.history(),
                                                                          options: run.analysisOptions))
        }
        let policy = try retirement.analysis(scenarios[0].analysis, inputs: main.inputs, history: history, closure: main.options.closure)
        let simulation = try intervals.simulate(main)
        let dataRoot = main.data.folder.deletingLastPathComponent()
        // The dataset's folder names the place: data/taiwan → "Taiwan".
        let folder = main.data.folder.lastPathComponent
        let place = main.scenario == nil ? nil : folder.prefix(1).uppercased() + folder.dropFirst()
        let story = WorkingAgeStory(scenarios: scenarios, waves: main.waves(history: history).waves, policy: policy, simulation: simulation,
                                    sources: Self.sourcesTable(dataRoot: dataRoot), sourceLine: ChartCommand.source(main),
                                    generator: "cohort \(Cohort.configuration.version)", place: place)
        try OutputWriting.file(try story.report().render(), out: out)
    }
}
