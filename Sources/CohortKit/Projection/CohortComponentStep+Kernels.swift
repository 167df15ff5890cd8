extension CohortComponentStep {
    /// Checks that every schedule of `rates` fits a batch of `ages` × `columns`.
    static func checkShape(_ rates: StepRates, ages: Int, columns: Int) {
        // The name is built only when a check fails.
        func check(_ schedule: BatchSchedule, _ name: @autoclosure () -> String) {
            precondition(schedule.ages == ages, "\(name()) covers \(schedule.ages) ages; the population has \(ages)")
            if case .perColumn(let m) = schedule {
                precondition(m.columns == columns, "\(name()) has \(m.columns) columns; the population has \(columns)")
            }
        }
        check(rates.survival.female, "female survival")
        check(rates.survival.male, "male survival")
        check(rates.fertility, "fertility")
        if case .perColumn(let v) = rates.sexRatioAtBirth {
            precondition(
                v.count == columns, "the sex ratio at birth has \(v.count) columns; the population has \(columns)")
        }
        if let m = rates.netMigrants {
            check(m.female, "female net migrants")
            check(m.male, "male net migrants")
        }
    }

    /// Steps 1 and 2 for one sex: P* (with the guarded first half of `even`
    /// migrants, the second half kept in `workspace.later`), survivors P′ at
    /// ages 1…ω, deaths of those present at the start, the guarded second
    /// half of `even` migrants at ages ≥ 1, and for women the women exposed
    /// to childbearing, W(a).
    ///
    /// All of it column by column in one pass, so a column is read from
    /// memory once however large the batch (measured: Benchmarks/README.md,
    /// workload 4, against the year's Leslie matrices through `cblas_dgemm`).
    static func surviveAndMove(
        sex: Sex, population: AgeMatrix, rates: StepRates, timing: MigrationTiming,
        workspace ws: StepWorkspace, components c: inout ComponentTotals
    ) {
        let migrants = rates.netMigrants?[sex]
        let even = timing == .even && migrants != nil
        if even { ws.hasLater = true }
        let step = ColumnStep(n: population.ages, even: even, recording: c.deathsByAge != nil, exposing: sex == .female)
        StepBuffers.with(
            sex: sex, population: population, survival: rates.survival[sex], migrants: migrants,
            workspace: ws, components: &c
        ) { buffers in
            for j in 0..<population.columns {
                let column = buffers.column(j)
                step.firstHalf(column)
                step.secondHalf(column)
            }
        }
    }

    /// Step 3: births of each column, Σₐ f(a)·W(a) with W the women averaged
    /// over the start and end of the year (the end from age 1), one
    /// `cblas_dgemv` for a shared fertility schedule.
    static func births(rates: StepRates, workspace ws: StepWorkspace) -> [Double] {
        // W was filled column by column with the survivors (surviveAndMove).
        fertilitySums(UnsafeBufferPointer(ws.exposed), ages: ws.ages, columns: ws.columns, fertility: rates.fertility)
    }

    /// Steps 4 and 5 for one sex: infants surviving to the end of the year,
    /// migrants aged 0 (`even`) or all end-of-year migrants (`end`), guarded;
    /// the year's totals.
    static func finish(
        sex: Sex, births: [Double], rates: StepRates, timing: MigrationTiming,
        workspace ws: StepWorkspace, components c: inout ComponentTotals
    ) {
        let n = ws.ages, columns = ws.columns
        var deathsByAge = c.deathsByAge, migrantsByAge = c.netMigrantsByAge
        let recording = deathsByAge != nil
        // Migrants still to come: under `even` the second half at age 0, under `end` all of them at every age.
        let laterBase = UnsafePointer(ws.later[sex].baseAddress)
        let pending: BatchSchedule? = timing == .even ? nil : rates.netMigrants?[sex]
        let hasPending = timing == .even ? ws.hasLater : pending != nil
        let migrantAges: ClosedRange<Int> = timing == .even ? 0...0 : 0...(n - 1)
        (pending ?? .shared(ws.zeros)).withColumnPointers { scheduled in
            rates.survival[sex].withColumnPointers { survival in
                ws.next[sex].withUnsafeMutableBufferPointer { next in
                    for j in 0..<columns {
                        let o = j * n
                        let srb = rates.sexRatioAtBirth.value(forColumn: j)
                        let born = births[j] * (sex == .female ? 1 / (1 + srb) : srb / (1 + srb))
                        let infants = survival(j)[0] * born
                        next[o] = infants
                        c.births[j] = born
                        c.deaths[j] += born - infants
                        if recording { deathsByAge![0, j] = born - infants }
                        if hasPending {
                            let m = timing == .even ? laterBase! + j * n : scheduled(j)
                            var net = 0.0, cut = 0.0
                            for a in migrantAges {
                                let wanted = m[a]
                                let moved = Swift.max(wanted, -next[o + a])
                                next[o + a] += moved
                                net += moved
                                cut += moved - wanted
                                if recording { migrantsByAge![a, j] += moved }
                            }
                            c.netMigrants[j] += net
                            c.emigrationCut[j] += cut
                        }
                        var total = 0.0
                        for a in 0..<n { total += next[o + a] }
                        c.population[j] = total
                    }
                }
            }
        }
        c.deathsByAge = deathsByAge
        c.netMigrantsByAge = migrantsByAge
    }

    /// Σₐ f(a)·W(a, j) for every column j: one BLAS matrix–vector product
    /// Wᵀ·f when the fertility schedule is shared, a dot product per column otherwise.
    static func fertilitySums(
        _ w: UnsafeBufferPointer<Double>, ages n: Int, columns: Int, fertility: BatchSchedule
    ) -> [Double] {
        switch fertility {
        case .shared(let f):
            return weightedSums(w, ages: n, columns: columns, weights: f)
        case .perColumn(let f):
            return f.storage.withUnsafeBufferPointer { r in
                (0..<columns).map { j in
                    var sum = 0.0
                    for a in 0..<n { sum += r[a + j * n] * w[a + j * n] }
                    return sum
                }
            }
        }
    }

    /// Wᵀ·weights through `cblas_dgemv`: one weighted sum over ages per column.
    static func weightedSums(_ w: UnsafeBufferPointer<Double>, ages: Int, columns: Int, weights: [Double]) -> [Double] {
        var out = Array(repeating: 0.0, count: columns)
        weights.withUnsafeBufferPointer { f in
            out.withUnsafeMutableBufferPointer { y in
                BLAS.multiplyTransposed(
                    w.baseAddress!, rows: ages, columns: columns, by: f.baseAddress!, into: y.baseAddress!)
            }
        }
        return out
    }
}
