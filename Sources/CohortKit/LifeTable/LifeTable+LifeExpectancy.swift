extension LifeTable {
    /// e(0) of the table ``LifeTable/init(deathRates:sex:closure:)`` would
    /// build, with the same arithmetic in the same order (so the same bits),
    /// but without building the table: no arrays but one of L(x). For loops
    /// that need many tables' e(0) only (the UN-calibrated k grids).
    ///
    /// - Throws: ``LifeTableError`` as the full table would.
    static func lifeExpectancyAtBirth(
        deathRates mx: UnsafeBufferPointer<Double>, sex: Sex, closure: OpenAgeClosure?
    )
        throws -> Double
    {
        guard mx.count >= 2 else { throw LifeTableError.tooFewAges(mx.count) }
        for age in 0..<mx.count where !(mx[age].isFinite && mx[age] >= 0) {
            throw LifeTableError.invalidDeathRate(age: age, value: mx[age])
        }
        let omega = mx.count - 1
        let closure = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)
        return try [Double](unsafeUninitializedCapacity: omega + 1) { bigL, initialised in
            var l = 1.0
            for x in 0..<omega {
                let a = x == 0 ? AndreevKingkade.infantSeparationFactor(m0: mx[0], sex: sex) : 0.5
                let d = l * deathProbability(m: mx[x], a: a)
                bigL[x] = l - (1 - a) * d
                l -= d
            }
            switch OpenAgeClosure.closure(closure, openAge: omega, openRate: mx[omega]) {
            case .constant:
                guard mx[omega] > 0 else { throw LifeTableError.zeroOpenAgeRate(openAge: omega) }
                bigL[omega] = l / mx[omega]
            case .kannisto:
                let model = try KannistoFit.fit(deathRates: mx, ages: OpenAgeClosure.kannistoFitAges(openAge: omega))
                bigL[omega] = personYearsAbove(
                    age: omega, survivors: l, model: model, lastAge: OpenAgeClosure.kannistoLastAge(openAge: omega))
            }
            initialised = omega + 1
        }.withUnsafeBufferPointer { bigL in
            var running = 0.0
            for x in stride(from: omega, through: 0, by: -1) { running += bigL[x] }
            return running / 1
        }
    }
}
