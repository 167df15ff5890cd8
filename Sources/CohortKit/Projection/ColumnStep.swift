/// Steps 1 and 2 of the projection for one column of one sex, on raw
/// pointers (column-major, `n` ages): what ``CohortComponentStep`` runs for
/// every column, so that a column is read from memory once per year.
struct ColumnStep {
    let n: Int
    /// `even` timing with migrants this year.
    let even: Bool
    /// Record deaths and migrants by cohort.
    let recording: Bool
    /// Fill W(a), the women exposed (women).
    let exposing: Bool

    /// P* = P plus the guarded first half of `even` migrants (the second half
    /// kept in `later`); then, with survival ratios, the survivors P′(1…ω) and
    /// the deaths of those present at the start (entered − survived).
    @inline(__always)
    func firstHalf(_ c: StepBuffers.Column) {
        let omega = n - 1
        var net = c.net.pointee, cut = c.cut.pointee
        if even {
            for a in 0..<n {
                let half = c.m[a] / 2
                let moved = Swift.max(half, -c.p[a])
                c.start[a] = c.p[a] + moved
                net += moved
                cut += moved - half
                c.later[a] = half
                // Arriving aged a, they end the year aged a + 1 (ω+ stays ω+).
                if let byAge = c.migrantsByAge { byAge[Swift.min(a + 1, omega)] += moved }
            }
        } else {
            c.start.update(from: c.p, count: n)
        }
        c.net.pointee = net
        c.cut.pointee = cut
        let s = c.s
        var entered = c.start[0], survived = 0.0
        for a in 1..<omega {
            let v = s[a] * c.start[a - 1]
            c.next[a] = v
            survived += v
            entered += c.start[a]
        }
        entered += c.start[omega]
        let open = s[omega] * (c.start[omega - 1] + c.start[omega])
        c.next[omega] = open
        c.deaths.pointee = entered - (survived + open)
    }

    /// Deaths by cohort, the guarded second half of `even` migrants at ages
    /// ≥ 1, and W(a) for births.
    @inline(__always)
    func secondHalf(_ c: StepBuffers.Column) {
        let omega = n - 1
        if let byAge = c.deathsByAge {
            for a in 1..<omega { byAge[a] = c.start[a - 1] - c.next[a] }
            byAge[omega] = c.start[omega - 1] + c.start[omega] - c.next[omega]
        }
        if even {
            var net = c.net.pointee, cut = c.cut.pointee
            for a in 1...omega {
                let wanted = c.later[a]
                let moved = Swift.max(wanted, -c.next[a])
                c.next[a] += moved
                net += moved
                cut += moved - wanted
                if let byAge = c.migrantsByAge { byAge[a] += moved }
            }
            c.net.pointee = net
            c.cut.pointee = cut
        }
        if exposing {
            c.exposed[0] = c.start[0] / 2
            for a in 1...omega { c.exposed[a] = (c.start[a] + c.next[a]) / 2 }
        }
    }
}
