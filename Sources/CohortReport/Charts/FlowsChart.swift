import CohortKit

/// Entrants to and leavers from working age per year as paired bars, with
/// the years of chosen waves shaded and their leavers coloured, and
/// optionally the leavers under a second retirement age as a dashed step line.
///
/// Bars carry `data-year`, `data-series` (`entrants`, `leavers`) and `data-value` (persons).
public struct FlowsChart: Sendable {
    /// One year's flows, persons.
    public struct Year: Sendable {
        /// The calendar year.
        public var year: Int
        /// People reaching the band's first age (15) in the year.
        public var entrants: Double
        /// People reaching their retirement age in the year.
        public var leavers: Double
        /// Leavers under the second retirement age, if one is drawn.
        public var policyLeavers: Double?
        /// True for registered (not projected) years.
        public var registered: Bool
        /// A year from its parts.
        public init(
            year: Int, entrants: Double, leavers: Double, policyLeavers: Double? = nil, registered: Bool = false
        ) {
            self.year = year
            self.entrants = entrants
            self.leavers = leavers
            self.policyLeavers = policyLeavers
            self.registered = registered
        }
    }

    /// A wave: the calendar years its cohorts reach retirement, shaded, its leavers coloured.
    public struct Band: Sendable {
        /// The label over the shading.
        public var label: String
        /// The calendar years.
        public var years: ClosedRange<Int>
        /// The colour of its leavers' bars.
        public var colour: String
        /// A band from its parts.
        public init(label: String, years: ClosedRange<Int>, colour: String) {
            self.label = label
            self.years = years
            self.colour = colour
        }
    }

    /// The years, in order.
    public var years: [Year]
    /// The waves to mark.
    public var bands: [Band]
    /// Legend texts for entrants, leavers and the second retirement age's leavers.
    public var entrantsLabel: String, leaversLabel: String, policyLabel: String?
    /// Title, subtitle and source line.
    public var title: String, subtitle: String?, source: String

    /// Picture size and the plot area, pixels.
    public static let width = 820.0, height = 440.0
    /// The plot area's edges, pixels.
    public static let plotLeft = 76.0, plotRight = 800.0, plotTop = 104.0, plotBottom = 370.0

    /// A chart; see the properties.
    public init(
        years: [Year], bands: [Band], entrantsLabel: String, leaversLabel: String, policyLabel: String? = nil,
        title: String, subtitle: String? = nil, source: String
    ) {
        precondition(!years.isEmpty, "a flows chart needs at least one year")
        self.years = years
        self.bands = bands
        self.entrantsLabel = entrantsLabel
        self.leaversLabel = leaversLabel
        self.policyLabel = policyLabel
        self.title = title
        self.subtitle = subtitle
        self.source = source
    }

    /// The value axis: 0 to `maximum` persons, ticks every `step`.
    public var axis: (maximum: Double, step: Double) {
        let largest = years.map { max($0.entrants, $0.leavers, $0.policyLeavers ?? 0) }.max() ?? 0
        let nice = LinearScale.niceDomain(0, max(largest, 1), count: 5)
        return (nice.high, nice.step)
    }

    /// The width of one year's slot, pixels.
    public var slot: Double { (Self.plotRight - Self.plotLeft) / Double(years.count) }

    /// The left edge of `year`'s slot.
    public func slotStart(_ year: Int) -> Double {
        Self.plotLeft + Double(year - years[0].year) * slot
    }

