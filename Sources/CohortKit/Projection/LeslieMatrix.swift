/// The Leslie matrices of one projection year: the linear map from the
/// population at the start of the year, P*, to the population at its end,
/// P′, when no migrants arrive during the year.
///
/// Per sex, a dense `ages × ages` matrix (ages 0…ω), column-major:
/// - sub-diagonal (a, a − 1) = S(a) for 1 ≤ a ≤ ω, and (ω, ω) = S(ω): survival;
/// - female row 0: S_f(0)·k(a)/(1 + SRB): girls born in the year and alive at
///   its end per woman aged a at its start;
/// - male row 0 is zero: boys come from women, through ``maleBirths``.
///
/// k(a), ``birthsPerWoman``, counts the births of the year per woman aged a
/// at its start, with births from the women exposed averaged over the start
/// and end of the year: k(a) = f(a)/2 + f(a + 1)·S(a + 1)/2 for a ≤ ω − 2,
/// k(ω − 1) = f(ω − 1)/2 + f(ω)·S(ω)/2 and k(ω) = f(ω)/2 + f(ω)·S(ω)/2
/// (S female).
///
/// So P′_f = L_f·P*_f and P′_m = L_m·P*_m + e₀·(maleBirths·P*_f), which
/// ``apply(to:)`` computes for a whole batch with `cblas_dgemm`.
public struct LeslieMatrix: Sendable, Equatable {
    /// Number of ages, ω + 1: the matrices are `ages × ages`.
    public let ages: Int
    /// The female matrix, column-major, `ages * ages` values.
    public let female: [Double]
    /// The male matrix (survival only), column-major, `ages * ages` values.
    public let male: [Double]
    /// Boys born in the year and alive at its end, per woman aged a at its
    /// start: S_m(0)·k(a)·SRB/(1 + SRB), `ages` values.
    public let maleBirths: [Double]
    /// k(a): births (both sexes) in the year per woman aged a at its start.
    public let birthsPerWoman: [Double]

    /// The year's matrices from survival ratios S(0…ω) by sex, fertility
    /// f(0…ω) and the sex ratio at birth (male per female birth).
    public init(survival: BySex<[Double]>, fertility f: [Double], sexRatioAtBirth srb: Double) {
        let n = f.count
        precondition(
            n >= 2 && survival.female.count == n && survival.male.count == n,
            "survival and fertility must cover the same ages 0…ω")
        let omega = n - 1
        let sf = survival.female
        var k = Array(repeating: 0.0, count: n)
        for a in 0...omega {
            let next = a + 1 < omega ? f[a + 1] * sf[a + 1] : f[omega] * sf[omega]
            k[a] = f[a] / 2 + next / 2
        }
        let femaleShare = 1 / (1 + srb)
        let maleShare = srb / (1 + srb)

        var lf = Array(repeating: 0.0, count: n * n)
        var lm = Array(repeating: 0.0, count: n * n)
        for sex in Sex.allCases {
            let s = survival[sex]
            func set(_ row: Int, _ column: Int, _ value: Double) {
                if sex == .female { lf[row + column * n] = value } else { lm[row + column * n] = value }
            }
            for a in 1...omega { set(a, a - 1, s[a]) }
            set(omega, omega, s[omega])
        }
        for a in 0...omega { lf[0 + a * n] = survival.female[0] * femaleShare * k[a] }

        self.ages = n
        self.female = lf
        self.male = lm
        self.maleBirths = k.map { survival.male[0] * maleShare * $0 }
        self.birthsPerWoman = k
    }

    /// The element of the `sex` matrix at `row` (age at the end of the year)
    /// and `column` (age at the start).
    public func element(_ sex: Sex, row: Int, column: Int) -> Double {
        (sex == .female ? female : male)[row + column * ages]
    }

    /// P′ = L·P* for every column of `population` (rows must be ``ages``),
    /// through `cblas_dgemm`, plus the boys born to the women of each column.
    public func apply(to population: PopulationBatch) -> PopulationBatch {
        precondition(
            population.female.ages == ages && population.male.ages == ages,
            "population has \(population.female.ages) ages; the Leslie matrix \(ages)")
        let columns = population.female.columns
        var result = PopulationBatch(
            female: AgeMatrix(ages: ages, columns: columns),
            male: AgeMatrix(ages: ages, columns: columns))
        for sex in Sex.allCases {
            let matrix = sex == .female ? female : male
            matrix.withUnsafeBufferPointer { l in
                population[sex].storage.withUnsafeBufferPointer { p in
                    result[sex].withUnsafeMutableBufferPointer { out in
                        BLAS.multiply(
                            l.baseAddress!, p.baseAddress!, into: out.baseAddress!,
                            m: ages, n: columns, k: ages)
                    }
                }
            }
        }
        var boys = Array(repeating: 0.0, count: columns)
        population.female.storage.withUnsafeBufferPointer { p in
            maleBirths.withUnsafeBufferPointer { b in
                boys.withUnsafeMutableBufferPointer { y in
                    BLAS.multiplyTransposed(
                        p.baseAddress!, rows: ages, columns: columns,
                        by: b.baseAddress!, into: y.baseAddress!)
                }
            }
        }
        for j in 0..<columns { result.male[0, j] = boys[j] }
        return result
    }
}
