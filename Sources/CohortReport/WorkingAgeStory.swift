import CohortKit
import Foundation

/// The report `cohort report` writes: the working-age story of one or more
/// scenarios told with numbers, charts and tables, as one HTML document.
public struct WorkingAgeStory: Sendable {
    /// One scenario: its name and description, inputs and analysis.
    public struct Scenario: Sendable {
        /// The scenario's name.
        public var name: String
        /// One line on what it assumes.
        public var description: String
        /// Its inputs (for the assumptions table).
        public var inputs: ProjectionInputs
        /// Its working-age analysis (indicators, flows).
        public var analysis: WorkingAgeAnalysis
        /// The population it describes (e.g. "Japan"), when known: scenarios of several
        /// populations get an "In context" section.
        public var place: String?
        /// The day of the year its populations refer to.
        public var populationDate: String
        /// Its data's credit line (see ``ScenarioRun/credit``), when known.
        public var credit: String?
        /// A scenario from its parts.
        public init(
            name: String, description: String, inputs: ProjectionInputs, analysis: WorkingAgeAnalysis,
            place: String? = nil, populationDate: String = Provenance.defaultPopulationDate, credit: String? = nil
        ) {
            self.name = name
            self.description = description
            self.inputs = inputs
            self.analysis = analysis
            self.place = place
            self.populationDate = populationDate
            self.credit = credit
        }
    }

    /// The scenarios; the first is the main one (pyramids, flows, fan).
    public var scenarios: [Scenario]
    /// The waves (birth cohorts) to follow.
    public var waves: [Wave]
    /// The main scenario under a second retirement age, drawn over the flows.
    public var policy: WorkingAgeAnalysis?
    /// A stochastic projection around the main scenario.
    public var simulation: SimulationResult?
    /// The models the simulation drew from (for the method's fit years).
    public var model: StochasticModel?
    /// Why there is no simulation, when one was wanted (one line in the report).
    public var noSimulation: String?
    /// The data's sources and licences, as a table.
    public var sources: DataTable?
    /// The history-fitted intervals' backtest (``Backtest``), for one sentence on their record.
    public var backtest: Backtest?
    /// Values the registers already give for years past the base, shown on the fan chart and scored in its note.
    public var registered: [RegisteredValue] = []

    /// The sources table of datasets' provenance: folder, source, licence, one row a source (each once).
    public static func sourcesTable(_ provenance: [Provenance]) -> DataTable {
        var table = DataTable([
            .init("folder", "Folder", .text), .init("source", "Source", .text), .init("licence", "Licence", .text),
        ])
        var seen: [String] = []
        for s in provenance.flatMap(\.sources) where !seen.contains(s.folder + s.source) {
            seen.append(s.folder + s.source)
            table.append([.text(s.folder), .text(s.source), .text(s.licence)])
        }
        return table
    }
    /// The charts' source line.
    public var sourceLine: String
    /// Who wrote the report, e.g. "cohort 0.4.0".
    public var generator: String
    /// The place, for the title ("Taiwan"); nil for none.
    public var place: String?
    /// The day of the year the populations refer to (default Cohort's 31 December).
    public var populationDate = Provenance.defaultPopulationDate

    /// A story from its parts; see the properties.
    public init(
        scenarios: [Scenario], waves: [Wave], policy: WorkingAgeAnalysis? = nil, simulation: SimulationResult? = nil,
        model: StochasticModel? = nil, noSimulation: String? = nil, sources: DataTable? = nil, sourceLine: String,
        generator: String, place: String? = nil
    ) {
        precondition(!scenarios.isEmpty, "a report needs at least one scenario")
        self.scenarios = scenarios
        self.waves = waves
        self.policy = policy
        self.model = model
        self.noSimulation = noSimulation
        self.simulation = simulation
        self.sources = sources
        self.sourceLine = sourceLine
        self.generator = generator
        self.place = place
    }

    private static func millions(_ v: Double) -> String { StoryWords.persons(v) }

    /// One sentence per registered value past the base that the simulation scores (see
    /// ``SimulationReport/registeredSentences(_:registered:options:)``).
    func registeredSentences(_ simulation: SimulationResult) -> [String] {
        SimulationReport.registeredSentences(simulation, registered: registered, options: scenarios[0].analysis.options)
    }

