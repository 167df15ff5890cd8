import CohortKit

/// The working-age population and the old-age dependency ratio over time:
/// two panels on one year axis, one line per scenario, and, when
/// stochastic results are given, a fan of the 80% and 95% prediction
/// intervals around the first scenario.
///
/// Lines are polylines with `data-series` (the scenario) and `data-panel`
/// (`working` or `dependency`); fans are polygons with `data-interval` (80, 95).
public struct WorkingAgeChart: Sendable {
    /// One scenario's path.
    public struct Series: Sendable {
        /// The legend name.
        public var name: String
        /// Years, in order.
        public var years: [Int]
        /// The working-age population (persons), one per year.
        public var working: [Double]
        /// The old-age dependency ratio (per 100), one per year.
        public var dependency: [Double]
        /// A series from its parts.
        public init(name: String, years: [Int], working: [Double], dependency: [Double]) {
            precondition(years.count == working.count && years.count == dependency.count)
            self.name = name
            self.years = years
            self.working = working
            self.dependency = dependency
        }
    }

    /// Prediction intervals by year: 2.5%, 10%, 90% and 97.5% quantiles of both indicators.
    public struct Fan: Sendable {
        /// A legend text, e.g. "80% and 95% intervals, 2,000 draws".
        public var label: String
        /// Years, in order.
        public var years: [Int]
        /// Working age: (q2.5, q10, q90, q97.5) per year, persons.
        public var working: [(Double, Double, Double, Double)]
        /// Old-age dependency: the same quantiles per year.
        public var dependency: [(Double, Double, Double, Double)]
        /// A fan from its parts.
        public init(
            label: String, years: [Int], working: [(Double, Double, Double, Double)],
            dependency: [(Double, Double, Double, Double)]
        ) {
            self.label = label
            self.years = years
            self.working = working
            self.dependency = dependency
        }
    }

    /// The scenarios; the first is drawn on top.
    public var series: [Series]
    /// The fan, if any.
    public var fan: Fan?
    /// The working-age band's label, e.g. "15–64", and the old ages', e.g. "65+".
    public var workingLabel: String, oldLabel: String
    /// Title, subtitle and source line.
    public var title: String, subtitle: String?, source: String

    /// The day of the year the populations refer to (default Cohort's 31 December).
    public var populationDate = Provenance.defaultPopulationDate
    /// When set, the working-age series are an index (this year = 100), not persons.
    public var indexYear: Int? = nil
    /// Registered working-age populations of years already past the base (persons), drawn as points.
    public var registered: [(year: Int, working: Double)] = []

    /// Picture size, pixels.
    public static let width = 820.0, height = 660.0
    /// The plot areas' shared left and right edges, pixels.
    public static let plotLeft = 76.0, plotRight = 780.0
    /// The two panels' tops and bottoms, pixels.
    public static let workingTop = 110.0, workingBottom = 330.0, dependencyTop = 380.0, dependencyBottom = 590.0

    /// A chart; see the properties.
    public init(
        series: [Series], fan: Fan? = nil, workingLabel: String = "15–64", oldLabel: String = "65+",
        title: String, subtitle: String? = nil, source: String
    ) {
        precondition(!series.isEmpty, "a working-age chart needs at least one scenario")
        self.series = series
        self.fan = fan
        self.workingLabel = workingLabel
        self.oldLabel = oldLabel
        self.title = title
        self.subtitle = subtitle
        self.source = source
    }

    /// The years drawn: from the earliest to the latest of all series.
    public var yearRange: ClosedRange<Int> {
        (series.map { $0.years.first! }.min()!)...(series.map { $0.years.last! }.max()!)
    }

    /// The x scale (years → pixels).
    public var xScale: LinearScale {
        LinearScale(
            domain: (Double(yearRange.lowerBound), Double(yearRange.upperBound)), range: (Self.plotLeft, Self.plotRight)
        )
    }

    /// The working-age axis: `low…high` persons (from 0, so the decline is seen at its true size), ticks every `step`.
    public var workingAxis: (low: Double, high: Double, step: Double) {
        var values = series.flatMap(\.working)
        if let fan { values += fan.working.flatMap { [$0.0, $0.3] } }
        return LinearScale.niceDomain(min(0, values.min()!), values.max()!, count: 5)
    }

    /// The dependency axis, per 100.
    public var dependencyAxis: (low: Double, high: Double, step: Double) {
        var values = series.flatMap(\.dependency)
        if let fan { values += fan.dependency.flatMap { [$0.0, $0.3] } }
        return LinearScale.niceDomain(min(0, values.min()!), values.max()!, count: 5)
    }

