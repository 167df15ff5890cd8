import Foundation

/// One scenario (or input set) ready to run: its inputs with the
/// assumptions applied, how to project them, the working-age boundaries,
/// the dataset's seeds and provenance. It projects, analyses and simulates;
/// every table the `cohort` command prints comes from one of its methods.
///
/// The analysis boundaries come from, in order: the caller's
/// ``RunOverrides``, the scenario's `[analysis]` keys, the dataset's
/// seeds, and the defaults (15–64; retirement at the band's last age + 1).
///
/// ```swift
/// let catalog = DataCatalog(root: URL(fileURLWithPath: "data"))
/// let run = try catalog.run("taiwan-medium")
/// let projection = try run.project()               // result and indicators
/// let waves = try run.retirementWaves()            // waves, flows, cohorts
/// let simulation = try run.simulate(SimulationOptions(draws: 2_000))
/// simulation.quantiles(.workingAge, year: 2050, probabilities: [0.1, 0.5, 0.9])
/// ```
public struct ScenarioRun: Sendable {
    /// The scenario's name, or the input folder's name.
    public let label: String
    /// The scenario, when the run was built from one (not for an input folder).
    public let scenario: Scenario?
    /// Its base data (dataset or input folder).
    public let data: Dataset
    /// The projection inputs, assumptions applied.
    public let inputs: ProjectionInputs
    /// How to project: migration timing, open-age closure.
    public let options: ProjectionOptions
    /// The dataset's seeds, if any.
    public let seeds: Seeds?
    /// The working-age band and statutory retirement age (see the type's description).
    public let analysis: AnalysisOptions
    /// Whether the caller or the scenario chose the boundaries (then boundaries
    /// that do not fit the open age are an error, not a note).
    public let setsAnalysis: Bool
    /// The first year to report: the base year unless overridden.
    public let firstReportedYear: Int
    /// What the inputs hold that is possible but implausible.
    public let warnings: [InputWarning]
    /// The folders the run reads (its data, the catalog, the seeds, the
    /// scenario file's folder): output must never replace them (see ``OutputFolder``).
    public let readFolders: [URL]

    /// Where the data come from, when the dataset says (`sources.toml`).
    public var provenance: Provenance? { data.provenance }

    /// The day of the year the run's populations refer to: the dataset's
    /// (``Provenance/populationDate``), else Cohort's 31 December.
    public var populationDate: String { provenance?.populationDate ?? Provenance.defaultPopulationDate }

    /// "Scenario NAME: description", or "Input set NAME".
    public var title: String {
        guard let scenario else { return "Input set \(label)" }
        return "Scenario \(scenario.name)" + (scenario.description.isEmpty ? "" : ": \(scenario.description)")
    }

    /// The line crediting the data, e.g. "dataset taiwan: registered population,
    /// births and deaths (Ministry of the Interior, Taiwan); UN World Population
    /// Prospects 2024 assumptions"; "input set NAME" without provenance.
    public var credit: String {
        guard let provenance, !provenance.sources.isEmpty else { return "input set \(data.folder.lastPathComponent)" }
        return "dataset \(data.folder.lastPathComponent): \(provenance.creditLine)"
    }

