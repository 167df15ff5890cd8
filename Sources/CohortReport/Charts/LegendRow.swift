/// Legend entries laid out left to right, wrapping to a new row at `right`.
struct LegendRow {
    var left: Double, right: Double, y: Double
    private var x: Double

    init(left: Double, right: Double, y: Double) {
        self.left = left
        self.right = right
        self.y = y
        x = left
    }

    /// The width an entry takes (swatch, text, spacing), estimated at 6.2 px a character.
    static func width(_ label: String, line: Bool) -> Double { (line ? 30 : 17) + Double(label.count) * 6.2 + 18 }

    mutating func add(
        _ svg: inout SVGWriter, label: String, fill: String? = nil, line: (colour: String, dash: String?)? = nil
    ) {
        if x > left && x + Self.width(label, line: line != nil) > right {
            x = left
            y += 18
        }
        x = ChartFrame.legendEntry(&svg, x: x, y: y, label: label, fill: fill, line: line)
    }
}
