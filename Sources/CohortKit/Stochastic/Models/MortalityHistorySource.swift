/// What a mortality model was fitted to: a dataset's `history/deaths.csv`
/// (registered deaths, with populations for the exposures) or its
/// `history/death_rates.csv` (published death rates, such as the UN's by 5-year period).
public enum MortalityHistorySource: String, Sendable, Equatable {
    /// Registered deaths and populations.
    case registeredDeaths = "deaths"
    /// Published death rates.
    case deathRates = "death rates"

    /// Words for a sentence: "registered deaths" or "published death rates".
    public var words: String {
        switch self {
        case .registeredDeaths: "registered deaths"
        case .deathRates: "published death rates"
        }
    }
}
