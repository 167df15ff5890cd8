import CohortKit
import Foundation

extension ScalarBaseline {
    /// One member projected the plain way with explicit rates per year;
    /// `observe` sees the population after each year.
    static func project(
        base: BySex<[Double]>, deathRates: (Int) -> BySex<[Double]>, fertility: (Int) -> [Double],
        srb: (Int) -> Double, migrants: (Int) -> BySex<[Double]>?, years: Int,
        observe: (Int, [Double], [Double], Double) -> Void
    ) {
        var female = base.female, male = base.male
        let omega = female.count - 1
        for y in 0..<years {
            let m = deathRates(y), f = fertility(y), r = srb(y)
            let sf = survival(m.female, male: false), sm = survival(m.male, male: true)
            var nf = [Double](repeating: 0, count: omega + 1), nm = nf
            for a in 1..<omega {
                nf[a] = sf[a] * female[a - 1]
                nm[a] = sm[a] * male[a - 1]
            }
            nf[omega] = sf[omega] * (female[omega - 1] + female[omega])
            nm[omega] = sm[omega] * (male[omega - 1] + male[omega])
            var births = f[0] * female[0] / 2
            for a in 1...omega { births += f[a] * (female[a] + nf[a]) / 2 }
            nf[0] = sf[0] * births / (1 + r)
            nm[0] = sm[0] * births * r / (1 + r)
            if let mig = migrants(y) {
                for a in 0...omega {
                    nf[a] = max(0, nf[a] + mig.female[a])
                    nm[a] = max(0, nm[a] + mig.male[a])
                }
            }
            female = nf
            male = nm
            observe(y, female, male, births)
        }
    }

    /// Workload 2 the plain way: one scenario after another.
    static func scenarios(_ w: Workloads, members: Int) -> [Double] {
        (0..<members).map { j in
            var last = 0.0
            project(
                base: w.taiwan100.basePopulation, deathRates: { w.deathRates[$0] },
                fertility: { y in w.pattern[y].map { $0 * w.tfr[y] * Workloads.scenarioTFRFactor(j) } },
                srb: { w.srb[$0] },
                migrants: { y in w.migrants[y].map { $0.map { $0 * Workloads.scenarioMigrationFactor(j) } } },
                years: Workloads.years
            ) { _, f, m, _ in last = f.reduce(0, +) + m.reduce(0, +) }
            return last
        }
    }

    /// Workload 3 the plain way: draw after draw, every indicator stored, sorted at the end.
    static func stochastic(_ w: Workloads, draws: Int) -> [[[Double]]] {
        var values = [[[Double]]](
            repeating: [[Double]](repeating: [], count: Workloads.years), count: Engine.indicators)
        for j in 0..<draws {
            project(
                base: w.taiwan100.basePopulation,
                deathRates: { y in w.deathRates[y].map { $0.map { $0 * Workloads.mortalityLevel(j, y) } } },
                fertility: { y in w.pattern[y].map { $0 * w.tfr[y] * Workloads.tfrFactor(j, y) } },
                srb: { w.srb[$0] }, migrants: { w.migrants[$0] }, years: Workloads.years
            ) { y, f, m, births in
                var total = 0.0, working = 0.0, old = 0.0
                for a in 0..<f.count {
                    let p = f[a] + m[a]
                    total += p
                    if a >= 15 && a <= 64 { working += p } else if a >= 65 { old += p }
                }
                values[0][y].append(total)
                values[1][y].append(working)
                values[2][y].append(old)
                values[3][y].append(births)
            }
        }
        return values.map { $0.map { Quantiles.type7($0, probabilities: Engine.probabilities) } }
    }

    /// Workload 4's baseline: L·P by three plain loops, for one sex's matrix (column-major, n × n) and a batch.
    static func denseProduct(_ l: [Double], _ p: AgeMatrix) -> [Double] {
        let n = p.ages
        var out = [Double](repeating: 0, count: n * p.columns)
        for j in 0..<p.columns {
            for i in 0..<n {
                var sum = 0.0
                for k in 0..<n { sum += l[i + k * n] * p.storage[k + j * n] }
                out[i + j * n] = sum
            }
        }
        return out
    }
}
