/// What a caller changes of a scenario when it runs it (the CLI's `--to`,
/// `--from`, `--migration-timing`, `--closure`, `--working-age`); `nil`
/// keeps the scenario's value.
public struct RunOverrides: Sendable, Equatable {
    /// The last year to project (must be a year the data have rates for).
    public var lastYear: Int?
    /// The first year to report (the base year or a projected year).
    public var firstReportedYear: Int?
    /// When net migrants arrive.
    public var migrationTiming: MigrationTiming?
    /// How life tables close the open age group.
    public var closure: OpenAgeClosure?
    /// The working-age band.
    public var workingAge: ClosedRange<Int>?
    /// The statutory retirement age.
    public var retirementAge: Int?

    /// Overrides from their parts; every one defaults to `nil` (the scenario's).
    public init(
        lastYear: Int? = nil, firstReportedYear: Int? = nil, migrationTiming: MigrationTiming? = nil,
        closure: OpenAgeClosure? = nil, workingAge: ClosedRange<Int>? = nil, retirementAge: Int? = nil
    ) {
        self.lastYear = lastYear
        self.firstReportedYear = firstReportedYear
        self.migrationTiming = migrationTiming
        self.closure = closure
        self.workingAge = workingAge
        self.retirementAge = retirementAge
    }
}
