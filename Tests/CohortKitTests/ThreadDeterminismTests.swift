import Testing

@testable import CohortKit

/// OpenBLAS's thread count is process-wide; this suite changes it, one test at a time.
@Suite("Results do not depend on OpenBLAS's thread count", .serialized)
struct ThreadDeterminismTests {
    @Test("A 2,000-column batch (births through dgemv) and the Leslie product give the same bits with 1 and 2 threads")
    func sameBits() {
        var rng = RandomInputs(seed: 12)
        let base = rng.population(columns: 2_000)
        let rates = (0..<5).map { _ in rng.sharedRates() }
        let before = OpenBLAS.threadCount
        defer { OpenBLAS.setThreadCount(before) }
        var results: [ProjectionResult] = []
        var leslie: [PopulationBatch] = []
        for threads in [1, 2] {
            OpenBLAS.setThreadCount(threads)
            results.append(Projection.run(base: base, baseYear: 0, rates: rates))
            guard case .shared(let sf) = rates[0].survival.female, case .shared(let sm) = rates[0].survival.male,
                case .shared(let f) = rates[0].fertility, case .shared(let srb) = rates[0].sexRatioAtBirth
            else {
                Issue.record("rates should be shared")
                return
            }
            leslie.append(
                LeslieMatrix(survival: BySex(female: sf, male: sm), fertility: f, sexRatioAtBirth: srb).apply(to: base))
        }
        for sex in Sex.allCases {
            #expect(
                results[0].populations.last![sex].storage.map(\.bitPattern)
                    == results[1].populations.last![sex].storage.map(\.bitPattern))
            #expect(leslie[0][sex].storage.map(\.bitPattern) == leslie[1][sex].storage.map(\.bitPattern))
        }
        #expect(!OpenBLAS.coreName.isEmpty)
    }
}
