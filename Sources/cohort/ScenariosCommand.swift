import ArgumentParser
import CohortKit

/// `cohort scenarios`: the bundled scenarios, one line each.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios.",
        discussion: "Example:\n  cohort scenarios"
    )

    @Option(name: .long, help: ArgumentHelp("The data folder holding datasets and scenarios/.", valueName: "dir"))
    var data: String?

    func run() throws {
        let catalog = try DataLocator.catalog(data)
        let names = catalog.scenarioNames()
        let width = names.map(\.count).max() ?? 0
        for name in names {
            let scenario = try catalog.scenario(name)
            let marker = name == DataCatalog.defaultScenario ? " (default)" : ""
            print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + scenario.description + marker)
        }
    }
}
