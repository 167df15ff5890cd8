/// A retirement age to analyse against the statutory one: an age, reached
/// at once or phased in by birth cohort, or a schedule by birth cohort
/// (such as Taiwan's Labour Insurance pension age).
///
/// ```swift
/// // 67 for cohorts born from 1961, one year of age every 2 cohorts:
/// let policy = RetirementPolicy(age: 67, phaseIn: .init(firstCohort: 1961, cohortsPerStep: 2))
/// policy.retirementAge(statutory: .fixed(65))   // .phased(from: 65, to: 67, firstCohort: 1961, cohortsPerStep: 2)
/// ```
public struct RetirementPolicy: Sendable, Equatable {
    /// How the new age is phased in: from a first birth cohort, one year of
    /// age every `cohortsPerStep` cohorts.
    public struct PhaseIn: Sendable, Equatable {
        /// The first birth cohort affected.
        public var firstCohort: Int
        /// Birth cohorts per year of age (at least 1).
        public var cohortsPerStep: Int

        /// A phase-in from its parts.
        public init(firstCohort: Int, cohortsPerStep: Int = 1) {
            self.firstCohort = firstCohort
            self.cohortsPerStep = cohortsPerStep
        }
    }

    /// The retirement age the policy reaches, years.
    public var age: Int
    /// The phase-in, or `nil` for every cohort at once.
    public var phaseIn: PhaseIn?
    /// A schedule by birth cohort; when set, it is the policy (``age`` is its highest age).
    public var schedule: RetirementSchedule?

    /// A policy from its parts.
    public init(age: Int, phaseIn: PhaseIn? = nil) {
        self.age = age
        self.phaseIn = phaseIn
    }

    /// The policy of a schedule by birth cohort.
    public init(schedule: RetirementSchedule) {
        self.age = schedule.range.upperBound
        self.schedule = schedule
    }

    /// The retirement age by cohort under the policy: the schedule when there
    /// is one; phased from the statutory age when a phase-in is given and the
    /// statutory age is fixed; else ``age`` for everyone.
    public func retirementAge(statutory: RetirementAge) -> RetirementAge {
        if let schedule { return .schedule(schedule) }
        if let phaseIn, case .fixed(let from) = statutory {
            return .phased(
                from: from, to: age, firstCohort: phaseIn.firstCohort, cohortsPerStep: phaseIn.cohortsPerStep)
        }
        return .fixed(age)
    }
}
