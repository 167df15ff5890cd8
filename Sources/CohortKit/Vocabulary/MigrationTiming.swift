/// When, within a projection year, net migrants join (or leave) the population.
///
/// - ``end``: all of a year's net migrants M(a) are added after survival and
///   births; they neither die nor give birth in the year they move.
/// - ``even``: half, M(a)/2, is added at the start of the year (exposed to
///   the year's mortality and fertility), the other half at the end. This
///   approximates migration spread evenly over the year.
///
/// Files and the CLI spell the values `end` and `even`. The default is ``end``.
public enum MigrationTiming: String, CaseIterable, Sendable, Codable {
    /// All net migrants arrive at the end of the year.
    case end
    /// Half the net migrants arrive at the start of the year, half at the end.
    case even
}
