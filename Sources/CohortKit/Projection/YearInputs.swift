/// The assumptions of one projection year Y for one population: the rates
/// that take the population at the end of Y − 1 to the end of Y.
///
/// Every schedule covers ages 0…ω, the base population's ages.
public struct YearInputs: Sendable, Equatable {
    /// The calendar year Y the rates apply to.
    public var year: Int
    /// Mortality by sex: death rates m(a) or survival ratios S(a).
    public var mortality: BySex<MortalitySchedule>
    /// f(a), births per woman aged a per year, ages 0…ω.
    public var fertility: [Double]
    /// Male births per female birth, > 0.
    public var sexRatioAtBirth: Double
    /// M(a), net migrants by sex and age (persons); `nil` for none.
    public var netMigrants: BySex<[Double]>?

    /// The total fertility rate: the sum of ``fertility``, children per woman.
    public var totalFertilityRate: Double { fertility.reduce(0, +) }

    /// A year's inputs from their parts; see the properties for shapes and units.
    public init(
        year: Int, mortality: BySex<MortalitySchedule>, fertility: [Double],
        sexRatioAtBirth: Double, netMigrants: BySex<[Double]>? = nil
    ) {
        self.year = year
        self.mortality = mortality
        self.fertility = fertility
        self.sexRatioAtBirth = sexRatioAtBirth
        self.netMigrants = netMigrants
    }
}