    /// The SVG document.
    public func svg() -> String {
        var svg = SVGWriter(
            width: Self.width, height: Self.height, title: title,
            description:
                "The \(workingLabel) population and the old-age dependency ratio, \(yearRange.lowerBound)–\(yearRange.upperBound), by scenario."
        )
        ChartFrame.heading(&svg, title: title, subtitle: subtitle)
        var legend = LegendRow(left: 16, right: Self.width - 16, y: 62)
        for (i, s) in series.enumerated() { legend.add(&svg, label: s.name, line: ChartStyle.line(i)) }
        if let fan {
            legend.add(&svg, label: "80%", fill: Self.fan80)
            legend.add(&svg, label: "95% " + fan.label, fill: Self.fan95)
        }
        if !registered.isEmpty { legend.add(&svg, label: "○ registered", fill: "none") }
        let xs = xScale
        let w = workingAxis
        let yw = LinearScale(domain: (w.low, w.high), range: (Self.workingBottom, Self.workingTop))
        let d = dependencyAxis
        let yd = LinearScale(domain: (d.low, d.high), range: (Self.dependencyBottom, Self.dependencyTop))
        let millions = AxisFormat.millions(decimals: AxisFormat.decimals(step: w.step, divisor: 1_000_000))
        ChartFrame.valueAxis(
            &svg, scale: yw, ticks: LinearScale.ticks(w.low, w.high, step: w.step),
            format: indexYear == nil ? millions : .plain(decimals: AxisFormat.decimals(step: w.step, divisor: 1)),
            x: Self.plotLeft, right: Self.plotRight,
            title: indexYear.map { "Aged \(workingLabel), \($0) = 100" } ?? "Aged \(workingLabel), millions")
        ChartFrame.valueAxis(
            &svg, scale: yd, ticks: LinearScale.ticks(d.low, d.high, step: d.step),
            format: .plain(decimals: AxisFormat.decimals(step: d.step, divisor: 1)),
            x: Self.plotLeft, right: Self.plotRight, title: "\(oldLabel) per 100 aged \(workingLabel)")
        svg.text(
            "Working-age population (\(workingLabel))" + (indexYear.map { ", index \($0) = 100" } ?? ""),
            x: Self.plotLeft,
            y: Self.workingTop - 8, size: 12,
            weight: "bold")
        svg.text("Old-age dependency ratio", x: Self.plotLeft, y: Self.dependencyTop - 8, size: 12, weight: "bold")

        if let fan {
            for (panel, scale, quantiles) in [("working", yw, fan.working), ("dependency", yd, fan.dependency)] {
                let years = fan.years.map { xs(Double($0)) }
                let outer =
                    zip(years, quantiles.map { scale($0.3) }).map { ($0, $1) }
                    + zip(years, quantiles.map { scale($0.0) }).reversed().map { ($0, $1) }
                let inner =
                    zip(years, quantiles.map { scale($0.2) }).map { ($0, $1) }
                    + zip(years, quantiles.map { scale($0.1) }).reversed().map { ($0, $1) }
                svg.polygon(outer, fill: Self.fan95, extra: [("data-interval", "95"), ("data-panel", panel)])
                svg.polygon(inner, fill: Self.fan80, extra: [("data-interval", "80"), ("data-panel", panel)])
            }
        }
        for (i, s) in series.enumerated().reversed() {
            let style = ChartStyle.line(i)
            let width = i == 0 ? 2.5 : 1.8
            svg.polyline(
                zip(s.years, s.working).map { (xs(Double($0)), yw($1)) }, stroke: style.colour, width: width,
                dash: style.dash,
                extra: [("data-series", s.name), ("data-panel", "working")])
            svg.polyline(
                zip(s.years, s.dependency).map { (xs(Double($0)), yd($1)) }, stroke: style.colour, width: width,
                dash: style.dash,
                extra: [("data-series", s.name), ("data-panel", "dependency")])
        }
        for r in registered where indexYear == nil {
            svg.circle(
                cx: xs(Double(r.year)), cy: yw(r.working), r: 4, fill: "#FFFFFF", stroke: "#000000",
                extra: [("data-registered", String(r.year)), ("data-panel", "working")])
        }
        let years = Array(yearRange)
        let every = years.count > 40 ? 10 : 5
        for bottom in [Self.workingBottom, Self.dependencyBottom] {
            ChartFrame.yearAxis(&svg, years: years, every: every, y: bottom, left: Self.plotLeft, right: Self.plotRight)
            { xs(Double($0)) }
        }
        svg.text(
            "Year (population at \(populationDate))", x: Self.plotLeft, y: Self.dependencyBottom + 36, size: 11,
            extra: [("class", "axis-title")])
        ChartFrame.source(&svg, source)
        return svg.finish()
    }

    /// Fan colours: the 95% band lighter than the 80% (blue tints, distinct in greyscale).
    public static let fan95 = "#D6E6F2", fan80 = "#9CC3E0"
}
