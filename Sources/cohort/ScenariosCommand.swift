import ArgumentParser
import CohortKit
import CohortReport

/// `cohort scenarios`: the bundled scenarios, one line each.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios.",
        discussion: "Examples:\n  cohort scenarios\n  cohort scenarios --format csv"
    )

    @Option(name: .long, help: ArgumentHelp("The data folder holding datasets and scenarios/.", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    func run() throws {
        let catalog = try DataLocator.catalog(data)
        var table = DataTable([
            .init("name", "Scenario", .text), .init("dataset", "Dataset", .text),
            .init("description", "Description", .text),
        ])
        for name in catalog.scenarioNames() {
            let scenario = try catalog.scenario(name)
            let marker = name == DataCatalog.defaultScenario ? " (default)" : ""
            table.append([.text(name), .text(scenario.dataset ?? "inputs"), .text(scenario.description + marker)])
        }
        Terminal.emit(table, format: format)
    }
}
