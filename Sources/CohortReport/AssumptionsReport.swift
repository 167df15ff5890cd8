import CohortKit

/// What each scenario assumes, in the numbers a demographer looks at first:
/// the TFR, life expectancy at birth by sex and net migration in chosen years.
public enum AssumptionsReport {
    /// One row per scenario and year: TFR (Σ f(a)), e(0) of women and men
    /// (from the year's death rates; empty when the year gives survival
    /// ratios) and net migrants (persons).
    ///
    /// - Throws: ``LifeTableError`` for rates no life table accepts.
    public static func table(
        _ scenarios: [(name: String, inputs: ProjectionInputs)], years: [Int],
        closure: OpenAgeClosure? = nil
    ) throws -> DataTable {
        var t = DataTable([
            .init("scenario", "Scenario", .text), .init("year", "Year", .year), .init("tfr", "TFR", .decimal(2)),
            .init("e0_female", "e(0) women", .decimal(1)), .init("e0_male", "e(0) men", .decimal(1)),
            .init("net_migrants", "Net migrants", .signedPersons),
        ])
        for s in scenarios {
            for year in years {
                guard let y = s.inputs.years.first(where: { $0.year == year }) else { continue }
                var row: [DataTable.Value] = [.text(s.name), .number(Double(year)), .number(y.fertility.reduce(0, +))]
                for sex in [Sex.female, .male] {
                    if case .deathRates(let m) = y.mortality[sex] {
                        row.append(
                            .number(try LifeTable(deathRates: m, sex: sex, closure: closure).lifeExpectancyAtBirth))
                    } else {
                        row.append(.missing)
                    }
                }
                row.append(.number(y.netMigrants.map { $0.female.reduce(0, +) + $0.male.reduce(0, +) } ?? 0))
                t.append(row)
            }
        }
        return t
    }
}
