import CohortKit

/// Population pyramids by single year of age and sex, one per year, side
/// by side on one scale, with chosen birth cohorts coloured so they can be
/// followed up the pyramid from year to year.
///
/// Men to the left of each pyramid's axis, women to the right; ages 0…ω
/// from the bottom (the top row is the open group ω+). Bars carry
/// `data-year`, `data-sex`, `data-age` and `data-value` (persons).
public struct PyramidChart: Sendable {
    /// One pyramid: the population at 31 December of `year`, by sex, ages 0…ω (persons).
    public struct Panel: Sendable {
        /// The year.
        public var year: Int
        /// Persons by sex and age 0…ω.
        public var population: BySex<[Double]>
        /// A panel from its parts.
        public init(year: Int, population: BySex<[Double]>) {
            self.year = year
            self.population = population
        }
    }

    /// A group of birth cohorts drawn in its own colour.
    public struct Highlight: Sendable {
        /// Legend text, e.g. "Born 1958–1966 (first baby boom)".
        public var label: String
        /// The birth years: age a in year Y belongs to birth year Y − a.
        public var birthYears: ClosedRange<Int>
        /// Fill colour.
        public var colour: String
        /// A highlight from its parts.
        public init(label: String, birthYears: ClosedRange<Int>, colour: String) {
            self.label = label
            self.birthYears = birthYears
            self.colour = colour
        }
    }

    /// The pyramids, left to right.
    public var panels: [Panel]
    /// Coloured cohort groups (the open age group is never coloured: it mixes birth years).
    public var highlights: [Highlight]
    /// Title, subtitle and source line.
    public var title: String, subtitle: String?, source: String

    /// Half the width of one pyramid, pixels: the axis maximum is drawn this far from the centre.
    public static let halfWidth = 105.0
    /// Height of the bars' area, pixels.
    public static let plotHeight = 400.0
    /// Top of the bars' area, pixels.
    public static let plotTop = 120.0
    /// Left margin before the first pyramid (age labels), pixels.
    public static let left = 56.0
    /// Space between pyramids, pixels.
    public static let gap = 34.0

    /// The day of the year the populations refer to (default Cohort's 31 December).
    public var populationDate = Provenance.defaultPopulationDate

    /// A chart of `panels`; see the properties.
    public init(panels: [Panel], highlights: [Highlight], title: String, subtitle: String? = nil, source: String) {
        precondition(!panels.isEmpty, "a pyramid chart needs at least one year")
        self.panels = panels
        self.highlights = highlights
        self.title = title
        self.subtitle = subtitle
        self.source = source
    }

    /// The horizontal axis: persons from 0 to `maximum` on each side (the
    /// largest bar rounded up to a step of about a fifth of it), labelled
    /// every `step` (about a third of the maximum, so a side holds at most 3 labels).
    public var axis: (maximum: Double, step: Double) {
        let largest = panels.map { p in max(p.population.female.max() ?? 0, p.population.male.max() ?? 0) }.max() ?? 0
        let maximum = LinearScale.niceDomain(0, max(largest, 1), count: 5).high
        return (maximum, LinearScale.niceStep(span: maximum, count: 3))
    }

    /// The x of pyramid `i`'s centre line.
    public static func centre(_ i: Int) -> Double { left + halfWidth + Double(i) * (2 * halfWidth + gap) }

