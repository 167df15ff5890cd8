import Foundation

/// The mortality model of a stochastic projection.
public enum MortalityModelKind: String, Sendable, Equatable, CaseIterable {
    /// A ``LeeCarter`` model for each sex, their steps correlated as in the history.
    case leeCarter = "lee-carter"
    /// The ``CoherentLeeCarter`` model: a common factor plus reverting sex factors.
    case coherent
}
