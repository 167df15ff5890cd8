import ArgumentParser
import CohortKit

/// `--retirement-age` and `--phase-in`: a second retirement age to analyse
/// against the statutory one (`waves`, `report`, `chart flows`).
struct RetirementPolicyOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("A retirement age to analyse against the statutory one.", valueName: "age"),
            transform: WholeNumber.atLeast(1))
    var retirementAge: Int?

    @Option(name: .long, help: ArgumentHelp("Phase the --retirement-age in by birth cohort: the first cohort affected and, after a colon, how many cohorts per year of age (default 1).", valueName: "cohort[:step]"))
    var phaseIn: String?

    func validate() throws {
        if phaseIn != nil && retirementAge == nil { throw ValidationError("--phase-in needs --retirement-age") }
        if let phaseIn, Self.phase(phaseIn) == nil { throw ValidationError("--phase-in \(phaseIn) is not a cohort like 1961 or 1961:2") }
    }

    /// "1961" or "1961:2" as (first cohort, cohorts per year of age).
    static func phase(_ text: String) -> (cohort: Int, step: Int)? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard (1...2).contains(parts.count), parts.count == text.split(separator: ":").count, parts.last! > 0 else { return nil }
        return (parts[0], parts.count == 2 ? parts[1] : 1)
    }

    /// The second retirement age against `statutory`, or nil when none was
    /// asked for: phased in from the --phase-in cohort when given and the
    /// statutory age is fixed, else fixed.
    func policy(statutory: RetirementAge) -> RetirementAge? {
        guard let retirementAge else { return nil }
        if let phaseIn, let (cohort, step) = Self.phase(phaseIn), case .fixed(let from) = statutory {
            return .phased(from: from, to: retirementAge, firstCohort: cohort, cohortsPerStep: step)
        }
        return .fixed(retirementAge)
    }

    /// `analysis` redone under the second retirement age, or nil when none was asked for.
    func analysis(_ analysis: WorkingAgeAnalysis, inputs: ProjectionInputs, history: PopulationHistory,
                  closure: OpenAgeClosure?) throws -> WorkingAgeAnalysis? {
        guard let age = policy(statutory: analysis.options.retirementAge) else { return nil }
        var options = analysis.options
        options.retirementAge = age
        return try WorkingAgeAnalysis(inputs: inputs, result: analysis.result, history: history, options: options, closure: closure)
    }
}