    /// "Backtested from 2003, 2008 and 2013 (…), the history-fitted 80% and 95% intervals held, of the registered …,
    /// 78% and 94% 5 years on and 61% and 83% 10 years on." (nil without a backtest).
    var backtestSentence: String? {
        guard let backtest, !backtest.rows.isEmpty else { return nil }
        let origins = Set(backtest.rows.map(\.origin)).sorted().map(String.init)
        let list = origins.count > 1 ? origins.dropLast().joined(separator: ", ") + " and " + origins.last! : origins[0]
        let parts = Set(backtest.rows.map(\.horizon)).sorted().map { h -> String in
            let r = backtest.rows.filter { $0.horizon == h }
            func share(_ k: Int) -> String { NumberFormat.decimal(100 * Double(k) / Double(r.count), places: 0) + "%" }
            return "\(share(r.filter(\.inside80).count)) and \(share(r.filter(\.inside95).count)) \(h) years on"
        }
        let said = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts[0]
        return
            "Backtested from \(list) (models refitted to the history up to each year), the history-fitted 80% and 95% intervals held, of the registered totals, broad age groups, births and deaths, "
            + said + "."
    }

    /// The years the tables show: the base year, every year ending in 0, the last.
    var keyYears: [Int] {
        let years = scenarios[0].analysis.result.years
        return SummaryReport.keyYears(years).filter { $0 != years.lowerBound + 1 }
    }

    /// The scenarios of the main scenario's population (all when they have no place): the persons of
    /// other populations are compared in "In context", as an index, not on one scale.
    var samePlace: [Scenario] {
        scenarios.filter { $0.place == scenarios[0].place }
    }

    /// One row per scenario, one column per key year: the value of `indicator` (see ``Indicator``).
    func byScenario(_ indicator: Indicator) -> DataTable {
        let kind = DataTable.Kind.of(indicator)
        var t = DataTable([.init("scenario", "Scenario", .text)] + keyYears.map { .init(String($0), String($0), kind) })
        for s in samePlace {
            t.append(
                [.text(s.name)]
                    + keyYears.map { y in DataTable.value(s.analysis.indicators(in: y).flatMap(indicator.value(in:))) })
        }
        return t
    }

    /// The summary paragraphs, numbers from the analyses.
    func paragraphs() -> [String] {
        let main = scenarios[0]
        let a = main.analysis
        let band = a.options.workingAge
        let bandText = "\(band.lowerBound)–\(band.upperBound)"
        let years = a.result.years
        var out: [String] = []
        if let first = a.indicators(in: years.lowerBound), let last = a.indicators(in: years.upperBound) {
            var s =
                "At the end of \(years.lowerBound), \(Self.millions(first.working)) people were aged \(bandText). Under \(main.name)"
            let change = StoryWords.change(from: first.working, to: last.working)
            if years.contains(2050), let mid = a.indicators(in: 2050), years.upperBound != 2050 {
                s +=
                    ", \(Self.millions(mid.working)) are in 2050 and \(Self.millions(last.working)) in \(years.upperBound)"
            } else {
                s += ", \(Self.millions(last.working)) are in \(years.upperBound)"
            }
            s += ": the working-age population \(change.verb)"
            s += change.fraction == 0 || abs(change.fraction) < 0.005 ? ". " : " (\(change.amount)). "
            let dependency = StoryWords.change(
                from: first.oldAgeDependency, to: last.oldAgeDependency, verbs: ("climbs", "falls"))
            s +=
                "The old-age dependency ratio (\(band.upperBound + 1)+ per 100 aged \(bandText)) \(dependency.verb == "stays about the same" ? "stays near" : dependency.verb + " from") "
            s +=
                dependency.verb == "stays about the same"
                ? "\(NumberFormat.decimal(first.oldAgeDependency, places: 1))."
                : "\(NumberFormat.decimal(first.oldAgeDependency, places: 1)) to \(NumberFormat.decimal(last.oldAgeDependency, places: 1))."
            out.append(s)
        }
        for summary in a.waves(waves) {
            let w = summary.wave
            var s = "The cohorts born \(w.birthYears.lowerBound)–\(w.birthYears.upperBound) (\(w.name)"
            if let births = summary.registeredBirths { s += ", \(NumberFormat.persons(births)) registered births" }
            s +=
                ") reach the retirement age in \(summary.calendarYears.lowerBound)–\(summary.calendarYears.upperBound): "
            s +=
                "\(NumberFormat.persons(summary.leavers)) people leave working age in those years while \(NumberFormat.persons(summary.entrants)) reach \(band.lowerBound)."
            out.append(s)
        }
        if samePlace.count > 1 {
            let last = years.upperBound
            let values = samePlace.compactMap { s in s.analysis.indicators(in: last).map { (s.name, $0.working) } }
            if let lo = values.min(by: { $0.1 < $1.1 }), let hi = values.max(by: { $0.1 < $1.1 }) {
                out.append(
                    "Across the \(samePlace.count) scenarios, the \(bandText) population in \(last) ranges from \(Self.millions(lo.1)) (\(lo.0)) to \(Self.millions(hi.1)) (\(hi.0))."
                )
            }
        }
        if let noSimulation { out.append(noSimulation) }
        if let simulation {
            var s =
                "The stochastic projection (\(NumberFormat.persons(Double(simulation.draws))) draws around \(main.name)) puts the \(bandText) population"
            let shown = [2050, simulation.years.last!].filter { simulation.years.contains($0) }
            s += shown.map { y -> String in
                let q = simulation.quantiles(.workingAge, year: y, probabilities: [0.025, 0.1, 0.9, 0.975])!
                return
                    " in \(y) between \(Self.millions(q[1])) and \(Self.millions(q[2])) with 80% probability (95%: \(Self.millions(q[0]))–\(Self.millions(q[3])))"
            }.joined(separator: ", and")
            out.append(s + ".")
        }
        return out
    }

