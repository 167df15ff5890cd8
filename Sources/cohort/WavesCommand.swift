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
            same analysis under that age, compared year by year with the statutory \
            one. --format csv prints the waves table; json prints an object with \
            the waves, flows and (with a policy) policy tables.

            Examples:
              cohort waves
              cohort waves --scenario taiwan-low --out waves-low
              cohort waves --retirement-age 67 --phase-in 1961:2
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The working-age band, e.g. 15-64 (default: the scenario's, the seeds', else 15-64).",
            valueName: "first-last"))
    var workingAge: String?

    @OptionGroup var retirement: RetirementPolicyOptions

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write waves.csv, flows.csv, cohorts.csv and indicators.csv (and policy.csv) into this new folder.",
            valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    func validate() throws {
        if selection.scenarios.count > 1 {
            throw ValidationError("waves takes one --scenario; use compare for several")
        }
        if let workingAge, Self.band(workingAge) == nil {
            throw ValidationError("--working-age \(workingAge) is not a band like 15-64")
        }
    }

    static func band(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, parts[0] <= parts[1] else { return nil }
        return parts[0]...parts[1]
    }

    func run() throws {
        let run = try selection.runs(workingAge: workingAge.flatMap(Self.band))[0]
        let waves = try run.retirementWaves(policy: try retirement.policy(for: run))
        let analysis = waves.analysis
        let band = analysis.options.workingAge
        let wavesTable = analysis.wavesTable(waves.waves)
        let flowsTable = analysis.flowsTable(from: run.firstReportedYear)
        let comparison = waves.comparison
        let policyTable = comparison.map {
            WorkingAgeAnalysis.policyTable($0, statutory: waves.statutory.options.retirementAge)
        }

        switch format {
        case .csv:
            Terminal.emit(wavesTable, format: .csv)
        case .json:
            var parts = ["\"waves\": " + wavesTable.json(), "\"flows\": " + flowsTable.json()]
            if let policyTable { parts.append("\"policy\": " + policyTable.json()) }
            if let reaching = waves.reachingTable() { parts.append("\"reaching\": " + reaching.json()) }
            if let claims = waves.claimsTable() { parts.append("\"claims\": " + claims.json()) }
            print("{\n" + parts.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n}")
        case .table, .markdown:
            if let rule = waves.waveList.rule {
                print(
                    "Waves found in the registered births (at least \(NumberFormat.persons(rule.threshold)) a year, a dip of up to \(rule.maxGap) year\(rule.maxGap == 1 ? "" : "s") bridged): "
                        + waves.waveList.detected.map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", "))
            }
            print(
                "\(run.title)\nWorking age \(band.lowerBound)–\(band.upperBound); retirement age \(analysis.options.retirementAge.summary)\n"
            )
            Terminal.emit(
                wavesTable, format: format,
                note:
                    "Births are registered births; the other columns count people. Leavers and entrants: all cohorts reaching the retirement age or \(band.lowerBound) in the wave's years.\n"
            )
            Terminal.emit(
                flowsTable, format: format,
                note:
                    "Persons; entrants and leavers are the people aged \(band.lowerBound) and at the retirement age at \(run.populationDate)."
            )
            if let policyTable, let policy = waves.policy {
                print("")
                Terminal.emit(
                    policyTable, format: format,
                    title:
                        "Retirement age \(policy.options.retirementAge) against \(waves.statutory.options.retirementAge):\n"
                )
                if let claims = waves.claimsTable(), let claiming = waves.claiming {
                    print("")
                    Terminal.emit(
                        claims, format: format,
                        title:
                            "Pension claims by year (the scenario's pension_claims: \(NumberFormat.decimal(100 * claiming.early, places: 0))% early, \(NumberFormat.decimal(100 * claiming.late, places: 0))% late):\n",
                        note:
                            "Persons: each cohort's share claiming at each offset from its pension age, times its members alive at that age at \(run.populationDate)."
                    )
                }
                if let reaching = waves.reachingTable(), !reaching.rows.isEmpty {
                    print("")
                    Terminal.emit(
                        reaching, format: format,
                        title:
                            "Each wave reaching \(waves.statutory.options.retirementAge) and the policy age (\(policy.options.retirementAge)), by year:\n",
                        note:
                            "Persons at the age at \(run.populationDate) of the year; registered up to \(run.inputs.baseYear), projected after."
                    )
                }
            }
        }

        if let out {
            Terminal.noteLeftOut(analysis, label: run.label)
            var files = [
                ("waves.csv", wavesTable.csv()), ("flows.csv", analysis.flowsTable().csv()),
                ("cohorts.csv", analysis.cohortsTable().csv()), ("indicators.csv", analysis.indicatorsTable().csv()),
            ]
            if let policyTable { files.append(("policy.csv", policyTable.csv())) }
            if let reaching = waves.reachingTable() { files.append(("reaching.csv", reaching.csv())) }
            if let claims = waves.claimsTable() { files.append(("claims.csv", claims.csv())) }
            try OutputWriting.folder(files, out: out, force: force, runs: [run])
        }
    }
}
