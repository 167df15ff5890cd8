import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort waves`: who leaves working age when, and who arrives.
struct WavesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waves",
        abstract: "Retirement waves and the flows across the working-age boundaries.",
        discussion: """
        Projects a scenario and follows every birth cohort to the retirement \
        age: the waves table (one row per baby boom), then, year by year, the \
        people reaching working age (entrants) and the retirement age \
        (leavers). The flows satisfy W(Y) − W(Y−1) = entrants − leavers − deaths \
        + net migrants. With --retirement-age (and optionally --phase-in), the \
        same analysis under that age, compared year by year with the statutory one.

        Examples:
          cohort waves
          cohort waves --scenario taiwan-low --out waves-low
          cohort waves --retirement-age 67 --phase-in 1961:2
        """
    )

    @Option(name: .long, help: ArgumentHelp("A bundled scenario's name or a scenario file.", valueName: "name|file"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("The data folder holding datasets and scenarios/.", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The last year to project (default: the scenario's).", valueName: "year"))
    var to: Int?

    @Option(name: .long, help: ArgumentHelp("The working-age band, e.g. 15-64 (default: the dataset's seeds, else 15-64).", valueName: "first-last"))
    var workingAge: String?

    @Option(name: .long, help: ArgumentHelp("A retirement age to analyse against the statutory one.", valueName: "age"))
    var retirementAge: Int?

    @Option(name: .long, help: ArgumentHelp("Phase the --retirement-age in by birth cohort: the first cohort affected and, after a colon, how many cohorts per year of age (default 1).", valueName: "cohort[:step]"))
    var phaseIn: String?

    @Option(name: .long, help: ArgumentHelp("Write waves.csv, flows.csv, cohorts.csv and indicators.csv (and policy.csv) into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    func validate() throws {
        if phaseIn != nil && retirementAge == nil { throw ValidationError("--phase-in needs --retirement-age") }
        if let workingAge, Self.band(workingAge) == nil { throw ValidationError("--working-age \(workingAge) is not a band like 15-64") }
        if let phaseIn, Self.phase(phaseIn) == nil { throw ValidationError("--phase-in \(phaseIn) is not a cohort like 1961 or 1961:2") }
    }

    static func band(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, parts[0] <= parts[1] else { return nil }
        return parts[0]...parts[1]
    }

    static func phase(_ text: String) -> (cohort: Int, step: Int)? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard (1...2).contains(parts.count), parts.count == text.split(separator: ":").count, parts.last! > 0 else { return nil }
        return (parts[0], parts.count == 2 ? parts[1] : 1)
    }

    func run() throws {
        let catalog = try DataLocator.catalog(data)
        var chosen = try catalog.scenario(scenario ?? DataCatalog.defaultScenario)
        if let to { chosen.lastYear = to }
        let dataset = try catalog.dataset(chosen.dataset)
        let inputs = try dataset.inputs(for: chosen)
        let seedsURL = catalog.root.deletingLastPathComponent().appendingPathComponent("seeds/\(chosen.dataset).json")
        let seeds = FileManager.default.fileExists(atPath: seedsURL.path) ? try Seeds.load(from: seedsURL) : nil

        let statutory = RetirementAge.fixed(Int(seeds?.statutoryRetirementAge.value ?? 65))
        let band = workingAge.flatMap(Self.band)
            ?? seeds.map { Int($0.workingAgeLower.value)...Int($0.workingAgeUpper.value) } ?? 15...64
        var policy: RetirementAge? = nil
        if let retirementAge {
            if let phaseIn, let (cohort, step) = Self.phase(phaseIn), case .fixed(let from) = statutory {
                policy = .phased(from: from, to: retirementAge, firstCohort: cohort, cohortsPerStep: step)
            } else {
                policy = .fixed(retirementAge)
            }
        }
        let used = policy ?? statutory
        let analysis = try WorkingAgeAnalysis.run(inputs, projection: chosen.options, history: dataset.history,
                                                  options: AnalysisOptions(workingAge: band, retirementAge: used))

        var waves = seeds.map(Wave.named) ?? []
        if let rule = seeds?.waveRule {
            let found = Wave.detect(births: dataset.history.registeredBirths, rule: rule)
            for run in found where !waves.contains(where: { $0.birthYears == run }) {
                waves.append(Wave(name: "detected", birthYears: run))
            }
            print("Waves found in the registered births (at least \(NumberFormat.persons(rule.threshold)) a year, a dip of up to \(rule.maxGap) year\(rule.maxGap == 1 ? "" : "s") allowed): "
                  + found.map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", "))
        }
        let summaries = analysis.waves(waves)
        print("Scenario \(chosen.name): \(chosen.description)")
        print("Working age \(band.lowerBound)–\(band.upperBound); retirement age \(used)\n")
        print(WavesReport.waves(summaries, baseYear: inputs.baseYear).render())
        print("Births are registered births; the other columns count people. Leavers and entrants are all cohorts reaching the retirement age or \(band.lowerBound) in the wave's years.\n")
        let shown = analysis.flows.filter { $0.year >= inputs.baseYear }
        print(WavesReport.flows(shown, lowerAge: band.lowerBound, retirementAge: used).render())

        var files = [("waves.csv", analysis.wavesCSV(summaries)), ("flows.csv", analysis.flowsCSV()),
                     ("cohorts.csv", analysis.cohortsCSV()), ("indicators.csv", analysis.indicatorsCSV())]
        if let policy {
            let baseline = try WorkingAgeAnalysis(inputs: inputs, result: analysis.result, history: dataset.history,
                                                  options: AnalysisOptions(workingAge: band, retirementAge: statutory),
                                                  closure: chosen.closure)
            let comparison = baseline.compare(policy: analysis)
            print("\nRetirement age \(policy) against \(statutory):\n")
            print(WavesReport.policy(comparison, defaultAge: statutory).render())
            files.append(("policy.csv", WorkingAgeAnalysis.policyCSV(comparison)))
        }
        if let out {
            try OutputFolder.write(files, to: URL(fileURLWithPath: out), replacing: force)
            print("\nWrote \(files.map(\.0).joined(separator: ", ")) to \(out)")
        }
    }
}
