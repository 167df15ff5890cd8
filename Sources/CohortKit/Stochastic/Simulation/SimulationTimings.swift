/// Where a ``StochasticProjection`` spent its time (wall clock), for
/// benchmarks and progress notes; results never depend on it.
public struct SimulationTimings: Sendable, Equatable {
    /// Drawing the random paths (and, with the UN-calibrated uncertainty, building the k grids).
    public var paths: Duration
    /// Projecting every draw and the centre, indicators included.
    public var projection: Duration
    /// The kernel that projected the draws.
    public var kernel: SimulationKernel

    /// Timings as measured.
    public init(paths: Duration, projection: Duration, kernel: SimulationKernel) {
        self.paths = paths
        self.projection = projection
        self.kernel = kernel
    }
}
