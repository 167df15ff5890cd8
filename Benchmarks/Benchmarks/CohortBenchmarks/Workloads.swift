import CohortKit
import Foundation

/// The inputs of every workload, built once (not measured).
final class Workloads: Sendable {
    static let shared = Workloads()

    /// Years projected by every workload.
    static let years = 100

    /// Taiwan from the end of 2024, 100 years: the bundled medium variant to
    /// 2100, its 2100 rates held for 2101–2124.
    let taiwan100: ProjectionInputs
    /// The same, by part: death rates, fertility shape (summing to 1), TFR, SRB, migrants.
    let deathRates: [BySex<[Double]>]
    let pattern: [[Double]]
    let tfr: [Double]
    let srb: [Double]
    let migrants: [BySex<[Double]>]
    /// The bundled dataset, the taiwan-medium scenario (2025…2070) and the
    /// stochastic models fitted to the dataset (workload 5).
    let taiwanData: Dataset
    let taiwanMedium: ProjectionInputs
    let stochasticModel: StochasticModel
    /// taiwan-medium to 2100 (76 projected years), as `cohort simulate --to 2100` runs it (workload 6).
    let taiwanMedium2100: ScenarioRun

    init() {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/taiwan")
        taiwanData = try! Dataset.load(from: data)
        taiwanMedium = try! DataCatalog(root: data.deletingLastPathComponent()).inputs(forScenario: "taiwan-medium")
            .inputs
        stochasticModel = try! StochasticModel.fit(dataset: taiwanData)
        taiwanMedium2100 = try! DataCatalog(root: data.deletingLastPathComponent()).run(
            "taiwan-medium", overrides: .init(lastYear: 2100))
        var inputs = try! ProjectionInputs.load(from: data)
        while inputs.years.count < Self.years {
            var next = inputs.years.last!
            next.year += 1
            inputs.years.append(next)
        }
        taiwan100 = inputs
        deathRates = inputs.years.map { y in
            y.mortality.map { schedule in
                guard case .deathRates(let m) = schedule else { fatalError("the Taiwan data give death rates") }
                return m
            }
        }
        tfr = inputs.years.map { $0.fertility.reduce(0, +) }
        pattern = inputs.years.map { y in y.fertility.map { $0 / y.fertility.reduce(0, +) } }
        srb = inputs.years.map(\.sexRatioAtBirth)
        migrants = inputs.years.map { $0.netMigrants! }
    }

    /// A reproducible standard-ish random number for (stream, draw, year):
    /// uniform on ±√3 (mean 0, variance 1) from a SplitMix64 hash, so any
    /// member's rates are the same whatever the chunking.
    static func shock(_ stream: UInt64, _ draw: Int, _ year: Int) -> Double {
        var z =
            stream &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(draw) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(year)
            &* 0x94D0_49BB_1331_11EB
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return (Double(z >> 11) / Double(1 << 53) * 2 - 1) * 1.7320508075688772
    }

    /// Workload 2's scenario j of 1,000: TFR × (0.6 … 1.4), migrants × (−1 … +1).
    static func scenarioTFRFactor(_ j: Int) -> Double { 0.6 + 0.8 * Double(j) / 999 }
    static func scenarioMigrationFactor(_ j: Int) -> Double { Double(j) / 499.5 - 1 }

    /// Workload 3's draw j in year y: mortality level and TFR factor.
    static func mortalityLevel(_ j: Int, _ y: Int) -> Double { exp(0.1 * shock(1, j, y)) }
    static func tfrFactor(_ j: Int, _ y: Int) -> Double { exp(0.15 * shock(2, j, y)) }
}
