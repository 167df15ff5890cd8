import Dispatch
import Foundation

/// Projects many independent members of a batch (stochastic draws, or
/// scenarios) from one base population, in chunks of columns spread over
/// the processor's cores, keeping only what `measure` extracts each year.
///
/// Each chunk is an ordinary batch projected with ``CohortComponentStep``;
/// a column's arithmetic never involves another column, so results do not
/// depend on the chunk size or the number of threads. Memory stays at a few
/// chunks of populations plus the measured values (indicators × years × members).
///
/// ```swift
/// let run = DrawProjection(members: 10_000)
/// let values = try run.run(base: taiwan.basePopulation, years: 100, indicators: 2) { year, members in
///     myRates(year, members)                          // StepRates with per-column schedules
/// } measure: { year, population, components, out in
///     // out[i * population.female.columns + j]: indicator i of column j
/// }
/// let median2050 = values.quantiles(indicator: 0, year: 26, probabilities: [0.5])
/// ```
public struct DrawProjection: Sendable {
    /// Number of members (columns) in all.
    public var members: Int
    /// Members projected together as one batch.
    public var chunkSize: Int
    /// Threads to use (at most one chunk each at a time).
    public var threads: Int
    /// The annual step (migration timing; the structured kernel).
    public var step: CohortComponentStep

    /// A run of `members` members; chunks of 250, every active core.
    public init(
        members: Int, chunkSize: Int = 250, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        step: CohortComponentStep = .init()
    ) {
        precondition(members > 0 && chunkSize > 0 && threads > 0)
        self.members = members
        self.chunkSize = chunkSize
        self.threads = threads
        self.step = step
    }

    /// Projects every member `years` years from `base` (the same end-of-base-year
    /// population for all), calling `rates(y, range)` for the rates of
    /// projected year y (0-based) for members `range` (per-column schedules
    /// have `range.count` columns), and `measure(y, population, components,
    /// &out)` after each year to store `indicators` values per member into
    /// `out` (indicator-major: `out[i * columns + j]`).
    ///
    /// `progress(done)`, when given, is called from a worker thread after
    /// each chunk with the number of members finished so far.
    ///
    /// - Throws: the first error `rates` throws.
    public func run(
        base: BySex<[Double]>, years: Int, indicators: Int,
        rates: @Sendable (Int, Range<Int>) throws -> StepRates,
        measure: @Sendable (Int, PopulationBatch, YearComponents, inout [Double]) -> Void,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> DrawValues {
        let chunks = stride(from: 0, to: members, by: chunkSize).map { $0..<Swift.min($0 + chunkSize, members) }
        let values = DrawValues(indicators: indicators, years: years, members: members)
        let failure = FirstError()
        let step = self.step
        let next = ChunkCounter(count: chunks.count)
        let finished = ChunkCounter(count: members)
        DispatchQueue.concurrentPerform(iterations: Swift.min(threads, chunks.count)) { _ in
            while let c = next.take(), !failure.isSet {
                let range = chunks[c]
                var population = PopulationBatch { AgeMatrix(repeating: base[$0], columns: range.count) }
                let workspace = StepWorkspace()
                var out = [Double](repeating: 0, count: indicators * range.count)
                do {
                    for y in 0..<years {
                        let components = step.apply(try rates(y, range), to: &population, workspace: workspace)
                        measure(y, population, components, &out)
                        values.store(out, year: y, members: range)
                    }
                } catch {
                    failure.set(error)
                }
                if let progress { progress(finished.add(range.count)) }
            }
        }
        if let error = failure.error { throw error }
        return values
    }
}
