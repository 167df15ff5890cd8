import Foundation

/// What the Lee–Carter draws are centred on.
public enum MortalityCentre: String, Sendable, Equatable, CaseIterable {
    /// The scenario's death rates: m(x, t) = mₛ(x, t) · exp(b(x) · (k(t) − E k(t))).
    /// Lee–Carter supplies the uncertainty only; the median follows the scenario.
    case scenario
    /// The mortality model's own forecast from the last observed rates (jump-off):
    /// m(x, t) = m(x, T) · exp(b(x) · (k(t) − k(T))) (both factors for the coherent model).
    case leeCarter = "lee-carter"
}