    /// The report.
    ///
    /// - Throws: ``LifeTableError`` when a scenario's rates give no life table (assumptions table).
    public func report() throws -> HTMLReport {
        let main = scenarios[0]
        let a = main.analysis
        let result = a.result
        let band = a.options.workingAge
        let summaries = a.waves(waves)
        var sections: [HTMLReport.Section] = []
        sections.append(.init(heading: "In brief", paragraphs: paragraphs()))

        let pyramidYears = ReportCharts.pyramidYears(result.years)
        let pyramids = ReportCharts.pyramids(
            result, years: pyramidYears, waves: waves, scenario: main.name, source: sourceLine,
            populationDate: populationDate)
        let pyramidText =
            "Each pyramid shows the population at \(populationDate) by single year of age, men to the left and women to the right, on the same scale."
            + (waves.isEmpty
                ? ""
                : " The coloured bars are the cohorts born \(StoryWords.birthYears(waves)); follow them upwards from \(pyramidYears.first!) to \(pyramidYears.last!).")
        sections.append(
            .init(
                heading: waves.isEmpty ? "The population by age" : "The named cohorts move up the pyramid",
                paragraphs: [pyramidText],
                figures: [
                    .init(
                        svg: pyramids.svg(),
                        caption:
                            "Population pyramids, \(main.name), \(pyramidYears.map(String.init).joined(separator: ", ")). Persons at \(populationDate); the top row is the open age group."
                    )
                ]))

        let flows = ReportCharts.flows(a, waves: summaries, policy: policy, scenario: main.name, source: sourceLine)
        var flowText = [
            "Entrants are the people who reach \(band.lowerBound) in the year; leavers, those who reach their retirement age (\(a.options.retirementAge))."
                + (a.flows.contains { $0.source == .registered && $0.year < a.result.baseYear }
                    ? " Bars before the dashed line are registered; after it, projected." : "")
        ]
        if summaries.isEmpty {
            flowText.append(
                "The data name no birth cohorts to follow (no seeds with named waves, and no births history to find them in)."
            )
        }
        if let policy {
            flowText.append(
                "The dashed line shows the leavers if the retirement age were \(policy.options.retirementAge).")
        }
        sections.append(
            .init(
                heading: "Who leaves and who enters working age", paragraphs: flowText,
                figures: [
                    .init(svg: flows.svg(), caption: "Entrants to and leavers from working age per year, \(main.name).")
                ],
                tables: summaries.isEmpty
                    ? []
                    : [
                        .init(
                            caption: summaries.count == 1 ? "The wave" : "The \(summaries.count) waves",
                            table: a.wavesTable(summaries),
                            note:
                                "Births are registered births; the other columns count people. Leavers and entrants: all cohorts reaching the retirement age or \(band.lowerBound) in the wave's years."
                        )
                    ]))

        let chart = ReportCharts.workingAge(
            samePlace.map { ($0.name, $0.analysis) }, simulation: simulation, source: sourceLine,
            populationDate: populationDate, registered: registered)
        var tables: [HTMLReport.Table] = []
        tables.append(
            .init(
                caption: "Aged \(band.lowerBound)–\(band.upperBound) by scenario",
                table: byScenario(.working), note: "Persons at \(populationDate)."))
        tables.append(
            .init(
                caption: "Share aged \(band.upperBound + 1) and over by scenario", table: byScenario(.oldShare),
                note: "Percent of the total at \(populationDate)."))
        tables.append(
            .init(
                caption: "Old-age dependency ratio by scenario",
                table: byScenario(.oldAgeDependency),
                note:
                    "\(band.upperBound + 1)+ per 100 aged \(band.lowerBound)–\(band.upperBound), at \(populationDate).")
        )
        if let simulation {
            let years = keyYears.filter { simulation.years.contains($0) }
            tables.append(
                .init(
                    caption: "Prediction intervals around \(main.name)",
                    table: SimulationReport.table(
                        simulation, indicators: [.workingAge, .old, .oldAgeDependency, .births], years: years,
                        probabilities: [0.025, 0.1, 0.5, 0.9, 0.975]),
                    note:
                        "Quantiles over \(NumberFormat.persons(Double(simulation.draws))) draws (seed \(simulation.options.seed)): "
                        + (simulation.options.uncertainty == .un
                            ? "each year's TFR, e(0) and net migration drawn to reproduce the UN WPP 2024 probabilistic projection's median and 80%/95% bounds (shifted to the scenario), persistence from the models fitted to the history"
                            : "Lee–Carter mortality, an AR(1) in the logit of the TFR and in net migration, fitted to the dataset's history (\(model?.mortalitySource.words ?? "registered deaths"), TFR and net migration)")
                        + "; the scenario is the centre of every draw."
                        + (backtestSentence.map { " " + $0 } ?? "")
                        + registeredSentences(simulation).map { " " + $0 }.joined()
                ))
        }
        sections.append(
            .init(
                heading: "The working-age population and the old-age dependency ratio",
                figures: [
                    .init(
                        svg: chart.svg(),
                        caption:
                            "Aged \(band.lowerBound)–\(band.upperBound) (millions) and \(band.upperBound + 1)+ per 100 aged \(band.lowerBound)–\(band.upperBound), by scenario."
                    )
                ],
                tables: tables))

        if let workers = workersSection() { sections.append(workers) }
        if let context = try inContext() { sections.append(context) }

        var assumptionYears = [2030, 2050, 2070].filter { result.years.contains($0) && $0 > result.baseYear }
        if !assumptionYears.contains(result.years.upperBound) { assumptionYears.append(result.years.upperBound) }
        sections.append(
            .init(
                heading: "Assumptions",
                paragraphs: scenarios.map {
                    "\($0.name): \($0.description.isEmpty ? "no description" : $0.description)"
                },
                tables: [
                    .init(
                        caption: "Fertility, life expectancy and migration by scenario",
                        table: try AssumptionsReport.table(
                            scenarios.map { ($0.name, $0.inputs) }, years: assumptionYears),
                        note:
                            "TFR: children per woman (sum of the age-specific rates); e(0): life expectancy at birth of the year's death rates, years; net migrants: persons in the year."
                    )
                ]))

        var method = [
            "Cohort-component projection by single year of age and sex, one year at a time: survival ratios from single-age life tables (Andreev–Kingkade a(0), Kannisto closure of the open age group), births from women's age-specific fertility and the sex ratio at birth, net migrants added at the end of the year. Working age is \(band.lowerBound)–\(band.upperBound); a cohort leaves it at its retirement age."
        ]
        if simulation != nil {
            func span(_ years: [Int]) -> String { years.isEmpty ? "its history" : "\(years.first!)–\(years.last!)" }
            let mortality = model.map { span($0.mortality.female.years) } ?? "the registers"
            let tfr =
                model.map { "\($0.fertility.years.lowerBound)–\($0.fertility.years.upperBound)" } ?? "the estimates"
            let migration =
                model.map { "\($0.migration.years.lowerBound)–\($0.migration.years.upperBound)" } ?? "the estimates"
            if simulation?.options.uncertainty == .un {
                method.append(
                    "Stochastic draws calibrated to the UN WPP 2024 probabilistic projections: in every year, each draw's TFR (the scenario's times the UN's quantile over its median), life expectancy at birth by sex and net migrants (the scenario's plus the UN's quantile minus its median) come from the UN's published median and 80% and 95% bounds, read as a distribution of a standard normal; the year-to-year persistence comes from the models fitted to the history (an AR(1) for the TFR, fitted to \(tfr), and for net migration, \(migration); a random walk for life expectancy, the sexes correlated as in the Lee–Carter fit to \(mortality)). Each draw's death rates are the scenario's times exp(b(x)·k), k chosen so that its life expectancy is the drawn one."
                )
            } else {
                method.append(
                    "Stochastic draws: Lee–Carter mortality by sex fitted to the \(model?.mortalitySource.words ?? "registered deaths") of \(mortality) (random walk with drift, drift uncertainty included), an AR(1) in the logit of the TFR fitted to \(tfr), and an AR(1) in total net migration fitted to \(migration); each draw is centred on the scenario."
                )
            }
        }
        var sourceTables: [HTMLReport.Table] = []
        if let sources { sourceTables.append(.init(caption: "Sources and licences", table: sources)) }
        sections.append(.init(heading: "Sources and method", paragraphs: method, tables: sourceTables))
        return HTMLReport(
            title:
                "\(place.map { "\($0)'s working-age" } ?? "The working-age") population, \(result.years.lowerBound)–\(result.years.upperBound)",
            subtitle: "Scenarios: \(scenarios.map(\.name).joined(separator: ", ")). Written by \(generator).",
            sections: sections)
    }

