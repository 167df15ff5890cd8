/// How a projection is run; the defaults follow DESIGN.md.
public struct ProjectionOptions: Sendable, Equatable {
    /// When net migrants join the population within each year. Default `end`.
    public var migrationTiming: MigrationTiming
    /// How life tables built from death rates close the open age group;
    /// `nil` (the default) takes `kannisto` for ω ≥ 90, `constant` below.
    public var closure: OpenAgeClosure?
    /// Whether to keep deaths and net migrants by cohort for every year
    /// (needed by the working-age flows). Default `false`.
    public var recordsByAge: Bool

    /// Options with the given values; every argument has the default above.
    public init(
        migrationTiming: MigrationTiming = .end, closure: OpenAgeClosure? = nil,
        recordsByAge: Bool = false
    ) {
        self.migrationTiming = migrationTiming
        self.closure = closure
        self.recordsByAge = recordsByAge
    }
}
