extension LifeTable {
    /// The survival ratios of a stochastic draw's life table: the method of
    /// ``LifeTable/init(deathRates:sex:closure:)`` and
    /// ``survivalRatios(deathRates:sex:closure:into:)`` (Andreev–Kingkade a(0),
    /// a = ½ above age 0, q capped at 1, the cohort started again after q = 1,
    /// the Kannisto or constant closure), with the arithmetic arranged for
    /// speed, so its results differ from those by a few units in the last place:
    ///
    /// - above age 0, with h(x) = min(m(x)/2, 1): L(x) = l(x)/(1 + h(x)),
    ///   l(x + 1) = l(x)·(1 − h(x))/(1 + h(x)), and so, from age 2,
    ///   S(x) = L(x)/L(x − 1) = (1 − h(x − 1))/(1 + h(x)): one division per age
    ///   (the reciprocal of 1 + h), and no ratio of two accumulated numbers;
    /// - the Kannisto extension's q = m/(1 + m/2) with m = e^z/(1 + e^z) is
    ///   e^z/(1 + 1.5·e^z): one division per age instead of two;
    /// - logarithms and exponentials from ``PortableFunctions``.
    ///
    /// The block kernels (CCohortKernels) compute the same operations lane by
    /// lane, so every kernel gives these bits (tested); against the full table
    /// they agree within 1e-13 (tested).
    ///
    /// Returns the life expectancy at birth of the same table, e(0) = L(0) + … +
    /// L(ω − 1) + the open interval's person-years, added in that order; where
    /// everybody dies at some age (and the ratios start again from the next),
    /// nobody lives on, so e(0) stops there. The UN-calibrated k grids use it:
    /// the e(0) a draw is given is that of the table its projection uses.
    ///
    /// - Throws: ``LifeTableError`` as the full table would.
    @discardableResult
    static func drawSurvivalRatios(
        deathRates m: UnsafeBufferPointer<Double>, sex: Sex, closure: OpenAgeClosure?,
        into s: UnsafeMutableBufferPointer<Double>
    ) throws -> Double {
        let count = m.count
        guard count >= 2 else { throw LifeTableError.tooFewAges(count) }
        precondition(s.count == count, "the output needs one value per age")
        let omega = count - 1
        let closure = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)
        // Age 0, as in the full table (l(0) = 1).
        let m0 = m[0]
        guard m0.isFinite && m0 >= 0 else { throw LifeTableError.invalidDeathRate(age: 0, value: m0) }
        let a0 = AndreevKingkade.infantSeparationFactor(m0: m0, sex: sex)
        let d0 = deathProbability(m: m0, a: a0)
        var previousL = 1 - (1 - a0) * d0
        s[0] = previousL
        var years = previousL, dead = false
        var l = 1 - d0
        var restarted = false
        if !(l > 0) && 1 < omega {
            l = 1
            restarted = true
            dead = true
        }
        var previousH = 0.0
        for x in 1..<omega {
            let mx = m[x]
            guard mx.isFinite && mx >= 0 else { throw LifeTableError.invalidDeathRate(age: x, value: mx) }
            let h = Swift.min(0.5 * mx, 1)
            let inverse = 1 / (1 + h)
            let bigL = l * inverse
            years += dead ? 0 : bigL
            if x == 1 {
                s[1] = previousL > 0 && !restarted ? bigL / previousL : 0
            } else {
                s[x] = restarted ? 0 : (1 - previousH) * inverse
            }
            previousL = bigL
            previousH = h
            restarted = false
            l = l * ((1 - h) * inverse)
            if !(l > 0) && x + 1 < omega {
                l = 1
                restarted = true
                dead = true
            }
        }
        let mOpen = m[omega]
        guard mOpen.isFinite && mOpen >= 0 else { throw LifeTableError.invalidDeathRate(age: omega, value: mOpen) }
        let open: Double
        switch OpenAgeClosure.closure(closure, openAge: omega, openRate: mOpen) {
        case .constant:
            guard mOpen > 0 else { throw LifeTableError.zeroOpenAgeRate(openAge: omega) }
            open = l / mOpen
        case .kannisto:
            let model = try KannistoFit.fit(
                deathRates: m, ages: OpenAgeClosure.kannistoFitAges(openAge: omega), functions: PortableFunctions.self)
            let growth = fastExp(model.slope)
            var ez = fastExp(model.logA + model.slope * Double(omega))
            var lx = l, total = 0.0
            for _ in omega..<OpenAgeClosure.kannistoLastAge(openAge: omega) {
                // m = e^z/(1 + e^z) and q = m/(1 + m/2); m = 1 (q = 2/3) where e^z is out of range.
                let wide = 1.5 * ez
                let q = wide.isFinite ? ez / (1 + wide) : 1.0 / 1.5
                let dx = lx * q
                total += lx - 0.5 * dx
                lx -= dx
                ez *= growth
            }
            let last = ez.isFinite ? ez / (1 + ez) : 1
            open = total + lx / last
        }
        let t = previousL + open
        s[omega] = t > 0 ? open / t : 0
        return years + (dead ? 0 : open)
    }
}
