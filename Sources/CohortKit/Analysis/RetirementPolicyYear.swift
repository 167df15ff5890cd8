/// One year of a retirement-age policy against the default.
public struct RetirementPolicyYear: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// Working-age population under the default retirement age, persons.
    public var workingAgeDefault: Double
    /// Working-age population under the policy, persons.
    public var workingAgePolicy: Double
    /// People kept in working age by the policy: policy − default.
    public var staying: Double { workingAgePolicy - workingAgeDefault }
    /// People reaching the default retirement age.
    public var leaversDefault: Double
    /// People reaching the policy's retirement age.
    public var leaversPolicy: Double
    /// Working age per person at or above the default retirement age.
    public var supportRatioDefault: Double
    /// Working age per person at or above the policy's retirement age.
    public var supportRatioPolicy: Double
}
