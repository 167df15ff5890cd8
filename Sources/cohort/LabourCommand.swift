import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort labour`: the labour force by scenario, what holding it would take, and the flows behind it.
struct LabourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labour",
        abstract: "Project the labour force: by scenario, the participation that would hold it, and its flows.",
        discussion: """
            The labour force is the population times participation rates by year, sex \
            and age: the dataset's labour.csv (Taiwan: the DGBAS Manpower Survey's 2016 \
            schedule, with 2020-2022 updates at 50+, both sexes), or a scenario's \
            [labour] rates_csv, moved towards its [labour] target rates. Prints, for the \
            key years, each scenario's labour force, participation 15+ and workers per \
            person 65+ (with differences from the first scenario: the workers each \
            adds); then, for each scenario, the participation the --band would need to \
            hold the labour force at its --hold level; then the working-age entrants and \
            leavers and the labour-force flows by decade. With --out, writes \
            labour_summary.csv, required.csv and labour_periods.csv.

            Examples:
              cohort labour
              cohort labour --scenario taiwan-medium --scenario taiwan-older-workers-japan --scenario taiwan-older-workers-korea
              cohort labour --band 60-69 --hold 2024 --year 2030 --year 2040 --year 2050
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(
        name: .long,
        help: ArgumentHelp("The ages whose participation would hold the labour force.", valueName: "first-last"))
    var band = "55-69"

    @Option(
        name: .long,
        help: ArgumentHelp("The year whose labour force to hold (default: the base year).", valueName: "year"))
    var hold: Int?

    @Option(
        name: .customLong("year"),
        help: ArgumentHelp("A year for the tables; repeat for several (default: the key years).", valueName: "year"))
    var years: [Int] = []

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Write the three tables as CSV into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    func validate() throws {
        guard WavesCommand.band(band) != nil else { throw ValidationError("--band \(band) is not a band like 55-69") }
    }

    func run() throws {
        let runs = try selection.runs()
        // One projection per run serves the summary (CompareReport) and the analyses (the years after the base
        // need no registers).
        let projections = try runs.map { (name: $0.label, projection: try $0.project()) }
        let analyses = try zip(runs, projections).map { run, p -> (name: String, analysis: WorkingAgeAnalysis) in
            guard let analysis = p.projection.analysis else { throw p.projection.bandProblem! }
            guard analysis.options.labour != nil else {
                throw ValidationError(
                    "\(InputError.printable(run.label)) has no participation rates: its dataset has no labour.csv; give a scenario with [labour] rates_csv"
                )
            }
            return (run.label, analysis)
        }
        let main = analyses[0].analysis, base = main.result.baseYear
        let holding = hold ?? base
        let shown = years.isEmpty ? SummaryReport.keyYears(main.result.years) : years
        for (name, a) in analyses {
            for y in shown + [holding] where !a.result.years.contains(y) {
                throw ValidationError(
                    "--year \(y) is outside \(a.result.years.lowerBound)…\(a.result.years.upperBound), the years of \(InputError.printable(name))"
                )
            }
        }
        let summary = CompareReport.table(
            projections, indicators: [.labourForce, .participation, .workersPerOld, .labourForceDependency],
            years: shown)
        let ages = WavesCommand.band(band)!
        var required: DataTable? = nil
        for (name, a) in analyses {
            guard
                let t = a.requiredParticipationTable(band: ages, holding: holding, years: shown.filter { $0 > holding })
            else { continue }
            let named = t.withScenario(name)
            if required == nil { required = named } else { try required!.append(rowsOf: named) }
        }
        let last = main.result.years.upperBound
        var periods = [(base + 1)...2030, 2031...2040, 2041...2050, 2051...2060, 2061...2070]
        if last > 2070 { periods.append(2071...last) }
        let flows = main.labourPeriodsTable(periods)
        let labour = main.options.labour!

        switch format {
        case .csv:
            Terminal.emit(summary, format: .csv)
        case .json:
            let parts = [
                "\"summary\": " + summary.json(), "\"required\": " + (required?.json() ?? "[]"),
                "\"periods\": " + flows.json(),
            ]
            print("{\n" + parts.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n}")
        case .table, .markdown:
            Terminal.emit(
                summary, format: format,
                title: "The labour force" + (runs.count > 1 ? "; differences from \(runs[0].label)" : "") + "\n",
                note:
                    "Persons at \(CompareCommand.dates(runs)); participation: labour force over the population 15+ (%); labour-force dependency: people outside it per 100 in it. "
                    + SummaryReport.labourNote(labour) + "\n")
            if let required {
                Terminal.emit(
                    required, format: format,
                    title:
                        "The participation at \(ages.lowerBound)–\(ages.upperBound) that would hold the labour force at its \(holding) level (\(NumberFormat.persons(main.indicators(in: holding)!.labour!.total)) for \(runs[0].label)):\n",
                    note:
                        "Needed = (the \(holding) labour force − the labour force at other ages) / the population \(ages.lowerBound)–\(ages.upperBound); everyone else at the scenario's rates. Above 100%: the band alone cannot close the gap.\n"
                )
            }
            Terminal.emit(
                flows, format: format, title: "Who enters and who leaves, \(runs[0].label):\n",
                note:
                    "Sums over the years. Entrants and leavers: people reaching \(main.options.workingAge.lowerBound) and the retirement age (\(main.options.retirementAge)) at \(runs[0].populationDate). Labour-force entrants and exits: people moving into ages of higher or lower participation (see labour_flows.csv of project --out for deaths and migration)."
            )
        }
        if let out {
            var files = [("labour_summary.csv", summary.csv()), ("labour_periods.csv", flows.csv())]
            if let required { files.append(("required.csv", required.csv())) }
            try OutputWriting.folder(files, out: out, force: force, runs: runs)
        }
    }
}