    init(
        label: String, scenario: Scenario?, data: Dataset, inputs: ProjectionInputs, seeds: Seeds?,
        overrides: RunOverrides, readFolders: [URL]
    ) throws {
        var options = scenario?.options ?? ProjectionOptions()
        if let timing = overrides.migrationTiming { options.migrationTiming = timing }
        if let closure = overrides.closure { options.closure = closure }
        let last = inputs.baseYear + inputs.years.count
        if let from = overrides.firstReportedYear, from < inputs.baseYear || from > last {
            throw RunOverrideError.firstReportedYear(from, allowed: inputs.baseYear...last, run: label)
        }
        let band =
            overrides.workingAge ?? scenario?.workingAge
            ?? seeds.map { Int($0.workingAgeLower.value)...Int($0.workingAgeUpper.value) } ?? 15...64
        let age =
            overrides.retirementAge ?? scenario?.retirementAge
            ?? seeds.map { Int($0.statutoryRetirementAge.value) } ?? band.upperBound + 1
        self.label = label
        self.scenario = scenario
        self.data = data
        self.inputs = inputs
        self.options = options
        self.seeds = seeds
        var labour = data.labour
        if let url = scenario?.labourRates {
            labour = try LabourRates.load(url, displayName: url.lastPathComponent, openAge: inputs.openAge)
        }
        if let targets = scenario?.labourTargets, !targets.isEmpty {
            guard let rates = labour else {
                throw InputError(
                    "labour targets need participation rates to start from: the dataset has no labour.csv; give [labour] rates_csv",
                    key: "labour.target")
            }
            do { labour = try rates.moved(towards: targets, from: inputs.baseYear) } catch let error as InputError {
                throw InputError(error.message, key: "labour.target")
            }
        }
        self.analysis = AnalysisOptions(workingAge: band, retirementAge: .fixed(age), labour: labour)
        self.setsAnalysis =
            overrides.workingAge != nil || overrides.retirementAge != nil
            || scenario?.workingAge != nil || scenario?.retirementAge != nil
        self.firstReportedYear = overrides.firstReportedYear ?? inputs.baseYear
        self.warnings = inputs.warnings(closure: options.closure)
        self.readFolders = readFolders
        // A pension age the dataset has no schedule for is the scenario's mistake: say so before any work.
        do { _ = try pensionPolicy() } catch let error as RunOverrideError {
            throw InputError("\(error)", key: "analysis.pension_age")
        }
    }

    /// What the registers already give for years after the base (from the seeds' published figures; empty without
    /// seeds), when the run's band is the default 15–64 for the working-age value.
    public var registeredAfterBase: [RegisteredValue] {
        guard let seeds else { return [] }
        return RegisteredValue.published(in: seeds, after: inputs.baseYear).filter {
            $0.indicator != .working || analysis.workingAge == 15...64
        }
    }

    /// The run of the input set in `folder` (see ``ProjectionInputs/load(from:)``).
    ///
    /// - Throws: ``InputError`` for a file that cannot be read; ``RunOverrideError``
    ///   for a last or first year the data do not cover.
    public static func inputs(folder: URL, overrides: RunOverrides = .init()) throws -> ScenarioRun {
        let data = try Dataset.load(from: folder)
        try checkLastYear(overrides.lastYear, data: data, label: folder.lastPathComponent)
        let scenario = Scenario(
            name: folder.lastPathComponent, source: .inputs(data.folder), lastYear: overrides.lastYear)
        return try ScenarioRun(
            label: scenario.name, scenario: nil, data: data, inputs: try data.inputs(for: scenario), seeds: nil,
            overrides: overrides, readFolders: [data.folder])
    }

    static func checkLastYear(_ year: Int?, data: Dataset, label: String) throws {
        guard let year else { return }
        let first = data.inputs.baseYear + 1, last = data.inputs.baseYear + data.inputs.years.count
        guard (first...last).contains(year) else {
            throw RunOverrideError.lastYear(year, allowed: first...last, run: label)
        }
    }

    /// The registers before the base year (empty when the data have none).
    ///
    /// - Throws: ``InputError`` for a history file that cannot be read.
    public func history() throws -> PopulationHistory { try data.history() }

    /// The waves to report: the seeds' named waves, plus every run of
    /// registered births the seeds' wave rule finds that is not among them
    /// (named "detected"); none without seeds.
    public func waves(history: PopulationHistory) -> WaveList {
        var waves = seeds.map(Wave.named) ?? []
        var found: [ClosedRange<Int>] = []
        if let rule = seeds?.waveRule {
            found = Wave.detect(births: history.registeredBirths, rule: rule)
            for span in found where !waves.contains(where: { $0.birthYears == span }) {
                waves.append(Wave(name: "detected", birthYears: span))
            }
        }
        return WaveList(waves: waves, detected: found, rule: seeds?.waveRule)
    }
}
