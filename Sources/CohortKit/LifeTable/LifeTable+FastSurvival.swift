import Foundation

extension LifeTable {
    /// Survival ratios S(0…ω) straight from death rates, without building the
    /// whole table: the same arithmetic as ``LifeTable/init(deathRates:sex:closure:)``
    /// followed by ``LifeTable/survivalRatios``, no allocation. For batches
    /// that need a life table per member per year.
    ///
    /// - Parameters:
    ///   - m: m(0…ω), finite and ≥ 0.
    ///   - sex: selects the Andreev–Kingkade a(0) rule.
    ///   - closure: how to close ω+; `nil` takes ``OpenAgeClosure/defaultClosure(openAge:)``.
    ///   - s: receives S(0…ω); `s.count == m.count`.
    /// - Throws: ``LifeTableError`` as the full table would.
    public static func survivalRatios(
        deathRates m: UnsafeBufferPointer<Double>, sex: Sex, closure: OpenAgeClosure? = nil,
        into s: UnsafeMutableBufferPointer<Double>
    ) throws {
        let count = m.count
        guard count >= 2 else { throw LifeTableError.tooFewAges(count) }
        precondition(s.count == count, "the output needs one value per age")
        let omega = count - 1
        let closure = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)
        var l = 1.0
        var previousL = 0.0
        var restarted = false
        for x in 0..<omega {
            let mx = m[x]
            guard mx.isFinite && mx >= 0 else { throw LifeTableError.invalidDeathRate(age: x, value: mx) }
            let a = x == 0 ? AndreevKingkade.infantSeparationFactor(m0: mx, sex: sex) : 0.5
            let d = l * deathProbability(m: mx, a: a)
            let bigL = l - (1 - a) * d
            if x == 0 { s[0] = bigL } else { s[x] = previousL > 0 && !restarted ? bigL / previousL : 0 }
            previousL = bigL
            restarted = false
            l -= d
            // q(x) = 1: nobody of the table's cohort reaches x + 1. The ratios
            // above are conditional on being alive there, so the cohort starts
            // again at 1: one impossible rate kills the people of its own age,
            // not everyone older.
            if !(l > 0) && x + 1 < omega {
                l = 1
                restarted = true
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
            let model = try KannistoFit.fit(deathRates: m, ages: OpenAgeClosure.kannistoFitAges(openAge: omega))
            open = personYearsAbove(
                age: omega, survivors: l, model: model, lastAge: OpenAgeClosure.kannistoLastAge(openAge: omega))
        }
        let t = previousL + open
        s[omega] = t > 0 ? open / t : 0
    }

    /// ``survivalRatios(deathRates:sex:closure:into:)`` returning an array.
    public static func survivalRatios(deathRates: [Double], sex: Sex, closure: OpenAgeClosure? = nil) throws -> [Double]
    {
        var s = [Double](repeating: 0, count: deathRates.count)
        try deathRates.withUnsafeBufferPointer { m in
            try s.withUnsafeMutableBufferPointer {
                try survivalRatios(deathRates: m, sex: sex, closure: closure, into: $0)
            }
        }
        return s
    }
}
