/// A retirement wave: a run of birth cohorts whose members reach the
/// retirement age in consecutive years.
public struct Wave: Sendable, Equatable {
    /// Its name, e.g. "first baby boom".
    public var name: String
    /// The birth years.
    public var birthYears: ClosedRange<Int>
    /// Births as published, if there is a published figure.
    public var publishedBirths: Double?
    /// The published wording, e.g. "3.78 million".
    public var publishedBirthsText: String?

    /// A wave from its parts.
    public init(
        name: String, birthYears: ClosedRange<Int>, publishedBirths: Double? = nil, publishedBirthsText: String? = nil
    ) {
        self.name = name
        self.birthYears = birthYears
        self.publishedBirths = publishedBirths
        self.publishedBirthsText = publishedBirthsText
    }

    /// The booms of a seeds file, as waves.
    public static func named(in seeds: Seeds) -> [Wave] {
        seeds.booms.map {
            Wave(
                name: $0.name, birthYears: $0.birthYears, publishedBirths: $0.publishedBirths,
                publishedBirthsText: $0.publishedBirthsText)
        }
    }

    /// Runs of birth years with `births` at or above `rule.threshold`, where
    /// up to `rule.maxGap` consecutive years below it between two years above
    /// do not break the run. Years missing from `births` break runs.
    public static func detect(births: [Int: Double], rule: Seeds.WaveRule) -> [ClosedRange<Int>] {
        let years = births.keys.sorted()
        var runs: [ClosedRange<Int>] = []
        var start: Int? = nil
        var lastAbove: Int? = nil
        for year in years {
            guard let b = births[year] else { continue }
            if b >= rule.threshold {
                if let last = lastAbove, let s = start, year - last - 1 <= rule.maxGap,
                    (last + 1..<year).allSatisfy({ births[$0] != nil })
                {
                    start = s
                } else {
                    if let s = start, let last = lastAbove { runs.append(s...last) }
                    start = year
                }
                lastAbove = year
            }
        }
        if let s = start, let last = lastAbove { runs.append(s...last) }
        return runs
    }
}
