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
            precondition(v.count == columns, "the sex ratio at birth has \(v.count) columns; the population has \(columns)")
        }
        if let m = rates.netMigrants {
            check(m.female, "female net migrants")
            check(m.male, "male net migrants")
        }
    }

    /// The year's Leslie matrices (rates must be shared).
    static func leslieMatrix(_ rates: StepRates) -> LeslieMatrix {
        guard case .shared(let sf) = rates.survival.female, case .shared(let sm) = rates.survival.male,
              case .shared(let f) = rates.fertility, case .shared(let srb) = rates.sexRatioAtBirth
        else { preconditionFailure("the leslie kernel needs survival, fertility and SRB shared by all columns") }
        return LeslieMatrix(survival: BySex(female: sf, male: sm), fertility: f, sexRatioAtBirth: srb)
    }

    /// Steps 1 and 2 for one sex: P* (with the guarded first half of `even`
    /// migrants), survivors P′ at ages 1…ω, deaths of those present at the
    /// start, and the guarded second half of `even` migrants at ages ≥ 1.
    /// Under `end` the migrants wait in `workspace.later`.
    static func surviveAndMove(sex: Sex, population: AgeMatrix, rates: StepRates, timing: MigrationTiming,
                               leslie: LeslieMatrix?, workspace ws: StepWorkspace, components c: inout ComponentTotals) {
        let n = population.ages, columns = population.columns, omega = n - 1
        let migrants = rates.netMigrants?[sex]
        var deathsByAge = c.deathsByAge, migrantsByAge = c.netMigrantsByAge
        let recording = deathsByAge != nil

        population.storage.withUnsafeBufferPointer { p in
            ws.start[sex].withUnsafeMutableBufferPointer { start in
                // 1. P* = P, then the first half of `even` migrants; `later` holds what is still to come.
                start.baseAddress!.update(from: p.baseAddress!, count: n * columns)
                if let migrants {
                    ws.hasLater = true
                    migrants.withColumnPointers { column in
                        ws.later[sex].withUnsafeMutableBufferPointer { later in
                            for j in 0..<columns {
                                let m = column(j), o = j * n
                                guard timing == .even else {
                                    for a in 0..<n { later[o + a] = m[a] }
                                    continue
                                }
                                var net = 0.0, cut = 0.0
                                for a in 0..<n {
                                    let half = m[a] / 2
                                    let moved = Swift.max(half, -start[o + a])
                                    start[o + a] += moved
                                    net += moved
                                    cut += moved - half
                                    later[o + a] = half
                                    // Arriving aged a, they end the year aged a + 1 (ω+ stays ω+).
                                    if recording { migrantsByAge![Swift.min(a + 1, omega), j] += moved }
                                }
                                c.netMigrants[j] += net
                                c.emigrationCut[j] += cut
                            }
                        }
                    }
                }
            }
        }

        // 2. Survivors of those present at the start; deaths = entered − survived.
        if let leslie {
            ws.start[sex].withUnsafeBufferPointer { start in
                ws.next[sex].withUnsafeMutableBufferPointer { next in
                    (sex == .female ? leslie.female : leslie.male).withUnsafeBufferPointer { l in
                        BLAS.multiply(l.baseAddress!, start.baseAddress!, into: next.baseAddress!, m: n, n: columns, k: n)
                    }
                }
            }
        } else {
            rates.survival[sex].withColumnPointers { survival in
                ws.start[sex].withUnsafeBufferPointer { start in
                    ws.next[sex].withUnsafeMutableBufferPointer { next in
                        for j in 0..<columns {
                            let s = survival(j), o = j * n
                            for a in 1..<omega { next[o + a] = s[a] * start[o + a - 1] }
                            next[o + omega] = s[omega] * (start[o + omega - 1] + start[o + omega])
                        }
                    }
                }
            }
        }
        ws.start[sex].withUnsafeBufferPointer { start in
            ws.next[sex].withUnsafeBufferPointer { next in
                for j in 0..<columns {
                    let o = j * n
                    var entered = 0.0, survived = 0.0
                    for a in 0...omega { entered += start[o + a] }
                    for a in 1...omega { survived += next[o + a] }
                    c.deaths[j] = entered - survived
                    if recording {
                        for a in 1..<omega { deathsByAge![a, j] = start[o + a - 1] - next[o + a] }
                        deathsByAge![omega, j] = start[o + omega - 1] + start[o + omega] - next[o + omega]
                    }
                }
            }
        }

        // 2 (cont.). Under `even`, the second half joins at ages ≥ 1 before births.
        if timing == .even, migrants != nil {
            let keepArrived = sex == .female && leslie != nil
            ws.later[sex].withUnsafeBufferPointer { later in
                ws.next[sex].withUnsafeMutableBufferPointer { next in
                    ws.arrivedWomen.withUnsafeMutableBufferPointer { arrived in
                        for j in 0..<columns {
                            let o = j * n
                            var net = 0.0, cut = 0.0
                            if keepArrived { arrived[o] = 0 }
                            for a in 1...omega {
                                let wanted = later[o + a]
                                let moved = Swift.max(wanted, -next[o + a])
                                next[o + a] += moved
                                net += moved
                                cut += moved - wanted
                                if keepArrived { arrived[o + a] = moved }
                                if recording { migrantsByAge![a, j] += moved }
                            }
                            c.netMigrants[j] += net
                            c.emigrationCut[j] += cut
                        }
                    }
                }
            }
        }
        c.deathsByAge = deathsByAge
        c.netMigrantsByAge = migrantsByAge
    }

    /// Step 3: births of each column. Structured: Σₐ f(a)·W(a) with W the
    /// women averaged over the start and end of the year (the end from age 1),
    /// one `cblas_dgemv` for a shared fertility schedule. Leslie: k·P*_f plus
    /// f·E/2 for the women who arrived during the year.
    static func births(rates: StepRates, leslie: LeslieMatrix?, timing: MigrationTiming, workspace ws: StepWorkspace) -> [Double] {
        let n = ws.ages, columns = ws.columns, omega = n - 1
        if let leslie {
            var births = weightedSums(ws.start.female, ages: n, columns: columns, weights: leslie.birthsPerWoman)
            if timing == .even, rates.netMigrants != nil {
                for i in ws.arrivedWomen.indices { ws.arrivedWomen[i] /= 2 }
                let extra = fertilitySums(ws.arrivedWomen, ages: n, columns: columns, fertility: rates.fertility)
                for j in 0..<columns { births[j] += extra[j] }
            }
            return births
        }
        ws.start.female.withUnsafeBufferPointer { p in
            ws.next.female.withUnsafeBufferPointer { q in
                ws.exposed.withUnsafeMutableBufferPointer { w in
                    for j in 0..<columns {
                        let o = j * n
                        w[o] = p[o] / 2
                        for a in 1...omega { w[o + a] = (p[o + a] + q[o + a]) / 2 }
                    }
                }
            }
        }
        return fertilitySums(ws.exposed, ages: n, columns: columns, fertility: rates.fertility)
    }

    /// Steps 4 and 5 for one sex: infants surviving to the end of the year,
    /// migrants aged 0 (`even`) or all end-of-year migrants (`end`), guarded;
    /// the year's totals.
    static func finish(sex: Sex, births: [Double], rates: StepRates, timing: MigrationTiming,
                       workspace ws: StepWorkspace, components c: inout ComponentTotals) {
        let n = ws.ages, columns = ws.columns
        var deathsByAge = c.deathsByAge, migrantsByAge = c.netMigrantsByAge
        let recording = deathsByAge != nil
        let migrantAges: ClosedRange<Int>? = ws.hasLater ? (timing == .even ? 0...0 : 0...(n - 1)) : nil
        rates.survival[sex].withColumnPointers { survival in
            ws.next[sex].withUnsafeMutableBufferPointer { next in
                ws.later[sex].withUnsafeBufferPointer { later in
                    for j in 0..<columns {
                        let o = j * n
                        let srb = rates.sexRatioAtBirth.value(forColumn: j)
                        let born = births[j] * (sex == .female ? 1 / (1 + srb) : srb / (1 + srb))
                        let infants = survival(j)[0] * born
                        next[o] = infants
                        c.births[j] = born
                        c.deaths[j] += born - infants
                        if recording { deathsByAge![0, j] = born - infants }
                        if let ages = migrantAges {
                            var net = 0.0, cut = 0.0
                            for a in ages {
                                let wanted = later[o + a]
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
    static func fertilitySums(_ women: [Double], ages n: Int, columns: Int, fertility: BatchSchedule) -> [Double] {
        switch fertility {
        case .shared(let f):
            return weightedSums(women, ages: n, columns: columns, weights: f)
        case .perColumn(let f):
            return women.withUnsafeBufferPointer { w in
                f.storage.withUnsafeBufferPointer { r in
                    (0..<columns).map { j in
                        var sum = 0.0
                        for a in 0..<n { sum += r[a + j * n] * w[a + j * n] }
                        return sum
                    }
                }
            }
        }
    }

    /// Wᵀ·weights through `cblas_dgemv`: one weighted sum over ages per column.
    static func weightedSums(_ matrix: [Double], ages: Int, columns: Int, weights: [Double]) -> [Double] {
        var out = Array(repeating: 0.0, count: columns)
        matrix.withUnsafeBufferPointer { w in
            weights.withUnsafeBufferPointer { f in
                out.withUnsafeMutableBufferPointer { y in
                    BLAS.multiplyTransposed(w.baseAddress!, rows: ages, columns: columns,
                                            by: f.baseAddress!, into: y.baseAddress!)
                }
            }
        }
        return out
    }
}
