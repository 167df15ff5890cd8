/// A value the registers already give for a year after the base year (for
/// example Taiwan's births of 2025, published after its base population of
/// 31 December 2024), to show beside, and score against, a projection.
public struct RegisteredValue: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// What it is.
    public var indicator: Indicator
    /// The value, in the indicator's unit.
    public var value: Double
    /// Where it was published.
    public var source: String

    /// A value from its parts.
    public init(year: Int, indicator: Indicator, value: Double, source: String) {
        self.year = year
        self.indicator = indicator
        self.value = value
        self.source = source
    }

    /// The seeds' published figures named `population_end_Y` (total), `population_15_64_end_Y`
    /// (the default band) and `births_Y` for years Y after `baseYear`, in year and indicator order.
    public static func published(in seeds: Seeds, after baseYear: Int) -> [RegisteredValue] {
        var out: [RegisteredValue] = []
        for (key, figure) in seeds.published {
            let parts = key.split(separator: "_")
            guard let year = parts.last.flatMap({ Int($0) }), year > baseYear else { continue }
            let indicator: Indicator? =
                switch parts.dropLast().joined(separator: "_") {
                case "population_end": .total
                case "population_15_64_end": .working
                case "births": .births
                default: nil
                }
            if let indicator {
                out.append(
                    RegisteredValue(year: year, indicator: indicator, value: figure.value, source: figure.source))
            }
        }
        let order = Indicator.allCases
        return out.sorted {
            ($0.year, order.firstIndex(of: $0.indicator)!) < ($1.year, order.firstIndex(of: $1.indicator)!)
        }
    }
}
