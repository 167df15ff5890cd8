import CohortKit

/// Words that follow the numbers: a change said as growth or decline, with
/// the right sign; amounts of persons at the scale they have.
public enum StoryWords {
    /// How a quantity moved from `before` to `after`.
    public struct Change: Sendable, Equatable {
        /// The verb: "grows", "shrinks" or "stays about the same" (within ±0.5%).
        public var verb: String
        /// The relative change in words: "16% fewer", "5% more", "about as many".
        public var amount: String
        /// The relative change, after / before − 1.
        public var fraction: Double
    }

    /// The change from `before` to `after` (persons); `rises`/`falls` replace
    /// "grows"/"shrinks" for a ratio (`verbs`).
    public static func change(
        from before: Double, to after: Double, verbs: (up: String, down: String) = ("grows", "shrinks")
    )
        -> Change
    {
        let fraction = before > 0 ? after / before - 1 : 0
        let percent = NumberFormat.decimal(100 * abs(fraction), places: 0)
        if abs(fraction) < 0.005 {
            return Change(verb: "stays about the same", amount: "about as many", fraction: fraction)
        }
        return fraction > 0
            ? Change(verb: verbs.up, amount: "\(percent)% more", fraction: fraction)
            : Change(verb: verbs.down, amount: "\(percent)% fewer", fraction: fraction)
    }

    /// Persons as people read them: "15.03 million" from a million up, else "93,412".
    public static func persons(_ v: Double) -> String {
        abs(v) >= 1_000_000 ? NumberFormat.decimal(v / 1_000_000, places: 2) + " million" : NumberFormat.persons(v)
    }

    /// The birth years of `waves` in words: "1958–1966 and 1976–1982".
    public static func birthYears(_ waves: [Wave]) -> String {
        let spans = waves.map { "\($0.birthYears.lowerBound)–\($0.birthYears.upperBound)" }
        guard spans.count > 1 else { return spans.first ?? "" }
        return spans.dropLast().joined(separator: ", ") + " and " + spans.last!
    }
}