    /// The "In context" section when the scenarios describe more than one population: the working-age
    /// population as an index (the first year they all have = 100) and the old-age dependency ratio.
    func inContext() throws -> HTMLReport.Section? {
        let places = scenarios.map { $0.place ?? $0.name }
        guard Set(places).count > 1 else { return nil }
        let first = scenarios.map { $0.analysis.indicators.first!.year }.max()!
        var credits: [String] = []
        for c in scenarios.compactMap(\.credit) where !credits.contains(c) { credits.append(c) }
        var dates: [String] = []
        for d in scenarios.map(\.populationDate) where !dates.contains(d) { dates.append(d) }
        let date =
            dates.count == 1
            ? dates[0]
            : dates.map { d in
                "\(d) for " + scenarios.filter { $0.populationDate == d }.map(\.name).joined(separator: ", ")
            }
            .joined(separator: "; ")
        var datasets: [String] = []
        for c in credits {
            if let name = c.split(separator: ":").first.map(String.init), !datasets.contains(name) {
                datasets.append(name)
            }
        }
        let source =
            credits.count < 2
            ? sourceLine : "Source: \(generator); \(datasets.joined(separator: ", ")) (see Sources and method)."
        let chart = ReportCharts.workingAgeIndex(
            scenarios.map { ($0.name, $0.analysis) }, base: first, source: source, populationDate: date)
        let years = keyYears.filter { $0 >= first }
        var index = DataTable(
            [.init("scenario", "Scenario", .text)] + years.map { .init(String($0), String($0), .decimal(1)) })
        var dependency = DataTable(
            [.init("scenario", "Scenario", .text)]
                + years.map { .init(String($0), String($0), .of(Indicator.oldAgeDependency)) })
        for s in scenarios {
            let base = s.analysis.indicators(in: first)!.working
            index.append(
                [.text(s.name)]
                    + years.map { y in DataTable.value(s.analysis.indicators(in: y).map { 100 * $0.working / base }) })
            dependency.append(
                [.text(s.name)] + years.map { y in DataTable.value(s.analysis.indicators(in: y)?.oldAgeDependency) })
        }
        let band = scenarios[0].analysis.options.workingAge
        return HTMLReport.Section(
            heading: "In context",
            paragraphs: [
                "The same measures for \(places.joined(separator: ", ")): the population aged \(band.lowerBound)–\(band.upperBound) as an index (\(first) = 100), so that populations of different sizes share one scale, and the old-age dependency ratio."
            ],
            figures: [
                .init(
                    svg: chart.svg(),
                    caption:
                        "Aged \(band.lowerBound)–\(band.upperBound), \(first) = 100, and \(band.upperBound + 1)+ per 100 aged \(band.lowerBound)–\(band.upperBound)."
                )
            ],
            tables: [
                .init(caption: "Aged \(band.lowerBound)–\(band.upperBound), index \(first) = 100", table: index),
                .init(
                    caption: "Old-age dependency ratio", table: dependency,
                    note: "\(band.upperBound + 1)+ per 100 aged \(band.lowerBound)–\(band.upperBound)."),
            ])
    }
}
