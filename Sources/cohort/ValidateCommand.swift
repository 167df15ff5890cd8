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
            for year in run.inputs.years { _ = try Projection.stepRates(for: year, closure: run.options.closure) }
            do {
                try run.analysisOptions.validate(openAge: run.inputs.openAge)
            } catch var error as InputError {
                // The scenario's own [analysis] keys must fit its data; the defaults only limit some commands.
                if run.setsAnalysis {
                    error.file = error.file ?? run.scenario.map { _ in run.label }
                    error.key = "analysis"
                    throw error
                }
                Terminal.warn("note: \(InputError.printable(run.label)): the working-age analysis (waves, report, chart flows, project --out's indicators.csv) cannot run: \(error.message)")
            }
            let i = run.inputs
            let total = i.basePopulation.female.reduce(0, +) + i.basePopulation.male.reduce(0, +)
            let span = i.years.isEmpty ? "no years" : "\(i.years.first!.year)–\(i.years.last!.year) (\(i.years.count) years)"
            let migration = i.years.contains { $0.netMigrants != nil } ? "with migration" : "without migration"
            let warned = run.warnings.isEmpty ? "" : " (\(run.warnings.count) warning\(run.warnings.count == 1 ? "" : "s") above)"
            print("ok\(warned): \(run.label): base population \(i.baseYear), \(NumberFormat.persons(total)) persons, ages 0–\(i.openAge - 1) and \(i.openAge)+; rates for \(span), \(migration)")
        }
    }
}
