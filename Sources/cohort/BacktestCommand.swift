import ArgumentParser
import CohortKit
import CohortReport
import Foundation

/// `cohort backtest`: how often the history-fitted intervals covered what the registers later showed.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Score the history-fitted prediction intervals against the registers, out of sample.",
        discussion: """
            For each --origin, refits the stochastic models to the history up to that \
            year only, projects from the population registered at its end along the \
            models' own central paths (Lee–Carter from that year's rates, the TFR's and \
            migration's AR(1) expected paths, that year's fertility age pattern), and \
            scores the registered total, 0–14, 15–64, 65+, births and deaths of each \
            --horizon year after it: inside the 80% and 95% intervals or not, the \
            median's error and the intervals' widths. Prints every score and the \
            coverage by horizon; with --out, writes backtest.csv and coverage.csv. \
            Needs a dataset with registered deaths and populations (Taiwan).

            Examples:
              cohort backtest
              cohort backtest --origin 2003,2008,2013 --horizon 5,10 --draws 2000
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, help: ArgumentHelp("Origin years, comma-separated.", valueName: "years"))
    var origin = "2003,2008,2013"

    @Option(name: .long, help: ArgumentHelp("Years after each origin to score, comma-separated.", valueName: "years"))
    var horizon = "5,10"

    @Option(name: .long, parsing: .unconditional, help: "Draws per origin.", transform: WholeNumber.atLeast(1))
    var draws = 2_000

    @Option(name: .long, parsing: .unconditional, help: "Seed of the draws.", transform: WholeNumber.seed)
    var seed: UInt64 = 1

    @Flag(
        inversion: .prefixedNo,
        help: "Draw each draw's AR(1) φ and σ and the Lee–Carter σ from their sampling distributions (default on).")
    var parameterUncertainty = true

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    @Option(
        name: .long, help: ArgumentHelp("Write backtest.csv and coverage.csv into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    static func years(_ text: String, _ option: String) throws -> [Int] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let years = parts.compactMap { Int($0) }
        guard !parts.isEmpty, years.count == parts.count, years.allSatisfy({ $0 > 0 }) else {
            throw ValidationError(
                "--\(option) \(text) is not a comma-separated list of whole numbers, e.g. 2003,2008,2013")
        }
        return years
    }

    func validate() throws {
        _ = try Self.years(origin, "origin")
        _ = try Self.years(horizon, "horizon")
    }

    func run() throws {
        guard let run = try selection.runs().first else { return }
        let data = run.data
        let origins = try Self.years(origin, "origin"), horizons = try Self.years(horizon, "horizon")
        let history = try data.history()
        for o in origins where history.populations[o] == nil {
            let known = history.populations.keys.sorted()
            throw ValidationError(
                "--origin \(o) has no registered population"
                    + (known.isEmpty
                        ? "; \(InputError.printable(run.label))'s data have no history/population.csv"
                        : " (the registers hold \(known.first!)…\(known.last!))"))
        }
        let backtest = try Backtest.run(
            dataset: data, origins: origins, horizons: horizons, draws: draws, seed: seed,
            parameterUncertainty: parameterUncertainty)
        let scores = backtest.table(), coverage = backtest.coverageTable()
        switch format {
        case .csv: Terminal.emit(scores, format: .csv)
        case .json:
            print(
                "{\n\"scores\": " + scores.json().trimmingCharacters(in: .newlines) + ",\n\"coverage\": "
                    + coverage.json().trimmingCharacters(in: .newlines) + "\n}")
        case .table, .markdown:
            Terminal.emit(
                scores, format: format,
                title:
                    "Backtest of \(InputError.printable(data.folder.lastPathComponent)): \(draws) draws per origin, seed \(seed), models fitted to the history up to each origin\n",
                note:
                    "Persons at \(run.populationDate). Median error: percent of the registered value. Widths: percent of the median.\n"
            )
            Terminal.emit(
                coverage, format: format, title: "Coverage by horizon (every origin and indicator):\n",
                note:
                    "A well-calibrated 80% interval covers about 80% of what happens; with \(backtest.rows.count / Swift.max(1, Set(backtest.rows.map(\.horizon)).count)) scores per horizon, most of them correlated, the shares are rough."
            )
        }
        if let out {
            try OutputWriting.folder(
                [("backtest.csv", scores.csv()), ("coverage.csv", coverage.csv())], out: out, force: force, runs: [run])
        }
    }
}
