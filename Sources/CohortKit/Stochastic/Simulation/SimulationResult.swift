/// The draws of a ``StochasticProjection``: every ``SimulationIndicator`` for
/// every draw and projected year, with quantiles over the draws, and the
/// same indicators for the draws' centre (every random departure zero).
public struct SimulationResult: Sendable {
    /// The base year (the population at its 31 December is the same for every draw).
    public let baseYear: Int
    /// The projected years, in order.
    public let years: [Int]
    /// The indicators kept, in storage order.
    public let indicators: [SimulationIndicator]
    /// The working-age band and retirement age of the indicators.
    public let analysis: AnalysisOptions
    /// The options the draws were made with.
    public let options: SimulationOptions
    /// The values: indicator-major, then year, then member; members
    /// 0..<``draws`` are the draws, member ``draws`` the centre.
    let values: DrawValues

    /// Number of draws.
    public var draws: Int { values.members - 1 }

    /// How long the run's phases took and which kernel projected the draws.
    public let timings: SimulationTimings

    init(
        baseYear: Int, years: [Int], indicators: [SimulationIndicator], analysis: AnalysisOptions,
        options: SimulationOptions, values: DrawValues, timings: SimulationTimings
    ) {
        self.timings = timings
        self.baseYear = baseYear
        self.years = years
        self.indicators = indicators
        self.analysis = analysis
        self.options = options
        self.values = values
    }

    /// Every draw's value of `indicator` in calendar `year`, in draw order;
    /// nil for a year outside the projection or an indicator not kept.
    public func values(_ indicator: SimulationIndicator, year: Int) -> [Double]? {
        guard let i = indicators.firstIndex(of: indicator), let y = years.firstIndex(of: year) else { return nil }
        return Array(values.values(indicator: i, year: y).prefix(draws))
    }

    /// The centre's value of `indicator` in `year`: the projection with every
    /// random departure zero (with ``MortalityCentre/scenario``, the
    /// deterministic scenario); nil as for ``values(_:year:)``.
    public func centre(_ indicator: SimulationIndicator, year: Int) -> Double? {
        guard let i = indicators.firstIndex(of: indicator), let y = years.firstIndex(of: year) else { return nil }
        return values.value(indicator: i, year: y, member: draws)
    }

    /// Quantiles (type 7, R's default) of `indicator` in `year` over the
    /// draws, one per probability; nil as for ``values(_:year:)``.
    public func quantiles(_ indicator: SimulationIndicator, year: Int, probabilities: [Double]) -> [Double]? {
        values(indicator, year: year).map { Quantiles.type7(selecting: $0, probabilities: probabilities) }
    }

    /// ``quantiles(_:year:probabilities:)`` of each of `indicators` in each of `years`, computed in parallel
    /// on the run's threads: `[year][indicator]`, in the order given; the same numbers, nil where that is.
    public func quantiles(
        _ indicators: [SimulationIndicator], years wanted: [Int], probabilities: [Double]
    ) -> [[[Double]?]] {
        let slots = wanted.map { year in
            indicators.map { indicator -> Int? in
                guard let i = self.indicators.firstIndex(of: indicator), let y = years.firstIndex(of: year) else {
                    return nil
                }
                return i * years.count + y
            }
        }
        let vectors = slots.flatMap { $0.compactMap { $0 } }
        let grid = values.quantileGrid(
            probabilities: probabilities, members: draws, threads: options.threads, vectors: vectors)
        var next = 0
        return slots.map { row in
            row.map { slot in
                guard slot != nil else { return nil }
                defer { next += 1 }
                return Array(grid[(next * probabilities.count)..<((next + 1) * probabilities.count)])
            }
        }
    }

    /// The CSV column name of `indicator` (following the working-age band).
    public func name(of indicator: SimulationIndicator) -> String { indicator.name(analysis) }
}
