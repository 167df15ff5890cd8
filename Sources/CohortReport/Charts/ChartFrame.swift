/// The parts every chart draws the same way: title, subtitle, source line,
/// a value axis with grid lines, a year axis and a legend row.
enum ChartFrame {
    /// Title (bold, 16 px) and subtitle (12 px, muted) at the top left.
    static func heading(_ svg: inout SVGWriter, title: String, subtitle: String?, x: Double = 16) {
        svg.text(title, x: x, y: 24, size: 16, weight: "bold", fill: ChartStyle.ink, extra: [("class", "chart-title")])
        if let subtitle {
            svg.text(subtitle, x: x, y: 42, size: 12, fill: ChartStyle.muted, extra: [("class", "chart-subtitle")])
        }
    }

    /// The source line at the bottom left.
    static func source(_ svg: inout SVGWriter, _ text: String, x: Double = 16) {
        svg.text(text, x: x, y: svg.height - 10, size: 10, fill: ChartStyle.muted, extra: [("class", "chart-source")])
    }

    /// A vertical value axis at `x` for `scale` (a y scale), grid lines across to `right`,
    /// tick labels by `format`, and its title rotated along it.
    static func valueAxis(
        _ svg: inout SVGWriter, scale: LinearScale, ticks: [Double], format: AxisFormat,
        x: Double, right: Double, title: String
    ) {
        svg.beginGroup([("class", "axis value-axis")])
        for t in ticks {
            let y = scale(t)
            svg.line(
                x1: x, y1: y, x2: right, y2: y, stroke: t == 0 ? ChartStyle.ink : ChartStyle.grid,
                width: t == 0 ? 1 : 0.75)
            svg.text(
                format.label(t), x: x - 6, y: y + 4, anchor: "end", size: 11, fill: ChartStyle.ink,
                extra: [("class", "tick")])
        }
        let middle = (scale.range.0 + scale.range.1) / 2
        svg.text(
            title, x: x - 52, y: middle, anchor: "middle", size: 11, fill: ChartStyle.ink, rotate: -90,
            extra: [("class", "axis-title")])
        svg.endGroup()
    }

    /// Year labels under the plot at `y`, every `every` years, centred on `position(year)`.
    static func yearAxis(
        _ svg: inout SVGWriter, years: [Int], every: Int, y: Double, left: Double, right: Double,
        position: (Int) -> Double
    ) {
        svg.beginGroup([("class", "axis year-axis")])
        svg.line(x1: left, y1: y, x2: right, y2: y, stroke: ChartStyle.ink)
        for year in years where year % every == 0 {
            let x = position(year)
            svg.line(x1: x, y1: y, x2: x, y2: y + 4, stroke: ChartStyle.ink)
            svg.text(
                String(year), x: x, y: y + 16, anchor: "middle", size: 11, fill: ChartStyle.ink,
                extra: [("class", "tick")])
        }
        svg.endGroup()
    }

    /// A legend entry: a swatch (filled box, or a line with a dash) and its label; returns the x after it.
    @discardableResult
    static func legendEntry(
        _ svg: inout SVGWriter, x: Double, y: Double, label: String, fill: String? = nil,
        line: (colour: String, dash: String?)? = nil, stroke: String? = nil
    ) -> Double {
        if let fill { svg.rect(x: x, y: y - 9, width: 12, height: 12, fill: fill, stroke: stroke) }
        if let line {
            svg.line(x1: x, y1: y - 3, x2: x + 24, y2: y - 3, stroke: line.colour, width: 2.5, dash: line.dash)
        }
        let textX = x + (line != nil ? 30 : 17)
        svg.text(label, x: textX, y: y + 1, size: 11, fill: ChartStyle.ink, extra: [("class", "legend")])
        return textX + Double(label.count) * 6.2 + 18
    }
}
