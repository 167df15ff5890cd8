import Foundation

/// Which history years and bounds ``StochasticModel/fit(dataset:settings:)`` uses.
public struct StochasticFitSettings: Sendable, Equatable {
    /// Mortality years; nil = every year with deaths and both populations (Taiwan: 1993…2023).
    public var mortalityYears: ClosedRange<Int>?
    /// First age of the last mortality group (default 95: Taiwan's deaths stop at 95+ before 1998).
    public var mortalityGroupAge: Int
    /// TFR years (default 1984…2023: since Taiwan's TFR fell below 2.1).
    public var fertilityYears: ClosedRange<Int>
    /// Bounds of the TFR logit (default 0…3 children per woman).
    public var tfrBounds: ClosedRange<Double>
    /// Net migration years (default 1993…2023, the mortality years).
    public var migrationYears: ClosedRange<Int>

    /// Settings with the defaults above.
    public init(
        mortalityYears: ClosedRange<Int>? = nil, mortalityGroupAge: Int = 95,
        fertilityYears: ClosedRange<Int> = 1984...2023, tfrBounds: ClosedRange<Double> = 0...3,
        migrationYears: ClosedRange<Int> = 1993...2023
    ) {
        self.mortalityYears = mortalityYears
        self.mortalityGroupAge = mortalityGroupAge
        self.fertilityYears = fertilityYears
        self.tfrBounds = tfrBounds
        self.migrationYears = migrationYears
    }
}
