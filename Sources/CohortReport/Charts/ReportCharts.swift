import CohortKit
import Foundation

/// Builds the charts from analysis results: which years, which cohorts,
/// which labels. The chart types themselves take plain numbers.
public enum ReportCharts {
    /// The pyramid years of the report: the base year, 2030, 2040, 2050 and
    /// 2070 where the projection reaches them, and its last year.
    public static func pyramidYears(_ years: ClosedRange<Int>) -> [Int] {
        var out = [years.lowerBound]
        for y in [2030, 2040, 2050, 2070] where years.contains(y) && y > years.lowerBound { out.append(y) }
        if !out.contains(years.upperBound) && out.count < 6 { out.append(years.upperBound) }
        return out
    }

    /// The waves as pyramid highlights, first wave in blue, second in orange.
    public static func highlights(_ waves: [Wave]) -> [PyramidChart.Highlight] {
        waves.enumerated().map { i, w in
            PyramidChart.Highlight(
                label: "Born \(w.birthYears.lowerBound)–\(w.birthYears.upperBound) (\(w.name))",
                birthYears: w.birthYears, colour: ChartStyle.highlights[i % ChartStyle.highlights.count])
        }
    }

    /// Pyramids of `result` (column 0) for `years`.
    public static func pyramids(
        _ result: ProjectionResult, years: [Int], waves: [Wave], scenario: String, source: String,
        populationDate: String = Provenance.defaultPopulationDate
    ) -> PyramidChart {
        let panels = years.compactMap { y in
            result.population(in: y).map { PyramidChart.Panel(year: y, population: $0) }
        }
        var chart = PyramidChart(
            panels: panels, highlights: highlights(waves),
            title: "Population by single year of age" + (waves.isEmpty ? "" : ": the named cohorts move up"),
            subtitle: "Scenario \(scenario)"
                + (waves.isEmpty ? "" : "; coloured: the cohorts born \(StoryWords.birthYears(waves))"),
            source: source)
        chart.populationDate = populationDate
        return chart
    }

    /// Entrants and leavers per year from `analysis`, the waves' retirement
    /// years shaded; with `policy` (the same analysis under a second retirement
    /// age) its leavers as a dashed line.
    public static func flows(
        _ analysis: WorkingAgeAnalysis, waves: [WaveSummary], policy: WorkingAgeAnalysis? = nil,
        scenario: String, source: String
    ) -> FlowsChart {
        let policyLeavers = Dictionary(uniqueKeysWithValues: (policy?.flows ?? []).map { ($0.year, $0.leavers) })
        let years = analysis.flows.map { f in
            FlowsChart.Year(
                year: f.year, entrants: f.entrants, leavers: f.leavers, policyLeavers: policyLeavers[f.year],
                registered: f.source == .registered)
        }
        let bands = waves.enumerated().map { i, s in
            FlowsChart.Band(
                label: "Leavers born \(s.wave.birthYears.lowerBound)–\(s.wave.birthYears.upperBound)",
                years: s.calendarYears, colour: ChartStyle.highlights[i % ChartStyle.highlights.count])
        }
        let band = analysis.options.workingAge
        return FlowsChart(
            years: years, bands: bands, entrantsLabel: "Entrants (reaching \(band.lowerBound))",
            leaversLabel: "Leavers (reaching \(analysis.options.retirementAge))",
            policyLabel: policy.map { "Leavers, retirement age \($0.options.retirementAge)" },
            title: "Who leaves and who enters working age, each year",
            subtitle: "Scenario \(scenario)"
                + (waves.isEmpty
                    ? ""
                    : "; shaded: the years the cohorts born \(StoryWords.birthYears(waves.map(\.wave))) reach the retirement age"),
            source: source)
    }

    /// The working-age population and the old-age dependency ratio of each
    /// scenario, with the fan of `simulation` (around the first scenario) if given and the
    /// `registered` working-age populations of years past the base as points.
    public static func workingAge(
        _ scenarios: [(name: String, analysis: WorkingAgeAnalysis)], simulation: SimulationResult? = nil,
        source: String, populationDate: String = Provenance.defaultPopulationDate,
        registered: [RegisteredValue] = []
    ) -> WorkingAgeChart {
        let series = scenarios.map { s in
            WorkingAgeChart.Series(
                name: s.name, years: s.analysis.indicators.map(\.year),
                working: s.analysis.indicators.map(\.working),
                dependency: s.analysis.indicators.map(\.oldAgeDependency))
        }
        let band = scenarios[0].analysis.options.workingAge
        var fan: WorkingAgeChart.Fan? = nil
        if let simulation {
            let p = [0.025, 0.1, 0.9, 0.975]
            func q(_ i: SimulationIndicator, _ y: Int) -> (Double, Double, Double, Double) {
                let v = simulation.quantiles(i, year: y, probabilities: p)!
                return (v[0], v[1], v[2], v[3])
            }
            fan = WorkingAgeChart.Fan(
                label:
                    "intervals, \(NumberFormat.persons(Double(simulation.draws))) draws around \(scenarios[0].name)"
                    + (simulation.options.uncertainty == .un ? ", UN-calibrated" : ", fitted to the history"),
                years: simulation.years, working: simulation.years.map { q(.workingAge, $0) },
                dependency: simulation.years.map { q(.oldAgeDependency, $0) })
        }
        let main = scenarios[0].analysis.indicators
        let working = StoryWords.change(from: main.first!.working, to: main.last!.working)
        let dependency = StoryWords.change(
            from: main.first!.oldAgeDependency, to: main.last!.oldAgeDependency, verbs: ("climbs", "falls"))
        var chart = WorkingAgeChart(
            series: series, fan: fan, workingLabel: "\(band.lowerBound)–\(band.upperBound)",
            oldLabel: "\(band.upperBound + 1)+",
            title: "The working-age population \(working.verb); the old-age dependency ratio \(dependency.verb)",
            subtitle: fan == nil
                ? "By scenario" : "By scenario; shaded: prediction intervals of the stochastic projection",
            source: source)
        chart.populationDate = populationDate
        chart.registered = registered.filter { $0.indicator == .working }.map { ($0.year, $0.value) }
        return chart
    }

    /// The working-age population of each scenario as an index (`base` = 100) and its old-age dependency
    /// ratio: populations of different sizes on one scale ("In context").
    public static func workingAgeIndex(
        _ scenarios: [(name: String, analysis: WorkingAgeAnalysis)], base: Int, source: String,
        populationDate: String = Provenance.defaultPopulationDate
    ) -> WorkingAgeChart {
        let series = scenarios.map { s in
            let kept = s.analysis.indicators.filter { $0.year >= base }
            let first = kept.first!.working
            return WorkingAgeChart.Series(
                name: s.name, years: kept.map(\.year), working: kept.map { 100 * $0.working / first },
                dependency: kept.map(\.oldAgeDependency))
        }
        let band = scenarios[0].analysis.options.workingAge
        var chart = WorkingAgeChart(
            series: series, workingLabel: "\(band.lowerBound)–\(band.upperBound)", oldLabel: "\(band.upperBound + 1)+",
            title: "In context: the working-age population (\(base) = 100) and the old-age dependency ratio",
            subtitle: "By scenario", source: source)
        chart.indexYear = base
        chart.populationDate = populationDate
        return chart
    }
}
