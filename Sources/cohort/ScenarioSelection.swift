import ArgumentParser
import CohortKit
import Foundation

/// One scenario (or input set) ready to project.
struct ScenarioRun {
    /// The scenario's name or the input folder's name.
    let label: String
    /// The scenario, when one was chosen.
    let scenario: Scenario?
    /// Its base data (dataset or input folder).
    let data: Dataset
    /// The projection inputs, scenario applied.
    var inputs: ProjectionInputs
    /// How to project.
    var options: ProjectionOptions
    /// The dataset's seeds, if any.
    let seeds: Seeds?
    /// The first year to report.
    let from: Int
    /// What the inputs hold that is possible but implausible (printed on standard error when the run is chosen).
    let warnings: [InputWarning]
    /// The folders the run reads: its data, the scenario file's folder, the
    /// data catalog and the seeds. Output never replaces them (see ``OutputFolder``).
    let readFolders: [URL]

    /// Whether the scenario's own `[analysis]` keys set the boundaries (then
    /// boundaries that do not fit the open age are the scenario's error, not a note).
    var setsAnalysis: Bool { scenario?.workingAge != nil || scenario?.retirementAge != nil }

    /// The analysis boundaries: the scenario's, else the seeds', else 15–64 and 65.
    var analysisOptions: AnalysisOptions {
        let band = scenario?.workingAge ?? seeds.map { Int($0.workingAgeLower.value)...Int($0.workingAgeUpper.value) } ?? 15...64
        let age = scenario?.retirementAge ?? seeds.map { Int($0.statutoryRetirementAge.value) } ?? band.upperBound + 1
        return AnalysisOptions(workingAge: band, retirementAge: .fixed(age))
    }
}

/// The options that choose what to project: scenarios or an input folder,
/// the data folder, the years.
struct ScenarioSelection: ParsableArguments {
    @Option(name: .customLong("scenario"), help: ArgumentHelp("A bundled scenario's name or a scenario file (.toml); project, compare, report, chart working-age and validate take several.", valueName: "name|file"))
    var scenarios: [String] = []

    @Option(name: .long, help: ArgumentHelp("An input folder of CSV files instead of a scenario.", valueName: "dir"))
    var inputs: String?

    @Option(name: .long, help: ArgumentHelp("The data folder holding datasets and scenarios/ (default: found from the working folder, or COHORT_DATA).", valueName: "dir"))
    var data: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The first year to report (default: the base year).", valueName: "year"),
            transform: WholeNumber.atLeast(0))
    var from: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The last year to project (default: the scenario's, else every year with rates).", valueName: "year"),
            transform: WholeNumber.atLeast(0))
    var to: Int?

    @Option(name: .long, help: "When net migrants arrive: end or even (default: the scenario's, else end).")
    var migrationTiming: MigrationTiming?

    @Option(name: .long, help: "How life tables close the open age group: kannisto or constant (default: the scenario's, else kannisto from an open age of 90).")
    var closure: OpenAgeClosure?

    func validate() throws {
        if !scenarios.isEmpty && inputs != nil { throw ValidationError("give --scenario or --inputs, not both") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    /// The runs chosen: every --scenario, else --inputs, else the default scenario.
    func runs() throws -> [ScenarioRun] {
        if let inputs {
            let data = try Dataset.load(from: URL(fileURLWithPath: inputs))
            let scenario = Scenario(name: URL(fileURLWithPath: inputs).lastPathComponent, source: .inputs(data.folder), lastYear: to)
            try checkLastYear(data, label: scenario.name)
            return [try run(label: scenario.name, scenario: nil, data: data, inputs: data.inputs(for: scenario), seeds: nil,
                            reads: [data.folder])]
        }
        let catalog = try DataLocator.catalog(data)
        return try (scenarios.isEmpty ? [DataCatalog.defaultScenario] : scenarios).map { name in
            var scenario = try catalog.scenario(name)
            if let to { scenario.lastYear = to }
            let data = try catalog.data(for: scenario)
            try checkLastYear(data, label: scenario.name)
            let inputs: ProjectionInputs
            do {
                inputs = try data.inputs(for: scenario)
            } catch var error as InputError where error.file == nil {
                error.file = catalog.scenarioFile(name).path
                throw error
            }
            return try run(label: scenario.name, scenario: scenario, data: data, inputs: inputs,
                           seeds: try scenario.dataset.flatMap { try catalog.seeds(forDataset: $0) },
                           reads: [data.folder, catalog.root, catalog.root.deletingLastPathComponent().appendingPathComponent("seeds"),
                                   catalog.scenarioFile(name).deletingLastPathComponent()])
        }
    }

    /// `--to` must be a year the data have rates for (said about `--to`, not about the scenario file).
    private func checkLastYear(_ data: Dataset, label: String) throws {
        guard let to else { return }
        let first = data.inputs.baseYear + 1, last = data.inputs.baseYear + data.inputs.years.count
        guard (first...last).contains(to) else {
            throw ValidationError("--to \(to) is outside \(first)…\(last), the years \(InputError.printable(label)) has rates for")
        }
    }

    private func run(label: String, scenario: Scenario?, data: Dataset, inputs: ProjectionInputs, seeds: Seeds?,
                     reads: [URL]) throws -> ScenarioRun {
        var options = scenario?.options ?? ProjectionOptions()
        if let migrationTiming { options.migrationTiming = migrationTiming }
        if let closure { options.closure = closure }
        let last = inputs.baseYear + inputs.years.count
        if let from, from < inputs.baseYear || from > last {
            throw ValidationError("--from \(from) is outside \(inputs.baseYear)…\(last), the base year and the projected years of \(label)")
        }
        let warnings = inputs.warnings(closure: options.closure)
        for warning in warnings { Terminal.warn("\(InputError.printable(label)): \(warning)") }
        return ScenarioRun(label: label, scenario: scenario, data: data, inputs: inputs, options: options,
                           seeds: seeds, from: from ?? inputs.baseYear, warnings: warnings, readFolders: reads)
    }
}
