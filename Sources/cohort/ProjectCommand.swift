import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort project`: project scenarios or an input set, print the key
/// years, optionally write CSV.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project scenarios or an input set and print the key years.",
        discussion: """
            A scenario (--scenario, default taiwan-medium; repeat for several) names \
            a bundled dataset and its assumptions; an input set (--inputs) is a \
            folder holding population.csv (the base year), mortality.csv (mx or \
            survival), fertility.csv, srb.csv and, optionally, migration.csv.

            The key years are the base year, the next, every year ending in 0 and \
            the last. --format csv or json prints them for programs, with the column \
            names of indicators.csv. With --out, population.csv, components.csv and \
            indicators.csv (with --age-groups 5 also population_5y.csv; with participation rates also labour_force.csv, labour_flows.csv and labour_flows_by_age.csv) are written into a new folder, atomically (a failed run \
            leaves nothing behind); with several scenarios each row starts with the \
            scenario's name. Counts are whole persons unless --decimals says otherwise.

            Examples:
              cohort project
              cohort project --scenario taiwan-low --to 2100 --out results
              cohort project --scenario taiwan-medium --scenario taiwan-high --format csv
              cohort project --inputs my-inputs --migration-timing even --decimals 2
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @OptionGroup var groups: AgeGroupsOption

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write population.csv, components.csv and indicators.csv into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Decimals of persons in population.csv and components.csv (0–6).", valueName: "n"),
        transform: WholeNumber.atLeast(0))
    var decimals = 0

    func validate() throws {
        guard (0...6).contains(decimals) else { throw ValidationError("--decimals must be 0 to 6") }
    }

    func run() throws {
        let runs = try selection.runs()
        let several = runs.count > 1
        var printed = DataTable([])
        var population = "", components = ""
        var grouped: DataTable? = nil
        var labourForce: DataTable? = nil, labourFlows: DataTable? = nil, labourFlowsByAge: DataTable? = nil
        var indicators: DataTable? = nil
        var cut = false
        for (i, run) in runs.enumerated() {
            let projection = try run.project()
            let result = projection.result
            cut = cut || result.hasEmigrationCuts
            let years = SummaryReport.keyYears(result.years).filter { $0 >= run.firstReportedYear }
            let table = SummaryReport.table(
                projection, years: years, scenario: several && (format == .csv || format == .json) ? run.label : nil)
            if format == .table || format == .markdown {
                if i > 0 { print("") }
                Terminal.emit(table, format: format, title: run.title, note: SummaryReport.units(projection))
            } else {
                if i == 0 { printed = DataTable(table.columns) }
                try printed.append(rowsOf: table)
            }
            if out != nil {
                let name = several ? run.label : nil
                population += result.populationCSV(decimals: decimals, scenario: name, header: i == 0)
                components += result.componentsCSV(decimals: decimals, scenario: name, header: i == 0)
                if groups.fiveYear {
                    let table = name.map(result.populationTable().withScenario) ?? result.populationTable()
                    if grouped == nil { grouped = table } else { try grouped!.append(rowsOf: table) }
                }
                if let problem = projection.bandProblem {
                    Terminal.warn(
                        "note: \(InputError.printable(run.label)): indicators.csv leaves out \(WorkingAgeAnalysis.bandColumns): \(problem.message)"
                    )
                }
                if let analysis = projection.analysis {
                    Terminal.noteLeftOut(analysis, label: run.label)
                    if let byAge = analysis.labourForceTable(), let flows = analysis.labourFlowsTable(),
                        let flowsByAge = analysis.labourFlowsByAgeTable()
                    {
                        let byAge = name.map(byAge.withScenario) ?? byAge, flows = name.map(flows.withScenario) ?? flows
                        let flowsByAge = name.map(flowsByAge.withScenario) ?? flowsByAge
                        if labourForce == nil { labourForce = byAge } else { try labourForce!.append(rowsOf: byAge) }
                        if labourFlows == nil { labourFlows = flows } else { try labourFlows!.append(rowsOf: flows) }
                        if labourFlowsByAge == nil {
                            labourFlowsByAge = flowsByAge
                        } else {
                            try labourFlowsByAge!.append(rowsOf: flowsByAge)
                        }
                    }
                }
                let table = name.map(projection.indicatorsTable().withScenario) ?? projection.indicatorsTable()
                if var all = indicators {
                    guard all.columns.map(\.name) == table.columns.map(\.name) else {
                        let mine = Set(table.columns.map(\.name)), theirs = Set(all.columns.map(\.name))
                        let only = mine.symmetricDifference(theirs).sorted().joined(separator: ", ")
                        throw InputError(
                            "the scenarios' indicators.csv columns differ (\(InputError.printable(runs[0].label)) and \(InputError.printable(run.label)): \(only) in one only, from different open ages or participation rates); write them with one --out each"
                        )
                    }
                    try all.append(rowsOf: table)
                    indicators = all
                } else {
                    indicators = table
                }
            }
        }
        if format == .csv || format == .json { Terminal.emit(printed, format: format) }
        if cut {
            Terminal.warn(
                "warning: in some years more people were to emigrate than were there; the emigration_cut column of components.csv says how many could not leave"
            )
        }
        if let out {
            var files = [
                ("population.csv", population), ("components.csv", components),
                ("indicators.csv", indicators?.csv() ?? ""),
            ]
            if let grouped { files.append(("population_5y.csv", grouped.csv())) }
            if let labourForce, let labourFlows, let labourFlowsByAge {
                files.append(("labour_force.csv", labourForce.csv()))
                files.append(("labour_flows.csv", labourFlows.csv()))
                files.append(("labour_flows_by_age.csv", labourFlowsByAge.csv()))
            }
            try OutputWriting.folder(files, out: out, force: force, runs: runs)
        }
    }
}
