/// The indicators a ``StochasticProjection`` keeps for every draw and year:
/// a subset of ``Indicator``, with the same names, units and definitions
/// (the draws' kernel computes them from each column's population and
/// components; a test checks that the centre of a simulation gives the
/// deterministic projection's values).
public enum SimulationIndicator: String, Sendable, Equatable, Hashable, CaseIterable {
    /// ``Indicator/total``.
    case total
    /// ``Indicator/working``.
    case workingAge
    /// ``Indicator/old``.
    case old
    /// ``Indicator/oldAgeDependency``.
    case oldAgeDependency
    /// ``Indicator/births``.
    case births
    /// ``Indicator/leavers``.
    case leavers
    /// ``Indicator/totalFertilityRate``: the draw's TFR.
    case tfr
    /// ``Indicator/netMigrants`` (after the non-negativity guard).
    case netMigrants
    /// ``Indicator/labourForce``: the draw's population times the scenario's
    /// participation rates (the rates do not vary); only with ``AnalysisOptions/labour``.
    case labourForce

    /// The catalogue's indicator.
    public var indicator: Indicator {
        switch self {
        case .total: .total
        case .workingAge: .working
        case .old: .old
        case .oldAgeDependency: .oldAgeDependency
        case .births: .births
        case .leavers: .leavers
        case .tfr: .totalFertilityRate
        case .netMigrants: .netMigrants
        case .labourForce: .labourForce
        }
    }

    /// The machine name (``Indicator/name(_:)``) under `options`' band:
    /// `total`, `age_15_64`, `age_65_plus`, `old_age_dependency`, `births`,
    /// `leavers`, `tfr`, `net_migrants`, `labour_force`.
    public func name(_ options: AnalysisOptions) -> String { indicator.name(options) }

    /// The indicators a simulation under `analysis` keeps: all, less the labour force without participation rates.
    public static func kept(_ analysis: AnalysisOptions) -> [SimulationIndicator] {
        allCases.filter { $0 != .labourForce || analysis.labour != nil }
    }

    /// The simulation indicator named `name` under `options`' band, if any.
    public static func named(_ name: String, _ options: AnalysisOptions) -> SimulationIndicator? {
        allCases.first { $0.name(options) == name }
    }
}
