/// Who leaves working age when, and who arrives: a run's working-age
/// analysis under the statutory retirement age and, with a policy, under the
/// policy's (see ``ScenarioRun/retirementWaves(policy:)``).
public struct RetirementWaves: Sendable {
    /// The analysis under the statutory retirement age.
    public let statutory: WorkingAgeAnalysis
    /// The analysis under the policy's retirement age, when one was given.
    public let policy: WorkingAgeAnalysis?
    /// The waves reported (named and detected).
    public let waveList: WaveList
    /// The first year reported.
    public let firstReportedYear: Int

    /// The analysis reported: under the policy when there is one, else the statutory.
    public var analysis: WorkingAgeAnalysis { policy ?? statutory }

    /// The waves table of ``analysis``: one row a wave.
    public var waves: [WaveSummary] { analysis.waves(waveList.waves) }

    /// The flows of ``analysis`` from the first reported year.
    public var flows: [WorkingAgeFlow] { analysis.flows.filter { $0.year >= firstReportedYear } }

    /// The policy against the statutory age, year by year from the first reported year; `nil` without a policy.
    public var comparison: [RetirementPolicyYear]? {
        policy.map { statutory.compare(policy: $0).filter { $0.year >= firstReportedYear } }
    }
}
