import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort project`: project a scenario or an input set, print the key
/// years, optionally write CSV.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project a scenario or an input set and print the key years.",
        discussion: """
        A scenario (--scenario, default taiwan-medium) names a bundled dataset \
        and its assumptions; an input set (--inputs) is a folder holding \
        population.csv (the base year), mortality.csv (mx or survival), \
        fertility.csv, srb.csv and, optionally, migration.csv. With --out, \
        population.csv and components.csv are written into a new folder, \
        atomically: a failed run leaves nothing behind.

        Examples:
          cohort project
          cohort project --scenario taiwan-low --to 2100 --out results
          cohort project --scenario my-scenario.toml
          cohort project --inputs my-inputs --migration-timing even --closure constant
        """
    )

    @Option(name: .long, help: ArgumentHelp("A bundled scenario's name or a scenario file (.toml).", valueName: "name|file"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("Project an input set (a folder of CSV files) instead of a scenario.", valueName: "dir"))
    var inputs: String?

    @Option(name: .long, help: ArgumentHelp("The data folder holding datasets and scenarios/ (default: found from the working folder).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The last year to project (default: the scenario's, else every year with rates).", valueName: "year"))
    var to: Int?

    @Option(name: .long, help: ArgumentHelp("Write population.csv and components.csv into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    @Option(name: .long, help: "When net migrants arrive: end (all at the end of the year) or even (half at the start, half at the end). Default: the scenario's, else end.")
    var migrationTiming: MigrationTiming?

    @Option(name: .long, help: "How life tables close the open age group: kannisto or constant. Default: the scenario's, else kannisto when the open age is 90 or more.")
    var closure: OpenAgeClosure?

    func validate() throws {
        if scenario != nil && inputs != nil {
            throw ValidationError("give --scenario or --inputs, not both")
        }
    }

    func run() throws {
        var title: String
        var data: ProjectionInputs
        var options = ProjectionOptions()
        if let inputs {
            data = try ProjectionInputs.load(from: URL(fileURLWithPath: inputs))
            title = "Input set \(inputs)"
        } else {
            let catalog = try DataLocator.catalog(self.data)
            var chosen = try catalog.scenario(scenario ?? DataCatalog.defaultScenario)
            if let to { chosen.lastYear = to }
            data = try catalog.dataset(chosen.dataset).inputs(for: chosen)
            options = chosen.options
            title = "Scenario \(chosen.name): \(chosen.description)"
        }
        if inputs != nil, let to {
            guard to > data.baseYear, to <= data.baseYear + data.years.count else {
                throw ValidationError("--to \(to) is outside the years the input set has rates for (\(data.baseYear + 1)…\(data.baseYear + data.years.count))")
            }
            data.years = Array(data.years.prefix(to - data.baseYear))
        }
        if let migrationTiming { options.migrationTiming = migrationTiming }
        if let closure { options.closure = closure }

        let result = try Projection.run(data, options: options)
        if let out {
            try result.write(to: URL(fileURLWithPath: out), replacing: force)
        }
        print(title)
        print(SummaryReport.table(result).render())
        print("Persons at 31 December; births, deaths and net migrants during the year.")
        if result.hasEmigrationCuts {
            FileHandle.standardError.write(Data("warning: in some years more people were to emigrate than were there; the emigration_cut column of components.csv says how many could not leave\n".utf8))
        }
        if let out {
            print("Wrote population.csv and components.csv to \(out)")
        }
    }
}
