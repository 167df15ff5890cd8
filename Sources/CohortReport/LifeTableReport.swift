import CohortKit

/// A life table as a table: age, m, a, q, l (radix 100,000), d, L, T, e.
public enum LifeTableReport {
    /// The rows of `table`, ages 0…ω (the last labelled ω+).
    public static func table(_ table: LifeTable) -> DataTable {
        var out = DataTable([
            .init("age", "Age", .text), .init("mx", "m(x)", .decimal(6)), .init("ax", "a(x)", .decimal(3)),
            .init("qx", "q(x)", .decimal(6)), .init("lx", "l(x)", .persons), .init("dx", "d(x)", .persons),
            .init("Lx", "L(x)", .persons), .init("Tx", "T(x)", .persons), .init("ex", "e(x)", .decimal(2)),
        ])
        let radix = 100_000.0
        for a in 0...table.openAge {
            out.append([
                .text(a == table.openAge ? "\(a)+" : String(a)), .number(table.deathRates[a]),
                .number(table.separationFactors[a]),
                .number(table.deathProbabilities[a]), .number(radix * table.survivors[a]),
                .number(radix * table.deaths[a]),
                .number(radix * table.personYears[a]), .number(radix * table.personYearsRemaining[a]),
                .number(table.lifeExpectancy[a]),
            ])
        }
        return out
    }

    /// The abridged table of `table` (groups 0, 1–4, 5–9, …, ω+ unless given;
    /// see ``LifeTable/abridged(_:)``): age, n, nmx, nax, nqx, l, ndx, nLx, T, e.
    public static func abridged(_ table: LifeTable, groups: [AgeSpan]? = nil) -> DataTable {
        var out = DataTable([
            .init("age", "Age", .text), .init("n", "n", .year), .init("mx", "m(x)", .decimal(6)),
            .init("ax", "a(x)", .decimal(3)), .init("qx", "q(x)", .decimal(6)), .init("lx", "l(x)", .persons),
            .init("dx", "d(x)", .persons), .init("Lx", "L(x)", .persons), .init("Tx", "T(x)", .persons),
            .init("ex", "e(x)", .decimal(2)),
        ])
        let radix = 100_000.0
        for row in table.abridged(groups) {
            out.append([
                .text(row.ages.description), DataTable.value(row.ages.width.map(Double.init)), .number(row.deathRate),
                .number(row.separationFactor), .number(row.deathProbability), .number(radix * row.survivors),
                .number(radix * row.deaths), .number(radix * row.personYears),
                .number(radix * row.personYearsRemaining),
                .number(row.lifeExpectancy),
            ])
        }
        return out
    }
}
