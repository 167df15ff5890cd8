/// How the labour force changed from the end of one year to the end of the
/// next, in persons, cohort by cohort (a cohort aged x − 1 at the end of
/// Y − 1 is aged x at the end of Y; P = population, r = participation rate):
///
/// - **entrants**: the cohorts whose participation rises with age,
///   Σ P(x − 1, Y − 1) · (r(x, Y − 1) − r(x − 1, Y − 1)) over the rising terms
///   (reaching the ages where people start work);
/// - **exits**: the same over the falling terms, as a positive number
///   (reaching the ages where people stop work);
/// - **rate change**: Σ P(x − 1, Y − 1) · (r(x, Y) − r(x, Y − 1)), the change
///   of the schedule itself (a participation scenario);
/// - **deaths** and **net migrants**: Σ (P(x, Y) − P(x − 1, Y − 1)) · r(x, Y),
///   the cohorts' own change at the rate they end the year with; deaths are
///   −Σ D(x) · r(x, Y) with D the cohort's deaths in the year, net migrants the rest.
///
/// The open group ω takes the cohorts aged ω − 1 and ω; age 0 takes the
/// year's births. So ``change`` = entrants − exits + rate change + deaths +
/// net migrants exactly, every year.
public struct LabourForceFlows: Sendable, Equatable {
    /// People joining the labour force by ageing into ages of higher participation.
    public var entrants: Double
    /// People leaving it by ageing into ages of lower participation (positive).
    public var exits: Double
    /// The change from the rates' own change between the two years.
    public var rateChange: Double
    /// Workers lost to deaths (negative), at the cohort's participation; `nil`
    /// without deaths by age (``ProjectionOptions/recordsByAge``).
    public var deaths: Double?
    /// The workers net migration adds (of either sign), the rest of the cohorts' own
    /// change (with ``deaths`` `nil`: deaths and migration together).
    public var netMigrants: Double
    /// LF(Y) − LF(Y − 1).
    public var change: Double
    /// ``entrants`` by the age the cohorts reach at the end of the year, 0…ω, both sexes.
    public var entrantsByAge: [Double] = []
    /// ``exits`` by the age the cohorts reach at the end of the year, 0…ω, both sexes (positive).
    public var exitsByAge: [Double] = []

    /// Flows from their parts.
    public init(
        entrants: Double, exits: Double, rateChange: Double, deaths: Double?, netMigrants: Double, change: Double
    ) {
        self.entrants = entrants
        self.exits = exits
        self.rateChange = rateChange
        self.deaths = deaths
        self.netMigrants = netMigrants
        self.change = change
    }
}
