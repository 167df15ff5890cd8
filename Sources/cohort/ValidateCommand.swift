import ArgumentParser
import CohortKit
import CohortReport

/// `cohort validate`: check inputs or scenarios without projecting.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an input set or scenarios without projecting.",
        discussion: """
            Reads every file, applies the scenario's assumptions and builds every \
            year's life tables; prints one line per scenario when all is well, or \
            the first problem (file, line, column or key) and exits non-zero.

            Examples:
              cohort validate --inputs my-inputs
              cohort validate --scenario my-scenario.toml
            """
    )

    @OptionGroup var selection: ScenarioSelection

    func run() throws {
        for run in try selection.runs() {
            let check = try run.validate()
            if let problem = check.analysisProblem {
                Terminal.warn(
                    "note: \(InputError.printable(run.label)): the working-age analysis (waves, report, chart flows, project --out's indicators.csv) cannot run: \(problem.message)"
                )
            }
            let warned =
                run.warnings.isEmpty
                ? "" : " (\(run.warnings.count) warning\(run.warnings.count == 1 ? "" : "s") above)"
            let i = run.inputs, span = check.years
            let rates =
                span.isEmpty
                ? "no years"
                : "\(span.lowerBound)–\(span.upperBound - 1) (\(span.count) year\(span.count == 1 ? "" : "s"))"
            print(
                "ok\(warned): \(run.label): base population \(run.populationDate) \(i.baseYear), \(NumberFormat.persons(check.basePopulation)) persons, "
                    + "ages 0–\(i.openAge - 1) and \(i.openAge)+; rates for \(rates), \(check.hasMigration ? "with" : "without") migration"
                    + (check.graduatedFiles.isEmpty
                        ? ""
                        : "; \(check.graduatedFiles.joined(separator: ", ")) by age groups, graduated to single years of age")
                    + check.extrapolations.map { "; " + $0 }.joined()
                    + (run.analysis.labour.map { "; participation rates from \($0.source)" } ?? "")
                    + (run.data.pensionSchedules.isEmpty
                        ? ""
                        : "; pension-age schedules " + run.data.pensionSchedules.keys.sorted().joined(separator: ", "))
            )
        }
    }
}
