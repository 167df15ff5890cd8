/// A wave's row in the waves table.
public struct WaveSummary: Sendable, Equatable {
    /// The wave.
    public var wave: Wave
    /// Registered births over its birth years (`nil` if a year is missing).
    public var registeredBirths: Double?
    /// Its members alive at the end of the base year.
    public var aliveAtBase: Double?
    /// Its members reaching the retirement age, registered or projected.
    public var reachingRetirement: Double
    /// Whether every cohort's year of reaching the retirement age is within
    /// the registers and the horizon (if not, ``reachingRetirement`` is partial).
    public var complete: Bool
    /// The calendar years its cohorts reach the retirement age.
    public var calendarYears: ClosedRange<Int>
    /// People reaching the first working age over those years (all cohorts).
    public var entrants: Double
    /// People reaching the retirement age over those years (all cohorts).
    public var leavers: Double
    /// W(last year) − W(year before the first), when both are known.
    public var workingAgeChange: Double?
}
