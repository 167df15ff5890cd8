/// The memory one sex's survival-and-migration pass works on, as raw
/// pointers: the population at the end of last year, the workspace's
/// buffers, the year's totals and by-cohort records, and the rates. Built
/// once per sex and year by ``with(sex:population:survival:migrants:workspace:components:_:)``
/// (the only place that holds the arrays' pointers open), it hands each
/// column its slice (``column(_:)``).
struct StepBuffers {
    /// One column's slice: ages 0…ω of each buffer, and its totals.
    struct Column {
        /// P, the population at the end of last year.
        let p: UnsafePointer<Double>
        /// P*, P′, the second half of `even` migrants, and W (women).
        let start, next, later, exposed: UnsafeMutablePointer<Double>
        /// Net migrants (zeros without migration) and survival ratios.
        let m, s: UnsafePointer<Double>
        /// The column's net migrants, emigration cut and deaths of the year.
        let net, cut, deaths: UnsafeMutablePointer<Double>
        /// Deaths and net migrants by cohort, when recorded.
        let deathsByAge, migrantsByAge: UnsafeMutablePointer<Double>?
    }

    let ages: Int
    let p: UnsafePointer<Double>
    let start, next, later, exposed: UnsafeMutablePointer<Double>
    let net, cut, deaths: UnsafeMutablePointer<Double>
    let deathsByAge, migrantsByAge: UnsafeMutablePointer<Double>?
    /// Net migrants and survival ratios: base pointers and the distance between columns (0 when shared).
    let migrants, survival: (base: UnsafePointer<Double>, stride: Int)

    /// Column `j`'s slice.
    @inline(__always)
    func column(_ j: Int) -> Column {
        let o = j * ages
        return Column(
            p: p + o, start: start + o, next: next + o, later: later + o, exposed: exposed + o,
            m: migrants.base + j * migrants.stride, s: survival.base + j * survival.stride, net: net + j, cut: cut + j,
            deaths: deaths + j,
            deathsByAge: deathsByAge.map { $0 + o }, migrantsByAge: migrantsByAge.map { $0 + o })
    }

    /// Calls `body` with the buffers of `sex` for this year; the totals and
    /// records written through them land in `c`.
    static func with(
        sex: Sex, population: AgeMatrix, survival: BatchSchedule, migrants: BatchSchedule?,
        workspace ws: StepWorkspace, components c: inout ComponentTotals, _ body: (StepBuffers) -> Void
    ) {
        var deathsByAge = c.deathsByAge, migrantsByAge = c.netMigrantsByAge
        c.deathsByAge = nil
        c.netMigrantsByAge = nil
        defer {
            c.deathsByAge = deathsByAge
            c.netMigrantsByAge = migrantsByAge
        }
        func records(_ body: (UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void) {
            guard deathsByAge != nil, migrantsByAge != nil else { return body(nil, nil) }
            deathsByAge!.withUnsafeMutableBufferPointer { d in
                migrantsByAge!.withUnsafeMutableBufferPointer { m in body(d.baseAddress, m.baseAddress) }
            }
        }
        let start = ws.start[sex].baseAddress!, later = ws.later[sex].baseAddress!, exposed = ws.exposed.baseAddress!
        population.storage.withUnsafeBufferPointer { p in
            ws.next[sex].withUnsafeMutableBufferPointer { next in
                c.withTotals { net, cut, deaths in
                    records { byAgeDeaths, byAgeMigrants in
                        (migrants ?? .shared(ws.zeros)).withStridedPointer { m, mStride in
                            survival.withStridedPointer { s, sStride in
                                body(
                                    StepBuffers(
                                        ages: population.ages, p: p.baseAddress!, start: start, next: next.baseAddress!,
                                        later: later, exposed: exposed, net: net, cut: cut, deaths: deaths,
                                        deathsByAge: byAgeDeaths, migrantsByAge: byAgeMigrants,
                                        migrants: (m, mStride), survival: (s, sStride)))
                            }
                        }
                    }
                }
            }
        }
    }
}
