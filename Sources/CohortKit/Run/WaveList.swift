/// The waves a run reports: named in the seeds, plus those found in the
/// registered births (see ``ScenarioRun/waves(history:)``).
public struct WaveList: Sendable, Equatable {
    /// Every wave, the named first.
    public var waves: [Wave]
    /// The runs of birth years the rule found (named or not).
    public var detected: [ClosedRange<Int>]
    /// The rule that found them, when the seeds give one.
    public var rule: Seeds.WaveRule?
}
