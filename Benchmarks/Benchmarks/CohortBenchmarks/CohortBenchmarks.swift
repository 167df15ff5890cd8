import Benchmark
import CohortKit
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 1,
                                           maxDuration: .seconds(3), maxIterations: 1_000)
    let w = Workloads.shared

    Benchmark("1 Taiwan 100 years: engine") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Projection.run(w.taiwan100)) }
    }
    Benchmark("1 Taiwan 100 years: scalar baseline") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScalarBaseline.project(w.taiwan100)) }
    }
}
