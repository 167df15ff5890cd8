import Testing
@testable import CohortKit

@Suite("Leslie matrix against the structured step")
struct LeslieMatrixTests {
    @Test("cblas_dgemm with the Leslie matrices equals the structured step on 128 columns")
    func leslieEqualsStructured() {
        var rng = RandomInputs(seed: 31)
        let base = rng.population(columns: 128)
        let rates = rng.sharedRates(migration: false)
        guard case .shared(let sf) = rates.survival.female, case .shared(let sm) = rates.survival.male,
              case .shared(let f) = rates.fertility, case .shared(let srb) = rates.sexRatioAtBirth
        else { Issue.record("rates should be shared"); return }
        let leslie = LeslieMatrix(survival: BySex(female: sf, male: sm), fertility: f, sexRatioAtBirth: srb)
        let byMatrix = leslie.apply(to: base)
        var byLoop = base
        _ = CohortComponentStep(timing: .end, kernel: .structured).apply(rates, to: &byLoop)
        for sex in Sex.allCases {
            #expect(allClose(byMatrix[sex].storage, byLoop[sex].storage, relative: 1e-10, absolute: 1e-10 * 200_000))
        }
    }

    @Test("The leslie kernel and the structured kernel agree over 30 years with migration",
          arguments: MigrationTiming.allCases)
    func kernelsAgree(timing: MigrationTiming) {
        var rng = RandomInputs(seed: 5)
        let base = rng.population(columns: 128)
        let rates = (0..<30).map { _ in rng.sharedRates() }
        let structured = Projection.run(base: base, baseYear: 2024, rates: rates,
                                        step: CohortComponentStep(timing: timing, kernel: .structured))
        let leslie = Projection.run(base: base, baseYear: 2024, rates: rates,
                                    step: CohortComponentStep(timing: timing, kernel: .leslie))
        for year in 2025...2054 {
            for sex in Sex.allCases {
                let a = structured.populations[year - 2024][sex].storage
                let b = leslie.populations[year - 2024][sex].storage
                let scale = a.max()!
                #expect(allClose(a, b, relative: 1e-10, absolute: 1e-10 * scale))
                let ca = structured.components(in: year)![sex], cb = leslie.components(in: year)![sex]
                #expect(allClose(ca.births, cb.births, relative: 1e-10))
                #expect(allClose(ca.deaths, cb.deaths, relative: 1e-10))
                #expect(allClose(ca.netMigrants, cb.netMigrants, relative: 1e-10, absolute: 1e-10 * scale))
            }
        }
    }
}
