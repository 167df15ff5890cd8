import ArgumentParser

/// The `cohort` command: cohort-component population projections.
@main
struct Cohort: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Project a population by single year of age and sex with the cohort-component method.",
        discussion: """
        With no arguments, projects the bundled default scenario (taiwan-medium: \
        Taiwan's registered population at the end of 2024, to 2070) and prints \
        the key years.

        Examples:
          cohort
          cohort project --scenario taiwan-low --out results
          cohort project --inputs my-inputs --migration-timing even
          cohort scenarios
        """,
        version: "0.2.0",
        subcommands: [ProjectCommand.self, WavesCommand.self, ScenariosCommand.self],
        defaultSubcommand: ProjectCommand.self
    )
}
