import ArgumentParser
import CohortKit
import Foundation

/// `cohort project`: read an input set, project, print a summary, write CSV.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project an input set through every year it has rates for.",
        discussion: """
        The input folder holds population.csv (the base year), mortality.csv \
        (mx or survival), fertility.csv, srb.csv and, optionally, migration.csv. \
        With --out, population.csv and components.csv are written into a new \
        folder, atomically: a failed run leaves nothing behind.

        Examples:
          cohort project --inputs my-inputs
          cohort project --inputs my-inputs --out results --force
          cohort project --inputs my-inputs --migration-timing even --closure constant
        """
    )

    @Option(name: .long, help: ArgumentHelp("The input folder of CSV files.", valueName: "dir"))
    var inputs: String

    @Option(name: .long, help: ArgumentHelp("Write population.csv and components.csv into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    @Option(name: .long, help: "When net migrants arrive: end (all at the end of the year) or even (half at the start, half at the end).")
    var migrationTiming: MigrationTiming = .end

    @Option(name: .long, help: "How life tables close the open age group: kannisto or constant. Default: kannisto when the open age is 90 or more, else constant.")
    var closure: OpenAgeClosure?

    func run() throws {
        let folder = URL(fileURLWithPath: inputs)
        let data = try ProjectionInputs.load(from: folder)
        let result = try Projection.run(data, options: ProjectionOptions(migrationTiming: migrationTiming, closure: closure))
        if let out {
            try result.write(to: URL(fileURLWithPath: out), replacing: force)
        }
        print(SummaryTable.render(result))
        if result.hasEmigrationCuts {
            FileHandle.standardError.write(Data("warning: in some years more people were to emigrate than were there; the emigration_cut column of components.csv says how many could not leave\n".utf8))
        }
        if let out {
            print("Wrote population.csv and components.csv to \(out)")
        }
    }
}
