/// One birth cohort followed through the registers and the projection.
public struct CohortRecord: Sendable, Equatable {
    /// The year of birth.
    public var birthYear: Int
    /// Births: registered, or projected for years after the base year.
    public var births: Double?
    /// Where ``births`` comes from.
    public var birthsSource: DataSource?
    /// Members alive at the end of the base year (aged base − birth year), persons.
    public var aliveAtBase: Double?
    /// The cohort's retirement age.
    public var retirementAge: Int
    /// The year the cohort reaches it: birth year + retirement age.
    public var yearReachingRetirement: Int
    /// Members aged the retirement age at the end of that year, persons (`nil` beyond the horizon).
    public var reachingRetirement: Double?
    /// Where ``reachingRetirement`` comes from.
    public var reachingSource: DataSource?
}
