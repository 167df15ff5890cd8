import ArgumentParser
import COpenBLAS
import CStandardIO
import CohortKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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
              cohort waves --retirement-age 67
              cohort compare --scenario taiwan-medium --scenario taiwan-low
              cohort simulate --draws 10000 --seed 1
              cohort report --out report.html
              cohort chart pyramid --out pyramids.svg
              cohort lifetable --year 2050 --sex female
              cohort validate --scenario my-scenario.toml
              cohort scenarios
              cohort template my-inputs --ages 5
            """,
        version: "0.4.0",
        subcommands: [
            ProjectCommand.self, WavesCommand.self, CompareCommand.self, LifeTableCommand.self,
            SimulateCommand.self, ReportCommand.self, ChartCommand.self, ScenariosCommand.self, ValidateCommand.self,
            TemplateCommand.self, LabourCommand.self, BacktestCommand.self,
        ],
        defaultSubcommand: ProjectCommand.self
    )

    /// Parses, runs, and then makes sure everything printed reached standard
    /// output: a full disk or a closed pipe is an error (exit 1), not a
    /// truncated table with success.
    static func main() {
        // OpenBLAS starts its worker threads when it loads, and they spin (sched_yield) for about
        // 0.1 s waiting for work, on the cores the stochastic projection's own threads are about to
        // use. Stopping them costs nothing: OpenBLAS starts them again for the first call that wants them.
        _ = blas_thread_shutdown_()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
        let failure = cohort_flush_standard_output()
        if failure != 0 {
            let reason = String(cString: strerror(failure))
            Terminal.warn("Error: cannot write to standard output: \(reason); the output is incomplete")
            Foundation.exit(1)
        }
    }
}
