@testable import CohortKit

/// Random but plausible batch inputs for property tests: ω = 100.
struct RandomInputs {
    var rng: SplitMix64
    let ages = 101

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func population(columns: Int) -> PopulationBatch {
        PopulationBatch { _ in
            AgeMatrix(
                ages: ages, columns: columns,
                storage: (0..<(ages * columns)).map { _ in Double.random(in: 0...200_000, using: &rng) })
        }
    }

    mutating func survival() -> [Double] {
        (0..<ages).map { a in
            a < 60 ? Double.random(in: 0.98...1, using: &rng) : Double.random(in: 0.5...0.99, using: &rng)
        }
    }

    mutating func fertility() -> [Double] {
        (0..<ages).map { a in (15...49).contains(a) ? Double.random(in: 0...0.12, using: &rng) : 0 }
    }

    /// Net migrants of a few thousand either way, with a large outflow at
    /// some ages so that the non-negativity guard has work to do.
    mutating func migration() -> [Double] {
        (0..<ages).map { _ in
            Double.random(in: 0...1, using: &rng) < 0.05 ? -1_000_000 : Double.random(in: -3_000...3_000, using: &rng)
        }
    }

    /// Rates that differ by column.
    mutating func perColumnRates(columns: Int, migration: Bool = true) -> StepRates {
        StepRates(
            survival: BySex { _ in .perColumn(AgeMatrix(columns: (0..<columns).map { _ in survival() })) },
            fertility: .perColumn(AgeMatrix(columns: (0..<columns).map { _ in fertility() })),
            sexRatioAtBirth: .perColumn((0..<columns).map { _ in Double.random(in: 1.0...1.12, using: &rng) }),
            netMigrants: migration
                ? BySex { _ in .perColumn(AgeMatrix(columns: (0..<columns).map { _ in self.migration() })) } : nil)
    }

    /// Rates shared by every column.
    mutating func sharedRates(migration: Bool = true) -> StepRates {
        StepRates(
            survival: BySex { _ in .shared(survival()) },
            fertility: .shared(fertility()),
            sexRatioAtBirth: .shared(Double.random(in: 1.0...1.12, using: &rng)),
            netMigrants: migration ? BySex { _ in .shared(self.migration()) } : nil)
    }
}
