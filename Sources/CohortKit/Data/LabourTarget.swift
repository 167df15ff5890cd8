/// A participation target of a scenario (`[labour] target`): the rate at
/// `ages` (for one sex, or both) reaches `rate` in `year`, along a straight
/// line from the base year or the last year the dataset gives, whichever is
/// later (see ``LabourRates/moved(towards:from:)``).
///
/// ```toml
/// [labour]
/// target = [{ages = "65-69", rate = 0.536, year = 2040}, {ages = "60-64", rate = 0.55, year = 2035}]
/// ```
public struct LabourTarget: Sendable, Equatable {
    /// The ages, a single age, a group or an open group.
    public var ages: AgeSpan
    /// The rate to reach, a fraction 0…1.
    public var rate: Double
    /// The year it is reached.
    public var year: Int
    /// One sex, or `nil` for both.
    public var sex: Sex?

    /// A target from its parts.
    public init(ages: AgeSpan, rate: Double, year: Int, sex: Sex? = nil) {
        self.ages = ages
        self.rate = rate
        self.year = year
        self.sex = sex
    }
}
