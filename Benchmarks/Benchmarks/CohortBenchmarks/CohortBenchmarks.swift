import Benchmark
import CohortKit
import Foundation

/// Cohort's workloads (Benchmarks/README.md). Each engine benchmark has a
/// "scalar baseline" twin: the same work as a plain Swift loop.
let benchmarks: @Sendable () -> Void = {
    // Microseconds throughout: with automatic units a sub-millisecond median printed as "0 ms".
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds, warmupIterations: 1,
        maxDuration: .seconds(4), maxIterations: 200)
    let slow = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds, warmupIterations: 1,
        maxDuration: .seconds(20), maxIterations: 5)
    let w = Workloads.shared

    // 1. One deterministic Taiwan projection, 100 years, life tables included.
    Benchmark("1 taiwan 100y: engine") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Projection.run(w.taiwan100)) }
    }
    Benchmark("1 taiwan 100y: scalar baseline") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScalarBaseline.project(w.taiwan100)) }
    }

    // 2. 1,000 scenarios sharing mortality, differing in fertility and migration.
    Benchmark("2 scenarios 1000x100y: engine") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Engine.scenarios(w, members: 1_000)) }
    }
    Benchmark("2 scenarios 1000x100y: scalar baseline", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScalarBaseline.scenarios(w, members: 1_000)) }
    }

    // 3. 10,000 stochastic draws, life tables per draw, year and sex; yearly quantiles.
    Benchmark("3 stochastic 10000x100y: engine", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Engine.stochastic(w, draws: 10_000)) }
    }
    Benchmark("3 stochastic 10000x100y: scalar baseline", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScalarBaseline.stochastic(w, draws: 10_000)) }
    }

    // 5. cohort simulate's work: taiwan-medium to 2070 (46 years), 10,000 draws of
    // Lee–Carter mortality, logit-TFR and migration; the baseline is the same engine
    // one draw at a time on one thread (no batching, no threads). And the model fit.
    Benchmark("5 simulate 10000x46y: engine", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                try StochasticProjection(
                    inputs: w.taiwanMedium, model: w.stochasticModel,
                    options: SimulationOptions(draws: 10_000, seed: 1)
                ).run())
        }
    }
    // The same with the UN-calibrated uncertainty (issue 16): draws from the UN's published
    // quantiles, each draw's k found on a grid of life tables.
    Benchmark("5 simulate 10000x46y: UN-calibrated engine", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                try StochasticProjection(
                    inputs: w.taiwanMedium, model: w.stochasticModel,
                    options: SimulationOptions(draws: 10_000, seed: 1, uncertainty: .un),
                    bounds: w.taiwanData.projectionBounds
                ).run())
        }
    }
    Benchmark("5 simulate 10000x46y: one draw at a time", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                try StochasticProjection(
                    inputs: w.taiwanMedium, model: w.stochasticModel,
                    options: SimulationOptions(draws: 10_000, seed: 1, threads: 1, chunkSize: 1)
                ).run())
        }
    }
    // 6. cohort simulate as issue 17 measures it: taiwan-medium 2025–2100, 10,000 draws, the default
    // (UN-calibrated) uncertainty, and quantiles.csv's quantiles of every indicator and year; one
    // benchmark per kernel this CPU runs (scalar: Swift, one draw at a time per chunk, the baseline),
    // with the phases as custom metrics (microseconds).
    let phases: [BenchmarkMetric] = [.custom("phase paths"), .custom("phase projection"), .custom("phase quantiles")]
    for kernel in SimulationKernel.supported {
        let configuration = Benchmark.Configuration(
            metrics: [.wallClock, .peakMemoryResident] + phases, timeUnits: .microseconds, warmupIterations: 1,
            maxDuration: .seconds(20), maxIterations: 7)
        Benchmark("6 simulate 10000x76y: \(kernel.rawValue)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                let result = try w.taiwanMedium2100.simulate(
                    SimulationOptions(draws: 10_000, seed: 1, kernel: kernel), model: w.stochasticModel)
                let clock = ContinuousClock(), start = clock.now
                let table = result.quantilesTable(probabilities: [0.025, 0.1, 0.5, 0.9, 0.975])
                let quantiles = clock.now - start
                func micro(_ d: Duration) -> Int { Int(d / .microseconds(1)) }
                benchmark.measurement(phases[0], micro(result.timings.paths))
                benchmark.measurement(phases[1], micro(result.timings.projection))
                benchmark.measurement(phases[2], micro(quantiles))
                blackHole(table)
            }
        }
    }

    Benchmark("5 fit stochastic models") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try StochasticModel.fit(dataset: w.taiwanData)) }
    }

    // 4. The year's Leslie matrices through cblas_dgemm (LeslieMatrix.apply, the
    // demographic object; no longer a kernel of the engine) against the structured
    // step inside Projection.run: ten years of 2025's rates, no migration.
    let rates2025 = try! Projection.stepRates(for: w.taiwan100.years[0].withoutMigration)
    let tenYears = Array(repeating: rates2025, count: 10)
    for columns in [1, 100, 10_000] {
        let batch = PopulationBatch { AgeMatrix(repeating: w.taiwan100.basePopulation[$0], columns: columns) }
        let leslie = LeslieMatrix(
            survival: rates2025.survival.map { schedule in
                guard case .shared(let s) = schedule else { fatalError() }
                return s
            }, fertility: w.taiwan100.years[0].fertility, sexRatioAtBirth: w.taiwan100.years[0].sexRatioAtBirth)
        Benchmark("4 leslie dgemm 10y \(columns) columns") { benchmark in
            for _ in benchmark.scaledIterations {
                var p = batch
                for _ in 0..<10 { p = leslie.apply(to: p) }
                blackHole(p)
            }
        }
        Benchmark("4 structured 10y \(columns) columns") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(Projection.run(base: batch, baseYear: 2024, rates: tenYears, step: .init()))
            }
        }
        Benchmark("4 leslie 10y \(columns) columns: scalar baseline") { benchmark in
            for _ in benchmark.scaledIterations {
                var p = batch
                for _ in 0..<10 {
                    p = PopulationBatch(
                        female: AgeMatrix(
                            ages: p.female.ages, columns: columns,
                            storage: ScalarBaseline.denseProduct(leslie.female, p.female)),
                        male: AgeMatrix(
                            ages: p.male.ages, columns: columns,
                            storage: ScalarBaseline.denseProduct(leslie.male, p.male)))
                }
                blackHole(p)
            }
        }
    }
}

extension YearInputs {
    /// The same year with no migration.
    var withoutMigration: YearInputs {
        var copy = self
        copy.netMigrants = nil
        return copy
    }
}
