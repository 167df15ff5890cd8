import CohortKit
import Foundation

/// The baseline: the same method written as a plain scalar Swift loop, one
/// projection at a time, arrays of Double, no BLAS, no batching.
enum ScalarBaseline {
    /// Survival ratios S(0…ω) from death rates, as DESIGN.md says (Kannisto closure).
    static func survival(_ m: [Double], male: Bool) -> [Double] {
        let omega = m.count - 1
        let m0 = m[0]
        let a0 = male ? (m0 < 0.023 ? 0.14929 - 1.99545 * m0 : m0 < 0.08307 ? 0.02832 + 3.26021 * m0 : 0.29915)
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
        for x in 80..<omega where m[x] > 0 && m[x] < 1 { xs.append(Double(x)); ys.append(log(m[x] / (1 - m[x]))) }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        var sxy = 0.0, sxx = 0.0
        for i in xs.indices { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) * (xs[i] - mx) }
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
        var female = inputs.basePopulation.female, male = inputs.basePopulation.male
        let omega = female.count - 1
        for year in inputs.years {
            guard case .deathRates(let mf) = year.mortality.female, case .deathRates(let mm) = year.mortality.male else { return .nan }
            let sf = survival(mf, male: false), sm = survival(mm, male: true)
            var nf = [Double](repeating: 0, count: omega + 1), nm = nf
            for a in 1..<omega { nf[a] = sf[a] * female[a - 1]; nm[a] = sm[a] * male[a - 1] }
            nf[omega] = sf[omega] * (female[omega - 1] + female[omega])
            nm[omega] = sm[omega] * (male[omega - 1] + male[omega])
            var births = year.fertility[0] * female[0] / 2
            for a in 1...omega { births += year.fertility[a] * (female[a] + nf[a]) / 2 }
            nf[0] = sf[0] * births / (1 + year.sexRatioAtBirth)
            nm[0] = sm[0] * births * year.sexRatioAtBirth / (1 + year.sexRatioAtBirth)
            if let migrants = year.netMigrants {
                for a in 0...omega {
                    nf[a] = max(0, nf[a] + migrants.female[a])
                    nm[a] = max(0, nm[a] + migrants.male[a])
                }
            }
            female = nf
            male = nm
        }
        return female.reduce(0, +) + male.reduce(0, +)
    }
}
