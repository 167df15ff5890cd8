/// The rates of one projection year for a batch: what takes the population
/// at the end of year Y − 1 to the end of year Y.
///
/// Every schedule covers ages 0…ω, the batch's rows. Each may be shared by
/// all columns or given per column (see ``BatchSchedule``).
public struct StepRates: Sendable, Equatable {
    /// S(0…ω) by sex, survival ratios labelled by the age reached at the end
    /// of the year (see ``LifeTable/survivalRatios``).
    public var survival: BySex<BatchSchedule>
    /// f(a), age-specific fertility rates of women aged a (births per woman
    /// per year), ages 0…ω; zero where women bear no children.
    public var fertility: BatchSchedule
    /// Male births per female birth.
    public var sexRatioAtBirth: BatchValue
    /// M(a), net migrants (persons, negative for net emigration) by sex and
    /// age at the end of the year; `nil` for none.
    public var netMigrants: BySex<BatchSchedule>?

    /// Rates from their parts; see the properties for shapes and units.
    public init(
        survival: BySex<BatchSchedule>, fertility: BatchSchedule,
        sexRatioAtBirth: BatchValue, netMigrants: BySex<BatchSchedule>? = nil
    ) {
        self.survival = survival
        self.fertility = fertility
        self.sexRatioAtBirth = sexRatioAtBirth
        self.netMigrants = netMigrants
    }

    /// True when survival, fertility and the sex ratio at birth are the same
    /// for every column (what a Leslie matrix needs).
    public var isShared: Bool {
        if case .shared = survival.female, case .shared = survival.male,
            case .shared = fertility, case .shared = sexRatioAtBirth
        {
            return true
        }
        return false
    }
}
