import ArgumentParser
import CohortKit
import CohortReport

/// `cohort lifetable`: the life table of a year's death rates.
struct LifeTableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifetable",
        abstract: "Print the life table of a projected year's death rates.",
        discussion: """
            Single ages 0…ω with the open group ω+: m(x), a(x), q(x), and l(x), \
            d(x), L(x), T(x) on a radix of 100,000, and e(x) in years. a(0) by the \
            Andreev–Kingkade rule; the open group closed by the scenario's method. \
            With --age-groups 5, the same table abridged to 0, 1-4, 5-9, …, ω+ \
            (survivors at each group's first age; deaths and person-years summed).

            Examples:
              cohort lifetable
              cohort lifetable --scenario taiwan-medium --year 2050 --sex female
              cohort lifetable --inputs my-inputs --format csv
              cohort lifetable --year 2050 --age-groups 5
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @OptionGroup var groups: AgeGroupsOption

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The year whose rates to use (default: the first projected year).", valueName: "year"),
        transform: WholeNumber.atLeast(0))
    var year: Int?

    @Option(name: .long, help: "female or male (default: both).")
    var sex: Sex?

    @Option(name: .long, help: "What to print: table, markdown, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if selection.scenarios.count > 1 {
            throw ValidationError("lifetable shows one scenario's life table; run it once per scenario")
        }
    }

    func run() throws {
        guard let run = try selection.runs().first else { return }
        for s in sex.map({ [$0] }) ?? Sex.allCases {
            let table: LifeTable
            do {
                table = try run.lifeTable(year: year, sex: s)
            } catch let error as RunOverrideError {
                throw ValidationError("--year \(error)")
            }
            if s == .male && sex == nil && format != .csv && format != .json { print("") }
            let shown = year ?? run.inputs.years.first!.year
            let title =
                "Life table, \(run.label), \(shown), \(s): e(0) = \(NumberFormat.decimal(table.lifeExpectancyAtBirth, places: 2)) years, \(table.closure) closure"
            Terminal.emit(
                groups.fiveYear ? LifeTableReport.abridged(table) : LifeTableReport.table(table), format: format,
                title: title)
        }
    }
}
