import CohortKit
import Foundation

/// The workloads as the engine runs them.
enum Engine {
    /// Workload 2: `members` scenarios sharing mortality (one life table per
    /// year and sex), each with its own fertility and migration; returns
    /// every scenario's total population in the last year.
    static func scenarios(_ w: Workloads, members: Int) throws -> DrawValues {
        let survival = try w.deathRates.map { rates in
            try BySex { sex in try LifeTable.survivalRatios(deathRates: rates[sex], sex: sex) }
        }
        return try DrawProjection(members: members).run(
            base: w.taiwan100.basePopulation, years: Workloads.years, indicators: 1,
            rates: { y, range in
                let n = w.pattern[y].count
                var fertility = AgeMatrix(ages: n, columns: range.count)
                var migrants = BySex { _ in AgeMatrix(ages: n, columns: range.count) }
                let pattern = w.pattern[y], mf = w.migrants[y].female, mm = w.migrants[y].male
                for (k, j) in range.enumerated() {
                    let tfr = w.tfr[y] * Workloads.scenarioTFRFactor(j), scale = Workloads.scenarioMigrationFactor(j)
                    fertility.withUnsafeMutableColumn(k) { f in for a in 0..<n { f[a] = tfr * pattern[a] } }
                    migrants.female.withUnsafeMutableColumn(k) { m in for a in 0..<n { m[a] = scale * mf[a] } }
                    migrants.male.withUnsafeMutableColumn(k) { m in for a in 0..<n { m[a] = scale * mm[a] } }
                }
                return StepRates(
                    survival: survival[y].map { .shared($0) }, fertility: .perColumn(fertility),
                    sexRatioAtBirth: .shared(w.srb[y]), netMigrants: migrants.map { .perColumn($0) })
            },
            measure: { y, population, _, out in
                guard y == Workloads.years - 1 else { return }
                let f = population.female.columnTotals(), m = population.male.columnTotals()
                for j in out.indices { out[j] = f[j] + m[j] }
            })
    }

    /// The indicators workload 3 keeps: total, 15–64, 65+, births.
    static let indicators = 4
    static let probabilities = [0.025, 0.1, 0.5, 0.9, 0.975]

    /// Workload 3: `draws` draws, each with its own mortality level and TFR
    /// every year (a life table per draw, year and sex); returns the yearly
    /// quantiles of the four indicators, [indicator][year][probability].
    static func stochastic(_ w: Workloads, draws: Int) throws -> [[[Double]]] {
        let values = try DrawProjection(members: draws).run(
            base: w.taiwan100.basePopulation, years: Workloads.years,
            indicators: indicators,
            rates: { y, range in
                let n = w.pattern[y].count
                var survival = BySex { _ in AgeMatrix(ages: n, columns: range.count) }
                var fertility = AgeMatrix(ages: n, columns: range.count)
                var scaled = [Double](repeating: 0, count: n)
                for (k, j) in range.enumerated() {
                    let level = Workloads.mortalityLevel(j, y)
                    for sex in Sex.allCases {
                        let base = w.deathRates[y][sex]
                        scaled.withUnsafeMutableBufferPointer { m in for a in 0..<n { m[a] = base[a] * level } }
                        try scaled.withUnsafeBufferPointer { m in
                            try survival[sex].withUnsafeMutableColumn(k) { s in
                                try LifeTable.survivalRatios(deathRates: m, sex: sex, into: s)
                            }
                        }
                    }
                    let tfr = w.tfr[y] * Workloads.tfrFactor(j, y), pattern = w.pattern[y]
                    fertility.withUnsafeMutableColumn(k) { f in for a in 0..<n { f[a] = tfr * pattern[a] } }
                }
                return StepRates(
                    survival: survival.map { .perColumn($0) }, fertility: .perColumn(fertility),
                    sexRatioAtBirth: .shared(w.srb[y]), netMigrants: w.migrants[y].map { .shared($0) })
            },
            measure: { _, population, components, out in
                let columns = population.female.columns, n = population.female.ages
                population.female.storage.withUnsafeBufferPointer { f in
                    population.male.storage.withUnsafeBufferPointer { m in
                        for j in 0..<columns {
                            var total = 0.0, working = 0.0, old = 0.0
                            for a in 0..<n {
                                let p = f[j * n + a] + m[j * n + a]
                                total += p
                                if a >= 15 && a <= 64 { working += p } else if a >= 65 { old += p }
                            }
                            out[j] = total
                            out[columns + j] = working
                            out[2 * columns + j] = old
                            out[3 * columns + j] = components.female.births[j] + components.male.births[j]
                        }
                    }
                }
            })
        return (0..<indicators).map { i in
            (0..<Workloads.years).map { y in values.quantiles(indicator: i, year: y, probabilities: probabilities) }
        }
    }
}
