/// One annual step of the cohort-component method for a batch, both sexes
/// (DESIGN.md, "Projection step"), with P the population at the end of Y − 1:
///
/// 1. Migration timing. `even`: P*(a) = P(a) + M(a)/2 and E(a) = M(a)/2;
///    `end`: P* = P and E = 0.
/// 2. Survivors: P′(a) = S(a)·P*(a − 1) + E(a) for 1 ≤ a < ω and
///    P′(ω) = S(ω)·(P*(ω − 1) + P*(ω)) + E(ω).
/// 3. Births: B = Σₐ f(a)·(P*_f(a) + P′_f(a))/2, the end-of-year term taken
///    from age 1 (the year's newborns bear no children); girls B/(1 + SRB),
///    boys the rest.
/// 4. Age 0: P′(0) = S(0)·B_sex + E(0).
/// 5. `end`: M(a) is added to every age.
/// 6. Guard: wherever migrants would take an age below zero, only the people
///    present leave; the shortfall is reported as ``ComponentTotals/emigrationCut``.
///
/// Deaths are (1 − S)·(what entered), so every column balances:
/// P(Y) − P(Y − 1) = births − deaths + net migrants applied.
///
/// Each column's arithmetic runs in a fixed order and never reads another
/// column, so a column's result does not depend on the rest of the batch.
///
/// ```swift
/// let step = CohortComponentStep(timing: .even)
/// var population = base                                   // PopulationBatch, end of 2024
/// let components = step.apply(rates2025, to: &population) // now the end of 2025
/// ```
public struct CohortComponentStep: Sendable {
    /// When net migrants join the population within the year.
    public var timing: MigrationTiming
    /// Whether to record deaths and net migrants by cohort
    /// (``ComponentTotals/deathsByAge``, ``ComponentTotals/netMigrantsByAge``).
    public var recordsByAge: Bool

    /// A step with the given migration timing.
    public init(timing: MigrationTiming = .end, recordsByAge: Bool = false) {
        self.timing = timing
        self.recordsByAge = recordsByAge
    }

    /// Projects `population` (the end of year Y − 1) one year with `rates`
    /// (the rates of year Y), leaving the end of year Y in `population`, and
    /// returns the year's components.
    ///
    /// - Precondition: every schedule in `rates` has `population`'s number of
    ///   ages; per-column schedules have its number of columns.
    public func apply(_ rates: StepRates, to population: inout PopulationBatch) -> YearComponents {
        let workspace = StepWorkspace()
        return apply(rates, to: &population, workspace: workspace)
    }

    /// ``apply(_:to:)`` with scratch buffers kept from one year to the next.
    func apply(_ rates: StepRates, to population: inout PopulationBatch, workspace ws: StepWorkspace) -> YearComponents
    {
        let n = population.female.ages
        let columns = population.female.columns
        precondition(
            population.male.ages == n && population.male.columns == columns,
            "female and male matrices must have the same shape")
        Self.checkShape(rates, ages: n, columns: columns)
        ws.prepare(ages: n, columns: columns)
        var components = YearComponents { _ in ComponentTotals(columns: columns) }
        if recordsByAge {
            for sex in Sex.allCases {
                components[sex].deathsByAge = AgeMatrix(ages: n, columns: columns)
                components[sex].netMigrantsByAge = AgeMatrix(ages: n, columns: columns)
            }
        }

        // 1–2 by sex: start of year, survivors, the second half of `even` migrants.
        for sex in Sex.allCases {
            Self.surviveAndMove(
                sex: sex, population: population[sex], rates: rates, timing: timing,
                workspace: ws, components: &components[sex])
        }
        // 3. Births from the women exposed, averaged over the start and end of the year.
        let births = Self.births(rates: rates, workspace: ws)
        // 4–5. Age 0 and the end-of-year migrants.
        for sex in Sex.allCases {
            Self.finish(
                sex: sex, births: births, rates: rates, timing: timing, workspace: ws, components: &components[sex])
        }
        population = PopulationBatch(
            female: AgeMatrix(ages: n, columns: columns, storage: ws.next.female),
            male: AgeMatrix(ages: n, columns: columns, storage: ws.next.male))
        return components
    }
}
