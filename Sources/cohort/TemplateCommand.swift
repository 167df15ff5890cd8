import ArgumentParser
import CohortKit
import Foundation

extension InputTemplate.Ages: ExpressibleByArgument {}

/// `cohort template`: a small valid input set to start from.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a small valid input set to start from: every file, a README and a scenario file.",
        discussion: """
            The folder gets population.csv, mortality.csv, fertility.csv, srb.csv and \
            migration.csv for a made-up population (ages 0–84 and 85+, base year 2024, \
            rates for 2025–2034), README.md explaining every column, unit and the time \
            convention, and scenario.toml using it. --ages 5 writes the UN's age groups \
            instead of single years. cohort validate --inputs DIR passes on it.

            Examples:
              cohort template my-inputs
              cohort template my-inputs --ages 5
            """
    )

    @Argument(help: ArgumentHelp("The new folder to write.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: "single (years of age) or 5 (the UN's 5-year groups).")
    var ages: InputTemplate.Ages = .single

    @Flag(name: .long, help: "Replace the folder if cohort wrote it.")
    var force = false

    func run() throws {
        guard !folder.isEmpty else {
            throw ValidationError("give the new folder's name, e.g. cohort template my-inputs")
        }
        let files = try InputTemplate.files(ages: ages)
        try OutputWriting.folder(files, out: folder, force: force, runs: [])
    }
}
