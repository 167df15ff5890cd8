extension LifeTable {
    /// Survival ratios S(0…ω), labelled by the age reached at the end of the
    /// projection year (DESIGN.md):
    /// - S(0) = L(0)/l(0): births of the year alive at its end, aged 0;
    /// - S(a) = L(a)/L(a − 1) for 1 ≤ a < ω: people aged a − 1 at the start
    ///   alive at the end, aged a;
    /// - S(ω) = T(ω)/T(ω − 1): people aged ω − 1 and ω+ at the start alive in ω+ at the end.
    ///
    /// A ratio whose denominator is 0 (nobody left alive) is 0. Where q(x) = 1
    /// (a death rate so high that nobody survives age x), the ratios above x + 1
    /// are those of people alive there, as ``survivalRatios(deathRates:sex:closure:into:)``
    /// computes them: one impossible rate kills its own age, not everyone older.
    public var survivalRatios: [Double] {
        let omega = openAge
        if survivors.dropLast().contains(0),
            let conditional = try? LifeTable.survivalRatios(deathRates: deathRates, sex: sex, closure: closure)
        {
            return conditional
        }
        var s = Array(repeating: 0.0, count: omega + 1)
        s[0] = personYears[0] / survivors[0]
        for x in 1..<omega where personYears[x - 1] > 0 {
            s[x] = personYears[x] / personYears[x - 1]
        }
        if personYearsRemaining[omega - 1] > 0 {
            s[omega] = personYearsRemaining[omega] / personYearsRemaining[omega - 1]
        }
        return s
    }
}
