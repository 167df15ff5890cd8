import ArgumentParser
import CohortKit

/// `--age-groups 5`: five-year summaries beside the single years (`project --out`, `compare`, `lifetable`).
struct AgeGroupsOption: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "5 adds five-year summaries (0-4, 5-9, …, ω+; the life table 0, 1-4, 5-9, …) to the single years (default 1: none).",
            valueName: "1|5"),
        transform: WholeNumber.atLeast(1))
    var ageGroups = 1

    func validate() throws {
        guard ageGroups == 1 || ageGroups == 5 else {
            throw ValidationError(
                "--age-groups must be 1 (single years only) or 5 (five-year summaries too); it is \(ageGroups)")
        }
    }

    /// Whether five-year summaries were asked for.
    var fiveYear: Bool { ageGroups == 5 }
}