    /// The SVG document.
    public func svg() -> String {
        let width = Self.centre(panels.count - 1) + Self.halfWidth + 20
        let height = Self.plotTop + Self.plotHeight + 78
        var svg = SVGWriter(
            width: max(width, 520), height: height, title: title,
            description:
                "Population pyramids for \(panels.map { String($0.year) }.joined(separator: ", ")), men left and women right, single years of age."
        )
        ChartFrame.heading(&svg, title: title, subtitle: subtitle)
        var x = 16.0
        for h in highlights { x = ChartFrame.legendEntry(&svg, x: x, y: 66, label: h.label, fill: h.colour) }
        ChartFrame.legendEntry(&svg, x: x, y: 66, label: "Other cohorts", fill: ChartStyle.neutral)

        let (maximum, step) = axis
        let omega = panels[0].population.female.count - 1
        let row = Self.plotHeight / Double(omega + 1)
        let bottom = Self.plotTop + Self.plotHeight
        // Age labels on the left, grid lines across every pyramid.
        svg.beginGroup([("class", "axis age-axis")])
        for age in stride(from: 0, through: omega, by: 10) {
            let y = bottom - (Double(age) + 0.5) * row
            svg.line(
                x1: Self.left - 4, y1: y, x2: Self.centre(panels.count - 1) + Self.halfWidth, y2: y,
                stroke: ChartStyle.grid, width: 0.5)
            svg.text(
                age == omega ? "\(age)+" : String(age), x: Self.left - 8, y: y + 4, anchor: "end", size: 11,
                extra: [("class", "tick")])
        }
        svg.text(
            "Age", x: Self.left - 8, y: Self.plotTop - 22, anchor: "end", size: 11, extra: [("class", "axis-title")])
        svg.endGroup()

        for (i, panel) in panels.enumerated() {
            let c = Self.centre(i)
            let scale = LinearScale(domain: (0, maximum), range: (0, Self.halfWidth))
            let total = panel.population.female.reduce(0, +) + panel.population.male.reduce(0, +)
            svg.text(
                String(panel.year), x: c, y: Self.plotTop - 36, anchor: "middle", size: 14, weight: "bold",
                extra: [("class", "panel-title")])
            svg.text(
                "\(NumberFormat.decimal(total / 1_000_000, places: 2)) million", x: c, y: Self.plotTop - 22,
                anchor: "middle",
                size: 11, fill: ChartStyle.muted)
            svg.beginGroup([("class", "pyramid"), ("data-year", String(panel.year))])
            for sex in [Sex.male, .female] {
                for age in 0...omega {
                    let value = panel.population[sex][age]
                    let w = scale(value)
                    let y = bottom - Double(age + 1) * row
                    let birthYear = panel.year - age
                    let colour =
                        age == omega
                        ? ChartStyle.neutral
                        : highlights.first { $0.birthYears.contains(birthYear) }?.colour ?? ChartStyle.neutral
                    svg.rect(
                        x: sex == .male ? c - w : c, y: y, width: w, height: row * 0.92, fill: colour,
                        extra: [
                            ("data-sex", sex.rawValue), ("data-age", String(age)),
                            ("data-value", CSVNumber.format(value, places: 0)),
                        ])
                }
            }
            svg.endGroup()
            // Axis under the pyramid: ticks on both sides of the centre, in thousands.
            svg.beginGroup([("class", "axis persons-axis")])
            svg.line(x1: c - Self.halfWidth, y1: bottom, x2: c + Self.halfWidth, y2: bottom, stroke: ChartStyle.ink)
            svg.line(x1: c, y1: Self.plotTop, x2: c, y2: bottom, stroke: ChartStyle.ink, width: 0.75)
            for t in LinearScale.ticks(0, maximum, step: step) where t <= maximum {
                for side in (t == 0 ? [1.0] : [-1.0, 1.0]) {
                    let x = c + side * scale(t)
                    svg.line(x1: x, y1: bottom, x2: x, y2: bottom + 4, stroke: ChartStyle.ink)
                    svg.text(
                        AxisFormat.thousands(decimals: AxisFormat.decimals(step: step, divisor: 1_000)).label(t),
                        x: x, y: bottom + 16, anchor: "middle", size: 10, extra: [("class", "tick")])
                }
            }
            svg.text(
                "Men", x: c - Self.halfWidth / 2, y: Self.plotTop - 6, anchor: "middle", size: 11,
                fill: ChartStyle.muted)
            svg.text(
                "Women", x: c + Self.halfWidth / 2, y: Self.plotTop - 6, anchor: "middle", size: 11,
                fill: ChartStyle.muted)
            svg.endGroup()
        }
        svg.text(
            "Thousands of persons at \(populationDate) in each single year of age; men left, women right",
            x: Self.left, y: bottom + 34, size: 11, extra: [("class", "axis-title")])
        ChartFrame.source(&svg, source)
        return svg.finish()
    }
}
