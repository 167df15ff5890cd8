extension CohortComponentStep {
    /// Checks that every schedule of `rates` fits a batch of `ages` × `columns`.
    static func checkShape(_ rates: StepRates, ages: Int, columns: Int) {
        func check(_ schedule: BatchSchedule, _ name: String) {
            precondition(schedule.ages == ages, "\(name) covers \(schedule.ages) ages; the population has \(ages)")
            if case .perColumn(let m) = schedule {
                precondition(m.columns == columns, "\(name) has \(m.columns) columns; the population has \(columns)")
            }
        }
        for sex in Sex.allCases { check(rates.survival[sex], "\(sex) survival") }
        check(rates.fertility, "fertility")
        if case .perColumn(let v) = rates.sexRatioAtBirth {
            precondition(v.count == columns, "the sex ratio at birth has \(v.count) columns; the population has \(columns)")
        }
        if let m = rates.netMigrants { for sex in Sex.allCases { check(m[sex], "\(sex) net migrants") } }
    }

    /// Step 1 for one sex: under `even`, adds the guarded first half of the
    /// migrants to `start` and leaves the second half in `later`; under
    /// `end`, copies all migrants to `later`. Returns the amounts applied
    /// now, by age at the start of the year (zero under `end`).
    @discardableResult
    static func splitMigrants(_ migrants: BatchSchedule, timing: MigrationTiming, start: inout AgeMatrix,
                              later: inout AgeMatrix, components: inout ComponentTotals) -> AgeMatrix {
        let n = start.ages
        let columns = start.columns
        var appliedNow = AgeMatrix(ages: n, columns: columns)
        var net = components.netMigrants
        var cut = components.emigrationCut
        migrants.withColumnPointers { column in
            start.storage.withUnsafeMutableBufferPointer { p in
                later.storage.withUnsafeMutableBufferPointer { e in
                    for j in 0..<columns {
                        let m = column(j)
                        let o = j * n
                        for a in 0..<n {
                            switch timing {
                            case .end:
                                e[o + a] = m[a]
                            case .even:
                                let half = m[a] / 2
                                let applied = Swift.max(half, -p[o + a])
                                p[o + a] += applied
                                appliedNow.storage[o + a] = applied
                                net[j] += applied
                                cut[j] += applied - half
                                e[o + a] = half
                            }
                        }
                    }
                }
            }
        }
        components.netMigrants = net
        components.emigrationCut = cut
        return appliedNow
    }

    /// Step 2 for one sex by the structured loop: P′(a) = S(a)·P*(a − 1) for
    /// 1 ≤ a < ω, P′(ω) = S(ω)·(P*(ω − 1) + P*(ω)), P′(0) = 0.
    static func survive(_ start: AgeMatrix, survival: BatchSchedule) -> AgeMatrix {
        let n = start.ages
        let omega = n - 1
        var out = AgeMatrix(ages: n, columns: start.columns)
        survival.withColumnPointers { column in
            start.storage.withUnsafeBufferPointer { p in
                out.storage.withUnsafeMutableBufferPointer { q in
                    for j in 0..<start.columns {
                        let s = column(j)
                        let o = j * n
                        for a in 1..<omega { q[o + a] = s[a] * p[o + a - 1] }
                        q[o + omega] = s[omega] * (p[o + omega - 1] + p[o + omega])
                    }
                }
            }
        }
        return out
    }

    /// Adds `migrants` at `ages` to `population`, guarded so that no age
    /// goes below zero; books what was applied and what was cut in
    /// `components`. Returns the amounts applied (zero outside `ages`).
    static func addMigrants(_ migrants: AgeMatrix, to population: inout AgeMatrix, ages: ClosedRange<Int>,
                            components: inout ComponentTotals) -> AgeMatrix {
        let n = population.ages
        let columns = population.columns
        var applied = AgeMatrix(ages: n, columns: columns)
        var net = components.netMigrants
        var cut = components.emigrationCut
        migrants.storage.withUnsafeBufferPointer { m in
            population.storage.withUnsafeMutableBufferPointer { p in
                applied.storage.withUnsafeMutableBufferPointer { out in
                    for j in 0..<columns {
                        for a in ages {
                            let i = a + j * n
                            let moved = Swift.max(m[i], -p[i])
                            p[i] += moved
                            out[i] = moved
                            net[j] += moved
                            cut[j] += moved - m[i]
                        }
                    }
                }
            }
        }
        components.netMigrants = net
        components.emigrationCut = cut
        return applied
    }

    /// Σₐ f(a)·W(a, j) for every column j: one BLAS matrix–vector product
    /// Wᵀ·f when the fertility schedule is shared, a dot product per column otherwise.
    static func fertilitySums(_ women: AgeMatrix, fertility: BatchSchedule) -> [Double] {
        switch fertility {
        case .shared(let f):
            return weightedSums(women, weights: f)
        case .perColumn(let f):
            let n = women.ages
            return women.storage.withUnsafeBufferPointer { w in
                f.storage.withUnsafeBufferPointer { r in
                    (0..<women.columns).map { j in
                        var sum = 0.0
                        for a in 0..<n { sum += r[a + j * n] * w[a + j * n] }
                        return sum
                    }
                }
            }
        }
    }

    /// Wᵀ·weights through `cblas_dgemv`: one weighted sum over ages per column.
    static func weightedSums(_ matrix: AgeMatrix, weights: [Double]) -> [Double] {
        var out = Array(repeating: 0.0, count: matrix.columns)
        matrix.storage.withUnsafeBufferPointer { w in
            weights.withUnsafeBufferPointer { f in
                out.withUnsafeMutableBufferPointer { y in
                    BLAS.multiplyTransposed(w.baseAddress!, rows: matrix.ages, columns: matrix.columns,
                                            by: f.baseAddress!, into: y.baseAddress!)
                }
            }
        }
        return out
    }
}
