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
    /// When people claim the policy's (pension) age, from the scenario's `pension_claims`.
    public var claiming: PensionClaiming? = nil

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

extension RetirementWaves {
    /// `claims.csv`, with a policy and claiming behaviour: pension claims per
    /// year from the first reported year (see ``WorkingAgeAnalysis/claims(_:)``); `nil` otherwise.
    public func claimsTable() -> DataTable? {
        guard let policy, let claiming else { return nil }
        return policy.claimsTable(claiming, from: firstReportedYear)
    }

    /// `reaching.csv`, with a policy: per wave and year, the wave's members
    /// reaching the statutory retirement age and those reaching the policy's
    /// (pension) age in that year, persons, registered or projected:
    /// `wave,year,reaching_statutory,reaching_policy` (empty where the year is
    /// outside the registers and the projection); `nil` without a policy.
    public func reachingTable() -> DataTable? {
        guard let policy else { return nil }
        var table = DataTable([
            .init("wave", "Wave", .text), .init("year", "Year", .year),
            .init("reaching_statutory", "Reaching \(statutory.options.retirementAge)", .persons),
            .init("reaching_policy", "Reaching the policy age", .persons),
        ])
        // Members of the wave reaching the age in `year`: nil when one of them is not known then.
        func reaching(_ members: [CohortRecord], _ year: Int) -> Double? {
            var sum = 0.0
            for c in members where c.yearReachingRetirement == year {
                guard let n = c.reachingRetirement else { return nil }
                sum += n
            }
            return sum
        }
        for wave in waveList.waves {
            let under = [statutory, policy].map { a in a.cohorts.filter { wave.birthYears.contains($0.birthYear) } }
            let years = under.flatMap { $0.map(\.yearReachingRetirement) }
            guard let first = years.min(), let last = years.max() else { continue }
            for year in first...last {
                table.append([
                    .text(wave.name), .number(Double(year)), DataTable.value(reaching(under[0], year)),
                    DataTable.value(reaching(under[1], year)),
                ])
            }
        }
        return table
    }
}
