import ArgumentParser

/// The `cohort` command: cohort-component population projections.
@main
struct Cohort: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Project a population by single year of age and sex with the cohort-component method.",
        discussion: """
        Examples:
          cohort project --inputs my-inputs --out results
          cohort project --inputs my-inputs --migration-timing even --closure constant
        """,
        version: "0.1.0",
        subcommands: [ProjectCommand.self]
    )
}
