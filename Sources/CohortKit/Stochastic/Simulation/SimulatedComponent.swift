import Foundation

/// A component of a stochastic projection.
public enum SimulatedComponent: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Death rates (Lee–Carter).
    case mortality
    /// The TFR (AR(1) in its logit).
    case fertility
    /// Net migrants (AR(1) in the total).
    case migration
}
