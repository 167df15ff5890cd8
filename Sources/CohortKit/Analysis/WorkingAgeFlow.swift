/// The flows across the working-age boundaries in one year Y.
///
/// Working age here runs from the band's first age L up to, not including,
/// each cohort's retirement age R. With P(Y, a) the population aged a at
/// the end of Y:
/// - ``workingAge`` W(Y) = Σ P(Y, a) over L ≤ a < R(Y − a);
/// - ``entrants`` = P(Y, L): the cohort that reached L during Y;
/// - ``leavers`` = Σ P(Y, a) over a = R(Y − a): the cohorts that reached their
///   retirement age during Y (the Ministry's "aged 65 at the end of the year");
/// - ``deaths`` and ``netMigrants``: of the cohorts of working age at the end of Y − 1, during Y.
///
/// Then W(Y) − W(Y − 1) = entrants − leavers − deaths + netMigrants exactly.
/// For registered years only the populations are known: deaths and migrants are `nil`.
public struct WorkingAgeFlow: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// Registers or projection.
    public var source: DataSource
    /// W(Y), persons.
    public var workingAge: Double
    /// People reaching the first working age, persons.
    public var entrants: Double
    /// People reaching the retirement age, persons.
    public var leavers: Double
    /// Deaths of those of working age at the start of the year, persons.
    public var deaths: Double?
    /// Net migrants of those of working age at the start of the year, persons.
    public var netMigrants: Double?
    /// W(Y) − W(Y − 1), when the previous year is known.
    public var change: Double?
}
