/// Where a stochastic projection's spread comes from.
public enum UncertaintySource: String, Sendable, Equatable, CaseIterable {
    /// The UN's probabilistic projections: each year's TFR, e(0) by sex and net
    /// migrants reproduce the published median and 80%/95% bounds (a dataset's
    /// ``ProjectionBounds``), centred on the scenario; persistence from the
    /// fitted models (see ``StochasticProjection``).
    case un
    /// The models fitted to the dataset's own history (Lee–Carter, AR(1)s).
    case history

    /// Words for notes: "UN WPP 2024-calibrated" or "fitted to the dataset's history".
    public var words: String {
        switch self {
        case .un: "calibrated to the UN WPP 2024 probabilistic projections"
        case .history: "fitted to the dataset's own history"
        }
    }
}
