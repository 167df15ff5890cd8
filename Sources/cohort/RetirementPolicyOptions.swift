import ArgumentParser
import CohortKit

/// `--retirement-age` and `--phase-in`: a second retirement age to analyse
/// against the statutory one (`waves`, `report`, `chart flows`).
struct RetirementPolicyOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("A retirement age to analyse against the statutory one.", valueName: "age"),
        transform: WholeNumber.atLeast(1))
    var retirementAge: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Phase the --retirement-age in by birth cohort: the first cohort affected and, after a colon, how many cohorts per year of age (default 1).",
            valueName: "cohort[:step]"))
    var phaseIn: String?

    func validate() throws {
        if phaseIn != nil && retirementAge == nil { throw ValidationError("--phase-in needs --retirement-age") }
        if let phaseIn, Self.phase(phaseIn) == nil {
            throw ValidationError("--phase-in \(phaseIn) is not a cohort like 1961 or 1961:2")
        }
    }

    /// "1961" or "1961:2" as a phase-in (first cohort, cohorts per year of age).
    static func phase(_ text: String) -> RetirementPolicy.PhaseIn? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard (1...2).contains(parts.count), parts.count == text.split(separator: ":").count, parts.last! > 0 else {
            return nil
        }
        return RetirementPolicy.PhaseIn(firstCohort: parts[0], cohortsPerStep: parts.count == 2 ? parts[1] : 1)
    }

    /// The policy asked for, or nil.
    var policy: RetirementPolicy? {
        retirementAge.map { RetirementPolicy(age: $0, phaseIn: phaseIn.flatMap(Self.phase)) }
    }
}
