import Foundation

/// A period life table by single year of age, built from central death rates.
///
/// Ages run 0…ω, the last row being the open group ω+. Every column is an
/// array of `openAge + 1` values indexed by age. The radix is l(0) = 1, so
/// `survivors`, `deaths`, `personYears` and `personYearsRemaining` are
/// fractions of one newborn.
///
/// The construction (DESIGN.md, "Life table from m(a)"):
/// - a(0) from m(0) by the ``AndreevKingkade`` rule; a(x) = 0.5 for 1 ≤ x < ω;
/// - q(x) = m(x) / (1 + (1 − a(x))·m(x)), capped at 1 (a rate above 1/(1 − a),
///   such as m > 2 at a = 0.5, would otherwise give q > 1: the cap means every
///   survivor dies in the year);
/// - l(0) = 1, d(x) = l(x)·q(x), l(x+1) = l(x) − d(x), L(x) = l(x) − (1 − a(x))·d(x);
/// - the open group ω+ has q = 1, d = l, and L(ω) from the ``OpenAgeClosure``;
///   its reported m(ω) is l(ω)/L(ω) and a(ω) is L(ω)/l(ω), the values the closure implies;
/// - T(x) = Σ_{y ≥ x} L(y) and e(x) = T(x)/l(x) (0 where l(x) = 0).
///
/// ```swift
/// let table = try LifeTable(deathRates: mx, sex: .female)   // kannisto for ω ≥ 90
/// print(table.lifeExpectancy[0])                             // e(0), years
/// let s = table.survivalRatios                               // S(0…ω)
/// ```
public struct LifeTable: Sendable, Equatable {
    /// The sex the table describes (it selects the a(0) rule).
    public let sex: Sex
    /// How the open age group was closed.
    public let closure: OpenAgeClosure
    /// The Kannisto model fitted for the closure, when ``closure`` is `kannisto`.
    public let kannisto: KannistoFit?
    /// m(x), central death rates (deaths per person-year); m(ω) as implied by the closure.
    public let deathRates: [Double]
    /// a(x), the average fraction of the interval lived by those who die in it.
    public let separationFactors: [Double]
    /// q(x), the probability of dying between ages x and x + 1 (1 for the open group).
    public let deathProbabilities: [Double]
    /// l(x), survivors to exact age x out of one newborn.
    public let survivors: [Double]
    /// d(x), deaths between ages x and x + 1 out of one newborn.
    public let deaths: [Double]
    /// L(x), person-years lived between ages x and x + 1 (all ages ≥ ω for the open group).
    public let personYears: [Double]
    /// T(x), person-years lived at ages x and over.
    public let personYearsRemaining: [Double]
    /// e(x), life expectancy at exact age x, in years.
    public let lifeExpectancy: [Double]

    /// The open age ω (the last row is the group ω+).
    public var openAge: Int { deathRates.count - 1 }

    /// Life expectancy at birth e(0), in years.
    public var lifeExpectancyAtBirth: Double { lifeExpectancy[0] }

    /// Builds the table from central death rates m(0…ω) for `sex`.
    ///
    /// - Parameters:
    ///   - mx: m(x) for x = 0…ω (deaths per person-year), finite and ≥ 0;
    ///     the last value is the open group's rate (ignored by the `kannisto` closure).
    ///   - sex: selects the Andreev–Kingkade a(0) rule.
    ///   - closure: how to close ω+; `nil` takes ``OpenAgeClosure/defaultClosure(openAge:)``.
    /// - Throws: ``LifeTableError`` for invalid rates or an impossible closure.
    public init(deathRates mx: [Double], sex: Sex, closure: OpenAgeClosure? = nil) throws {
        guard mx.count >= 2 else { throw LifeTableError.tooFewAges(mx.count) }
        for (age, m) in mx.enumerated() where !(m.isFinite && m >= 0) {
            throw LifeTableError.invalidDeathRate(age: age, value: m)
        }
        let omega = mx.count - 1
        let closure = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)

        var a = Array(repeating: 0.5, count: omega + 1)
        var q = Array(repeating: 1.0, count: omega + 1)
        var l = Array(repeating: 0.0, count: omega + 1)
        var d = Array(repeating: 0.0, count: omega + 1)
        var bigL = Array(repeating: 0.0, count: omega + 1)
        var m = mx
        a[0] = AndreevKingkade.infantSeparationFactor(m0: mx[0], sex: sex)

        l[0] = 1
        for x in 0..<omega {
            q[x] = Self.deathProbability(m: mx[x], a: a[x])
            d[x] = l[x] * q[x]
            l[x + 1] = l[x] - d[x]
            bigL[x] = l[x] - (1 - a[x]) * d[x]
        }

        // The open group ω+.
        var fit: KannistoFit? = nil
        d[omega] = l[omega]
        let used = OpenAgeClosure.closure(closure, openAge: omega, openRate: mx[omega])
        switch used {
        case .constant:
            guard mx[omega] > 0 else { throw LifeTableError.zeroOpenAgeRate(openAge: omega) }
            bigL[omega] = l[omega] / mx[omega]
        case .kannisto:
            let model = try KannistoFit.fit(deathRates: mx, ages: OpenAgeClosure.kannistoFitAges(openAge: omega))
            fit = model
            let last = OpenAgeClosure.kannistoLastAge(openAge: omega)
            bigL[omega] = Self.personYearsAbove(age: omega, survivors: l[omega], model: model, lastAge: last)
        }
        if bigL[omega] > 0 {
            m[omega] = l[omega] / bigL[omega]
            a[omega] = bigL[omega] / l[omega]
        }

        var t = Array(repeating: 0.0, count: omega + 1)
        var running = 0.0
        for x in stride(from: omega, through: 0, by: -1) {
            running += bigL[x]
            t[x] = running
        }
        let e = (0...omega).map { l[$0] > 0 ? t[$0] / l[$0] : 0 }

        self.sex = sex
        self.closure = used
        self.kannisto = fit
        self.deathRates = m
        self.separationFactors = a
        self.deathProbabilities = q
        self.survivors = l
        self.deaths = d
        self.personYears = bigL
        self.personYearsRemaining = t
        self.lifeExpectancy = e
    }

    /// q = m / (1 + (1 − a)·m), capped at 1.
    static func deathProbability(m: Double, a: Double) -> Double {
        min(1, m / (1 + (1 - a) * m))
    }

    /// Person-years lived at ages ≥ `age` by `survivors` people reaching it,
    /// with rates from `model` at every age from `age` to `lastAge` − 1
    /// (a = 0.5) and a constant rate m(`lastAge`) for the group `lastAge`+.
    /// The model's e^z is carried from age to age by multiplying by e^B, so
    /// the whole extension costs two exponentials.
    static func personYearsAbove(age: Int, survivors: Double, model: KannistoFit, lastAge: Int) -> Double {
        let growth = exp(model.slope)
        var ez = exp(model.logA + model.slope * Double(age))
        var lx = survivors
        var total = 0.0
        for _ in age..<lastAge {
            let m = ez.isFinite ? ez / (1 + ez) : 1
            let dx = lx * deathProbability(m: m, a: 0.5)
            total += lx - 0.5 * dx
            lx -= dx
            ez *= growth
        }
        let last = ez.isFinite ? ez / (1 + ez) : 1
        return total + lx / last
    }
}
