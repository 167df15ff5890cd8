import CohortKit
import Foundation

/// The baseline: the same method written as a plain scalar Swift loop, one
/// projection at a time, arrays of Double, no BLAS, no batching.
enum ScalarBaseline {
    /// Survival ratios S(0…ω) from death rates, as DESIGN.md says (Kannisto closure).
    static func survival(_ m: [Double], male: Bool) -> [Double] {
        let omega = m.count - 1
        let m0 = m[0]
        let a0 =
            male
            ? (m0 < 0.023 ? 0.14929 - 1.99545 * m0 : m0 < 0.08307 ? 0.02832 + 3.26021 * m0 : 0.29915)
            : (m0 < 0.01724 ? 0.14903 - 2.05527 * m0 : m0 < 0.06891 ? 0.04667 + 3.88089 * m0 : 0.31411)
        var l = [Double](repeating: 0, count: omega + 1)
        var bigL = [Double](repeating: 0, count: omega + 1)
        l[0] = 1
        for x in 0..<omega {
            let a = x == 0 ? a0 : 0.5
            let q = min(1, m[x] / (1 + (1 - a) * m[x]))
            let d = l[x] * q
            l[x + 1] = l[x] - d
            bigL[x] = l[x] - (1 - a) * d
        }
        var xs: [Double] = [], ys: [Double] = []
        for x in 80..<omega where m[x] > 0 && m[x] < 1 {
            xs.append(Double(x))
            ys.append(log(m[x] / (1 - m[x])))
        }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        var sxy = 0.0, sxx = 0.0
        for i in xs.indices {
            sxy += (xs[i] - mx) * (ys[i] - my)
            sxx += (xs[i] - mx) * (xs[i] - mx)
        }
        let b = sxy / sxx, lnA = my - b * mx
        var lx = l[omega], open = 0.0
        for x in omega..<130 {
            let mk = 1 / (1 + exp(-(lnA + b * Double(x))))
            let q = mk / (1 + 0.5 * mk)
            open += lx - 0.5 * lx * q
            lx -= lx * q
        }
        open += lx / (1 / (1 + exp(-(lnA + b * 130))))
        bigL[omega] = open
        var s = [Double](repeating: 0, count: omega + 1)
        s[0] = bigL[0]
        for x in 1..<omega { s[x] = bigL[x - 1] > 0 ? bigL[x] / bigL[x - 1] : 0 }
        s[omega] = (bigL[omega - 1] + bigL[omega]) > 0 ? bigL[omega] / (bigL[omega - 1] + bigL[omega]) : 0
        return s
    }

    /// Projects `inputs` (end timing), returning the total population of the last year.
    static func project(_ inputs: ProjectionInputs) -> Double {
        var total = 0.0
        project(
            base: inputs.basePopulation,
            deathRates: { y in
                inputs.years[y].mortality.map { schedule in
                    guard case .deathRates(let m) = schedule else { fatalError("the baseline needs death rates") }
                    return m
                }
            },
            fertility: { inputs.years[$0].fertility }, srb: { inputs.years[$0].sexRatioAtBirth },
            migrants: { inputs.years[$0].netMigrants }, years: inputs.years.count
        ) { y, f, m, _ in
            if y == inputs.years.count - 1 { total = f.reduce(0, +) + m.reduce(0, +) }
        }
        return total
    }
}
