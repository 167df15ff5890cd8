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
        else {
            Issue.record("rates should be shared")
            return
        }
        let leslie = LeslieMatrix(survival: BySex(female: sf, male: sm), fertility: f, sexRatioAtBirth: srb)
        let byMatrix = leslie.apply(to: base)
        var byLoop = base
        _ = CohortComponentStep(timing: .end).apply(rates, to: &byLoop)
        for sex in Sex.allCases {
            #expect(allClose(byMatrix[sex].storage, byLoop[sex].storage, relative: 1e-10, absolute: 1e-10 * 200_000))
        }
    }

    @Test("Thirty years of Leslie matrices equal thirty structured steps without migration")
    func thirtyYears() {
        var rng = RandomInputs(seed: 5)
        let base = rng.population(columns: 128)
        let rates = (0..<30).map { _ in rng.sharedRates(migration: false) }
        let structured = Projection.run(
            base: base, baseYear: 2024, rates: rates, step: CohortComponentStep(timing: .end))
        var byMatrix = base
        for (y, r) in rates.enumerated() {
            guard case .shared(let sf) = r.survival.female, case .shared(let sm) = r.survival.male,
                case .shared(let f) = r.fertility, case .shared(let srb) = r.sexRatioAtBirth
            else {
                Issue.record("rates should be shared")
                return
            }
            byMatrix = LeslieMatrix(survival: BySex(female: sf, male: sm), fertility: f, sexRatioAtBirth: srb).apply(
                to: byMatrix)
            for sex in Sex.allCases {
                let a = structured.populations[y + 1][sex].storage
                #expect(
                    allClose(a, byMatrix[sex].storage, relative: 1e-10, absolute: 1e-10 * a.max()!),
                    "year \(y + 1), \(sex)")
            }
        }
    }
}
