import ArgumentParser
import CohortKit
import CohortReport
import Foundation

extension MortalityCentre: ExpressibleByArgument {}
extension SimulationKernel: ExpressibleByArgument {}
extension MortalityModelKind: ExpressibleByArgument {}
extension UncertaintySource: ExpressibleByArgument {}

/// `cohort simulate`: a stochastic projection of one scenario, quantiles of
/// the key indicators in the key years.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Project a scenario stochastically and print prediction intervals.",
        discussion: """
            Fits three models to the dataset's history and draws the scenario's \
            rates around their deterministic values: Lee–Carter mortality by sex \
            (Taiwan: registered deaths and populations 1993–2023; Japan, Korea and \
            Singapore: the UN's death rates of the periods 1970–1975 … 2020–2025; \
            --mortality-model coherent for the Li–Lee variant), an AR(1) in the \
            logit of the TFR (1984–2023) and an AR(1) in total net migration \
            (1993–2023). The \
            scenario is the centre of every draw, so the median follows it; the \
            history supplies the spread (see README.md, "Stochastic projections"). \
            Where the dataset has the UN's probabilistic bounds (projection_bounds.csv: \
            Taiwan, Japan, Korea, Singapore), the default --uncertainty un instead \
            draws each year's TFR, e(0) by sex and net migration from the UN WPP 2024 \
            median and 80%/95% bounds, centred on the scenario, with the fitted \
            models' persistence; --uncertainty history keeps the models' own spread.

            Prints quantiles over the draws of the total population, the working-age \
            band, the old, the old-age dependency ratio, births and leavers from working \
            age for the key years, next to the draws' centre (every random departure \
            zero: the deterministic scenario; with --mortality-centre lee-carter, the \
            scenario under the Lee–Carter expected death rates). --fit also \
            prints the fitted parameters, the life expectancy of the Lee–Carter \
            path and the TFR intervals against the UN's. With --out, writes \
            quantiles.csv (year,indicator,quantile,value) for every projected year \
            and, with --save-draws, draws.csv (one row per draw and year). The \
            same --seed gives the same numbers whatever --threads.

            Examples:
              cohort simulate
              cohort simulate --draws 2000 --seed 7 --fit
              cohort simulate --scenario taiwan-low --quantiles 0.05,0.5,0.95 --out sims
              cohort simulate --vary fertility --out sims --save-draws --draw-indicators age_15_64,births
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, parsing: .unconditional, help: "Number of draws.", transform: WholeNumber.atLeast(1))
    var draws = 10_000

    @Option(
        name: .long, parsing: .unconditional, help: "Seed of the random streams (draw d uses stream d).",
        transform: WholeNumber.seed)
    var seed: UInt64 = 1

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Probabilities of the quantiles, comma-separated, each in 0–1 (default: 0.025,0.1,0.5,0.9,0.975).",
            valueName: "p,p,…"),
        transform: Self.probabilities)
    var quantiles: [Double] = [0.025, 0.1, 0.5, 0.9, 0.975]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Components that vary: mortality, fertility, migration (comma-separated; default: all three).",
            valueName: "list"),
        transform: Self.components)
    var vary: Set<SimulatedComponent> = Set(SimulatedComponent.allCases)

    @Option(
        name: .long,
        help:
            "Centre of the mortality draws: scenario (its death rates) or lee-carter (the model's own trend from 2023)."
    )
    var mortalityCentre: MortalityCentre = .scenario

    @Option(
        name: .long,
        help:
            "Mortality model: lee-carter (one per sex, correlated steps) or coherent (Li–Lee: a common factor plus reverting sex factors)."
    )
    var mortalityModel: MortalityModelKind = .leeCarter

    @Option(
        name: .long,
        help:
            "Where the spread comes from: un (each year's TFR, e(0) and net migration reproduce the UN WPP 2024 median and 80%/95% bounds, centred on the scenario; the default where the dataset has projection_bounds.csv) or history (the models fitted to the dataset's own history)."
    )
    var uncertainty: UncertaintySource?

    @Flag(
        inversion: .prefixedNo,
        help:
            "With --uncertainty history: draw each draw's AR(1) φ and σ and the Lee–Carter σ from their sampling distributions (default on)."
    )
    var parameterUncertainty = true

    @Flag(
        name: .customLong("correlate-shocks"),
        help:
            "With --uncertainty history: correlate the TFR's and net migration's innovations as in the history (default: independent)."
    )
    var correlateShocks = false

    @Option(
        name: .long, parsing: .unconditional,
        help: "Threads (default: every core; at most 256). Results do not depend on it.",
        transform: WholeNumber.atLeast(1))
    var threads: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The code that projects the draws: scalar (Swift, one draw at a time), portable, avx2 or avx512 (draws as SIMD lanes; default: the fastest this CPU runs). Results do not depend on it.",
            valueName: "kernel"))
    var kernel: SimulationKernel?

    @Flag(
        name: .long,
        help: "Also print the fitted parameters, e(0) paths and TFR intervals (table and markdown formats).")
    var fit = false

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    @Option(
        name: .long, help: ArgumentHelp("Write quantiles.csv (and draws.csv) into this new folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out folder if it exists.")
    var force = false

    @Flag(name: .long, help: "Also write draws.csv: every draw's indicators, every year (needs --out).")
    var saveDraws = false

    @Option(
        name: .long, help: ArgumentHelp("Indicators of draws.csv, comma-separated (default all).", valueName: "list"))
    var drawIndicators: String?

    /// "0.1,0.5,0.9" as probabilities.
    static func probabilities(_ text: String) throws -> [Double] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            guard let p = Double(text), p >= 0, p <= 1 else {
                throw ValidationError("--quantiles: \"\(text)\" is not a probability between 0 and 1")
            }
            return p
        }
    }

    /// "mortality,fertility" as components.
    static func components(_ text: String) throws -> Set<SimulatedComponent> {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Set(
            try names.map { name in
                guard let c = SimulatedComponent(rawValue: name) else {
                    throw ValidationError(
                        "--vary: unknown component \"\(name)\"; use mortality, fertility or migration")
                }
                return c
            })
    }

    func validate() throws {
        if let threads, threads > SimulationOptions.maximumThreads {
            throw ValidationError(
                "--threads must be at most \(SimulationOptions.maximumThreads); this machine has \(ProcessInfo.processInfo.activeProcessorCount) cores"
            )
        }
        if selection.scenarios.count > 1 {
            throw ValidationError("simulate takes one scenario; run it once per scenario")
        }
        if saveDraws && out == nil {
            throw ValidationError("--save-draws writes draws.csv into the --out folder; give --out")
        }
        if drawIndicators != nil && !saveDraws {
            throw ValidationError("--draw-indicators chooses the columns of draws.csv; add --save-draws")
        }
    }

    func run() throws {
        guard let run = try selection.runs().first else { return }
        let model = try run.fitStochasticModel()
        var options = SimulationOptions(
            draws: draws, seed: seed, mortalityCentre: mortalityCentre, mortalityModel: mortalityModel,
            vary: vary, uncertainty: uncertainty, parameterUncertainty: parameterUncertainty,
            correlateFertilityMigration: correlateShocks)
        if let threads { options.threads = threads }
        options.kernel = kernel
        let chosenDraws = try drawIndicators.map { list in
            try list.split(separator: ",").map { name -> SimulationIndicator in
                let name = name.trimmingCharacters(in: .whitespaces)
                guard let i = SimulationIndicator.named(name, run.analysis),
                    SimulationIndicator.kept(run.analysis).contains(i)
                else {
                    let known = SimulationIndicator.kept(run.analysis).map { $0.name(run.analysis) }.joined(
                        separator: ", ")
                    throw ValidationError("--draw-indicators: unknown indicator \"\(name)\"; use \(known)")
                }
                return i
            }
        }

        // draws.csv is built in memory: about 200 bytes per draw and year (text and its bytes).
        if let problem = StochasticProjection.memoryProblem(
            draws: draws, years: run.inputs.years.count, openAge: run.inputs.openAge,
            threads: options.threads, chunkSize: options.chunkSize,
            extraPerDrawYear: saveDraws ? 200 : 0)
        {
            throw InputError(problem)
        }
        let bar = ProgressBar(
            total: draws, label: "simulating \(draws) draws", enabled: ProgressBar.stderrIsTerminal && draws >= 1000)
        let start = Date()
        let result = try run.simulate(options, model: model) { bar.update($0) }
        let seconds = Date().timeIntervalSince(start)
        bar.finish()

        let years = SummaryReport.keyYears(run.inputs.baseYear...result.years.last!).filter {
            $0 > run.inputs.baseYear && $0 >= run.firstReportedYear
        }
        let shown: [SimulationIndicator] = [
            .total, .workingAge, .labourForce, .old, .oldAgeDependency, .births, .leavers,
        ]
        .filter(result.indicators.contains)
        if fit && (format == .table || format == .markdown) {
            Terminal.emit(
                StochasticModelReport.parameters(model), format: format,
                title: "Fitted models (\(run.data.folder.lastPathComponent))")
            print("")
            Terminal.emit(
                try StochasticModelReport.lifeExpectancy(model, inputs: run.inputs, years: years), format: format,
                title:
                    "Life expectancy at birth: the mortality models' own paths (from \(model.jumpOffYear), k at its expected value) against the scenario's"
            )
            print("")
            Terminal.emit(
                StochasticModelReport.tfrIntervals(
                    model, inputs: run.inputs, published: run.data.tfrIntervals, years: years),
                format: format,
                title: "TFR intervals: the model's around the scenario, the UN WPP 2024's around its medium")
            print("")
        }
        let table = SimulationReport.table(result, indicators: shown, years: years, probabilities: quantiles)
        let band = run.analysis.workingAge
        let varying =
            options.vary.isEmpty
            ? "nothing"
            : SimulatedComponent.allCases.filter(options.vary.contains).map(\.rawValue).joined(separator: ", ")
        let title =
            "Scenario \(run.label): \(NumberFormat.persons(Double(draws))) draws, seed \(seed), varying \(varying), uncertainty \(result.options.uncertainty?.words ?? UncertaintySource.history.words) (\(String(format: "%.2f", seconds)) s)"
        let centre =
            mortalityCentre == .scenario
            ? "the deterministic scenario" : "the scenario under the Lee–Carter expected death rates"
        let note =
            "Quantiles over the draws; Centre = every random departure zero (\(centre)). Persons at \(run.populationDate); old-age dependency = \(band.upperBound + 1)+ per 100 aged \(band.lowerBound)–\(band.upperBound); leavers = people reaching the retirement age."
            + (run.analysis.labour.map {
                " Labour force: each draw's population times the scenario's participation rates, which do not vary ("
                    + $0.source + ")."
            } ?? "")
        let scored = SimulationReport.registeredSentences(
            result, registered: run.registeredAfterBase, options: run.analysis)
        Terminal.emit(
            table, format: format, title: title, note: note + scored.map { "\n" + $0 }.joined())

        if let out {
            var files = [("quantiles.csv", result.quantilesTable(probabilities: quantiles).csv())]
            if saveDraws { files.append(("draws.csv", result.drawsCSV(indicators: chosenDraws))) }
            try OutputWriting.folder(files, out: out, force: force, runs: [run])
        }
    }
}
