import Foundation

/// How a ``StochasticProjection`` runs: how many draws, from which seed, on
/// how many threads, and which components vary.
public struct SimulationOptions: Sendable, Equatable {
    /// The most threads a run accepts.
    public static let maximumThreads = 256

    /// Number of draws (default 10,000).
    public var draws: Int
    /// The seed; draw d uses ``RandomStream`` stream d of this seed.
    public var seed: UInt64
    /// Threads (default: every active core). Results do not depend on it.
    public var threads: Int
    /// Draws a thread takes at a time (default 250): one batch for ``SimulationKernel/scalar``; the block
    /// kernels take runs of whole 8-draw blocks, this rounded up to a multiple of 8 and at most 64 (they keep
    /// no buffer that grows with it, and short runs balance the threads). Results do not depend on it.
    public var chunkSize: Int
    /// What the mortality draws are centred on (default ``MortalityCentre/scenario``).
    public var mortalityCentre: MortalityCentre
    /// Lee–Carter by sex (default) or the coherent Li–Lee model.
    public var mortalityModel: MortalityModelKind
    /// The components that vary; the others keep the scenario's values (default all).
    public var vary: Set<SimulatedComponent>
    /// Whether each draw also draws the Lee–Carter drift from its sampling
    /// distribution N(d, σ² / (n − 1)) (default true, as Lee and Carter 1992 suggest).
    public var driftUncertainty: Bool
    /// Migration timing and open-age closure of the step, as for a deterministic run.
    public var projection: ProjectionOptions
    /// With the history-fitted uncertainty, whether each draw also draws the
    /// AR(1)s' φ and σ and the Lee–Carter σ from their sampling distributions
    /// (scaled inverse χ² for the σs, normal for the φs; default true). False gives the parameters as fitted.
    public var parameterUncertainty: Bool
    /// With the history-fitted uncertainty, whether the TFR's and migration's innovations are correlated as in
    /// the history (``StochasticModel/fertilityMigrationCorrelation``; default false: independent).
    public var correlateFertilityMigration: Bool
    /// Where the spread comes from; `nil` (default): the UN's bounds where the
    /// projection has them (``StochasticProjection/bounds``), else the history.
    public var uncertainty: UncertaintySource?
    /// The code that projects the draws; `nil` (default): ``SimulationKernel/fastest``. Results do not depend on it.
    public var kernel: SimulationKernel?

    /// Options with the defaults above.
    public init(
        draws: Int = 10_000, seed: UInt64 = 1, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        chunkSize: Int = 250, mortalityCentre: MortalityCentre = .scenario,
        mortalityModel: MortalityModelKind = .leeCarter,
        vary: Set<SimulatedComponent> = Set(SimulatedComponent.allCases), driftUncertainty: Bool = true,
        projection: ProjectionOptions = .init(), uncertainty: UncertaintySource? = nil,
        parameterUncertainty: Bool = true, correlateFertilityMigration: Bool = false,
        kernel: SimulationKernel? = nil
    ) {
        self.kernel = kernel
        self.correlateFertilityMigration = correlateFertilityMigration
        self.parameterUncertainty = parameterUncertainty
        self.uncertainty = uncertainty
        self.draws = draws
        self.seed = seed
        self.threads = threads
        self.chunkSize = chunkSize
        self.mortalityCentre = mortalityCentre
        self.mortalityModel = mortalityModel
        self.vary = vary
        self.driftUncertainty = driftUncertainty
        self.projection = projection
    }
}
