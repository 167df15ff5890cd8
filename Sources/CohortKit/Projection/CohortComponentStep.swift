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
    /// How survival and births are computed; ``ProjectionKernel/leslie`` needs shared rates.
    public var kernel: ProjectionKernel
    /// Whether to record deaths and net migrants by cohort
    /// (``ComponentTotals/deathsByAge``, ``ComponentTotals/netMigrantsByAge``).
    public var recordsByAge: Bool

    /// A step with the given migration timing and kernel.
    public init(timing: MigrationTiming = .end, kernel: ProjectionKernel = .structured, recordsByAge: Bool = false) {
        self.timing = timing
        self.kernel = kernel
        self.recordsByAge = recordsByAge
    }

    /// Projects `population` (the end of year Y − 1) one year with `rates`
    /// (the rates of year Y), leaving the end of year Y in `population`, and
    /// returns the year's components.
    ///
    /// - Precondition: every schedule in `rates` has `population`'s number of
    ///   ages; per-column schedules have its number of columns; the
    ///   ``ProjectionKernel/leslie`` kernel needs ``StepRates/isShared``.
    public func apply(_ rates: StepRates, to population: inout PopulationBatch) -> YearComponents {
        let n = population.female.ages
        let columns = population.female.columns
        precondition(population.male.ages == n && population.male.columns == columns,
                     "female and male matrices must have the same shape")
        Self.checkShape(rates, ages: n, columns: columns)
        let omega = n - 1
        var components = YearComponents { _ in ComponentTotals(columns: columns) }

        // 1. Migration timing: under `even` the first half joins P now.
        var start = population
        var later: PopulationBatch? = nil
        // Net migrants applied, by cohort (age at the end of the year), when recorded.
        var byCohort: PopulationBatch? = recordsByAge ? PopulationBatch { _ in AgeMatrix(ages: n, columns: columns) } : nil
        if let migrants = rates.netMigrants {
            var pending = PopulationBatch { _ in AgeMatrix(ages: n, columns: columns) }
            for sex in Sex.allCases {
                let firstHalf = Self.splitMigrants(migrants[sex], timing: timing, start: &start[sex],
                                                   later: &pending[sex], components: &components[sex])
                // A migrant arriving aged a at the start of the year ends it aged a + 1 (ω+ stays ω+).
                if timing == .even, byCohort != nil {
                    for j in 0..<columns {
                        for a in 0...omega { byCohort![sex][Swift.min(a + 1, omega), j] += firstHalf[a, j] }
                    }
                }
            }
            later = pending
        }

        // 2. Survivors of the people present at the start (age 0 comes in step 4).
        var next: PopulationBatch
        var leslie: LeslieMatrix? = nil
        switch kernel {
        case .structured:
            next = PopulationBatch { sex in Self.survive(start[sex], survival: rates.survival[sex]) }
        case .leslie:
            guard case .shared(let sf) = rates.survival.female, case .shared(let sm) = rates.survival.male,
                  case .shared(let f) = rates.fertility, case .shared(let srb) = rates.sexRatioAtBirth
            else { preconditionFailure("the leslie kernel needs survival, fertility and SRB shared by all columns") }
            let matrix = LeslieMatrix(survival: BySex(female: sf, male: sm), fertility: f, sexRatioAtBirth: srb)
            next = matrix.apply(to: start)
            leslie = matrix
        }
        for sex in Sex.allCases {
            let entered = start[sex].columnTotals()
            let survived = next[sex].columnTotals(fromAge: 1)
            for j in 0..<columns { components[sex].deaths[j] = entered[j] - survived[j] }
            if recordsByAge {
                var deaths = AgeMatrix(ages: n, columns: columns)
                for j in 0..<columns {
                    for a in 1..<omega { deaths[a, j] = start[sex][a - 1, j] - next[sex][a, j] }
                    deaths[omega, j] = start[sex][omega - 1, j] + start[sex][omega, j] - next[sex][omega, j]
                }
                components[sex].deathsByAge = deaths
            }
        }

        // 2 (cont.). Under `even`, the second half joins at ages ≥ 1 before births.
        var arrivedWomen: AgeMatrix? = nil
        if timing == .even, let later {
            for sex in Sex.allCases {
                let applied = Self.addMigrants(later[sex], to: &next[sex], ages: 1...omega,
                                               components: &components[sex])
                if sex == .female { arrivedWomen = applied }
                byCohort?[sex].add(applied)
            }
        }

        // 3. Births from the women exposed, averaged over the start and end of the year.
        var births: [Double]
        if let leslie {
            // k(a)·P*_f(a) counts the births of the women present at the start;
            // women who arrived during the year add f(a)·E(a)/2.
            births = Self.weightedSums(start.female, weights: leslie.birthsPerWoman)
            if var arrived = arrivedWomen {
                for i in arrived.storage.indices { arrived.storage[i] /= 2 }
                let extra = Self.fertilitySums(arrived, fertility: rates.fertility)
                for j in 0..<columns { births[j] += extra[j] }
            }
        } else {
            var exposed = AgeMatrix(ages: n, columns: columns)
            for j in 0..<columns {
                exposed[0, j] = start.female[0, j] / 2
                for a in 1...omega { exposed[a, j] = (start.female[a, j] + next.female[a, j]) / 2 }
            }
            births = Self.fertilitySums(exposed, fertility: rates.fertility)
        }

        // 4. Age 0: the year's births that survive to its end, and (`even`) migrants aged 0.
        for sex in Sex.allCases {
            rates.survival[sex].withColumnPointers { survival in
                for j in 0..<columns {
                    let srb = rates.sexRatioAtBirth.value(forColumn: j)
                    let born = births[j] * (sex == .female ? 1 / (1 + srb) : srb / (1 + srb))
                    let infants = survival(j)[0] * born
                    next[sex][0, j] = infants
                    components[sex].births[j] = born
                    components[sex].deaths[j] += born - infants
                    components[sex].deathsByAge?[0, j] = born - infants
                }
            }
            if timing == .even, let later {
                let applied = Self.addMigrants(later[sex], to: &next[sex], ages: 0...0, components: &components[sex])
                byCohort?[sex].add(applied)
            }
        }

        // 5. Under `end`, all net migrants join now.
        if timing == .end, let later {
            for sex in Sex.allCases {
                let applied = Self.addMigrants(later[sex], to: &next[sex], ages: 0...omega, components: &components[sex])
                byCohort?[sex].add(applied)
            }
        }

        for sex in Sex.allCases {
            components[sex].population = next[sex].columnTotals()
            components[sex].netMigrantsByAge = byCohort?[sex]
        }
        population = next
        return components
    }
}