    /// The SVG document.
    public func svg() -> String {
        var svg = SVGWriter(
            width: Self.width, height: Self.height, title: title,
            description:
                "Entrants to and leavers from working age per year, \(years.first!.year)–\(years.last!.year), persons.")
        ChartFrame.heading(&svg, title: title, subtitle: subtitle)
        var legend = LegendRow(left: 16, right: Self.width - 16, y: 62)
        legend.add(&svg, label: entrantsLabel, fill: ChartStyle.neutral)
        legend.add(&svg, label: leaversLabel, fill: "#555555")
        for b in bands { legend.add(&svg, label: b.label, fill: b.colour) }
        if let policyLabel { legend.add(&svg, label: policyLabel, line: ("#000000", "5 3")) }

        let (maximum, step) = axis
        let y = LinearScale(domain: (0, maximum), range: (Self.plotBottom, Self.plotTop))
        // Wave shading behind everything.
        svg.beginGroup([("class", "bands")])
        for b in bands {
            let first = max(b.years.lowerBound, years.first!.year), last = min(b.years.upperBound, years.last!.year)
            guard first <= last else { continue }
            svg.rect(
                x: slotStart(first), y: Self.plotTop, width: Double(last - first + 1) * slot,
                height: Self.plotBottom - Self.plotTop,
                fill: ChartStyle.band, extra: [("class", "band")])
        }
        svg.endGroup()
        let format = AxisFormat.thousands(decimals: AxisFormat.decimals(step: step, divisor: 1_000))
        ChartFrame.valueAxis(
            &svg, scale: y, ticks: LinearScale.ticks(0, maximum, step: step), format: format,
            x: Self.plotLeft, right: Self.plotRight, title: "Thousands of persons per year")
        let barWidth = slot * 0.42
        svg.beginGroup([("class", "bars")])
        for year in years {
            let s = slotStart(year.year) + slot * 0.08
            let leaverColour = bands.first { $0.years.contains(year.year) }?.colour ?? "#555555"
            svg.rect(
                x: s, y: y(year.entrants), width: barWidth, height: Self.plotBottom - y(year.entrants),
                fill: ChartStyle.neutral,
                extra: [
                    ("data-year", String(year.year)), ("data-series", "entrants"),
                    ("data-value", CSVNumber.format(year.entrants, places: 0)),
                ])
            svg.rect(
                x: s + barWidth, y: y(year.leavers), width: barWidth, height: Self.plotBottom - y(year.leavers),
                fill: leaverColour,
                extra: [
                    ("data-year", String(year.year)), ("data-series", "leavers"),
                    ("data-value", CSVNumber.format(year.leavers, places: 0)),
                ])
        }
        svg.endGroup()
        if policyLabel != nil {
            var points: [(Double, Double)] = []
            // Registered years have no policy: the line starts with the projection.
            for year in years where !year.registered {
                guard let p = year.policyLeavers else { continue }
                points.append((slotStart(year.year), y(p)))
                points.append((slotStart(year.year) + slot, y(p)))
            }
            svg.polyline(
                points, stroke: "#000000", width: 1.5, dash: "5 3",
                extra: [("class", "policy"), ("data-series", "policy-leavers")])
        }
        // Band labels above the bars, inside the plot.
        for b in bands {
            let first = max(b.years.lowerBound, years.first!.year), last = min(b.years.upperBound, years.last!.year)
            guard first <= last else { continue }
            let centre = slotStart(first) + Double(last - first + 1) * slot / 2
            svg.text(
                "\(b.years.lowerBound)–\(b.years.upperBound)", x: centre, y: Self.plotTop + 14, anchor: "middle",
                size: 11,
                weight: "bold", fill: ChartStyle.ink, extra: [("class", "band-label")])
        }
        // Where registered years end and the projection begins.
        if let lastRegistered = years.last(where: \.registered), lastRegistered.year < years.last!.year {
            let bx = slotStart(lastRegistered.year + 1)
            svg.line(
                x1: bx, y1: Self.plotTop, x2: bx, y2: Self.plotBottom, stroke: ChartStyle.muted, width: 1, dash: "2 2")
            svg.text(
                "registered ◂ ▸ projected", x: bx, y: Self.plotTop - 4, anchor: "middle", size: 10,
                fill: ChartStyle.muted)
        }
        let every = years.count > 30 ? 5 : years.count > 12 ? 2 : 1
        ChartFrame.yearAxis(
            &svg, years: years.map(\.year), every: every, y: Self.plotBottom, left: Self.plotLeft, right: Self.plotRight
        ) {
            self.slotStart($0) + self.slot / 2
        }
        svg.text(
            "Year (entrants: people reaching 15; leavers: people reaching the retirement age)", x: Self.plotLeft,
            y: Self.plotBottom + 36, size: 11, extra: [("class", "axis-title")])
        ChartFrame.source(&svg, source)
        return svg.finish()
    }
}
