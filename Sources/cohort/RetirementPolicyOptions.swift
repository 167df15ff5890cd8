import ArgumentParser
import CohortKit

/// `--retirement-age` and `--phase-in`: a second retirement age to analyse
/// against the statutory one (`waves`, `report`, `chart flows`).
struct RetirementPolicyOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "A retirement or pension age to analyse against the statutory one: an age, or a schedule by birth cohort from the dataset's pension_ages.csv (taiwan: labour-insurance, the Labour Insurance pension age, 60 for born 1957 or earlier to 65 for born 1962 or later).",
            valueName: "age|schedule"))
    var retirementAge: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Phase the --retirement-age in by birth cohort: the first cohort affected and, after a colon, how many cohorts per year of age (default 1).",
            valueName: "cohort[:step]"))
    var phaseIn: String?

    func validate() throws {
        if phaseIn != nil && retirementAge == nil { throw ValidationError("--phase-in needs --retirement-age") }
        if let retirementAge, let first = retirementAge.first, first.isNumber || first == "-" {
            guard let age = Int(retirementAge), age >= 1 else {
                throw ValidationError("--retirement-age \(retirementAge) is not a whole number of years ≥ 1")
            }
        }
        if phaseIn != nil, let retirementAge, Int(retirementAge) == nil {
            throw ValidationError("--phase-in needs a --retirement-age in years, not the schedule \(retirementAge)")
        }
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

    /// The policy asked for (a schedule resolved in `run`'s dataset), or nil.
    func policy(for run: ScenarioRun) throws -> RetirementPolicy? {
        guard let retirementAge else { return nil }
        if let age = Int(retirementAge) { return RetirementPolicy(age: age, phaseIn: phaseIn.flatMap(Self.phase)) }
        do { return try run.retirementPolicy(retirementAge) } catch let error as RunOverrideError {
            throw ValidationError("--retirement-age \(error)")
        }
    }
}
