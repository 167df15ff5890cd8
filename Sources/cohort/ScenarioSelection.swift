import ArgumentParser
import CohortKit
import Foundation

/// The options that choose what to project: scenarios or an input folder,
/// the data folder, the years.
struct ScenarioSelection: ParsableArguments {
    @Option(
        name: .customLong("scenario"),
        help: ArgumentHelp(
            "A bundled scenario's name or a scenario file (.toml); project, compare, report, chart working-age and validate take several.",
            valueName: "name|file"))
    var scenarios: [String] = []

    @Option(name: .long, help: ArgumentHelp("An input folder of CSV files instead of a scenario.", valueName: "dir"))
    var inputs: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder holding datasets and scenarios/ (default: found from the working folder, or COHORT_DATA).",
            valueName: "dir"))
    var data: String?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The first year to report (default: the base year).", valueName: "year"),
        transform: WholeNumber.atLeast(0))
    var from: Int?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "The last year to project (default: the scenario's, else every year with rates).", valueName: "year"),
        transform: WholeNumber.atLeast(0))
    var to: Int?

    @Option(name: .long, help: "When net migrants arrive: end or even (default: the scenario's, else end).")
    var migrationTiming: MigrationTiming?

    @Option(
        name: .long,
        help:
            "How life tables close the open age group: kannisto or constant (default: the scenario's, else kannisto from an open age of 90)."
    )
    var closure: OpenAgeClosure?

    func validate() throws {
        if !scenarios.isEmpty && inputs != nil { throw ValidationError("give --scenario or --inputs, not both") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    /// The runs chosen: every --scenario (else `defaultScenarios`, else the
    /// default scenario), or --inputs; their warnings are printed.
    func runs(
        workingAge: ClosedRange<Int>? = nil,
        defaultScenarios: (DataCatalog) -> [String] = { _ in [DataCatalog.defaultScenario] }
    )
        throws -> [ScenarioRun]
    {
        let overrides = RunOverrides(
            lastYear: to, firstReportedYear: from, migrationTiming: migrationTiming, closure: closure,
            workingAge: workingAge)
        let runs: [ScenarioRun]
        do {
            if let inputs {
                runs = [try ScenarioRun.inputs(folder: URL(fileURLWithPath: inputs), overrides: overrides)]
            } else {
                let catalog = try DataLocator.catalog(data)
                runs = try (scenarios.isEmpty ? defaultScenarios(catalog) : scenarios).map {
                    try catalog.run($0, overrides: overrides)
                }
            }
        } catch let error as RunOverrideError {
            switch error {
            case .lastYear(let year, let allowed, let run):
                throw ValidationError(
                    "--to \(year) is outside \(allowed.lowerBound)…\(allowed.upperBound), the years \(InputError.printable(run)) has rates for"
                )
            case .firstReportedYear(let year, let allowed, let run):
                throw ValidationError(
                    "--from \(year) is outside \(allowed.lowerBound)…\(allowed.upperBound), the base year and the projected years of \(InputError.printable(run))"
                )
            case .lifeTableYear, .unknownSchedule:
                throw ValidationError("\(error)")
            }
        }
        for run in runs {
            for warning in run.warnings { Terminal.warn("\(InputError.printable(run.label)): \(warning)") }
        }
        return runs
    }
}
