import ArgumentParser
import CohortKit

/// `--draws` and `--seed` of the commands that draw prediction intervals
/// around their first scenario (`report`, `chart working-age`).
struct IntervalOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: "Stochastic draws for the 80% and 95% intervals around the first scenario (0: none).",
        transform: WholeNumber.atLeast(0))
    var draws = 2_000

    @Option(name: .long, parsing: .unconditional, help: "Seed of the stochastic draws.", transform: WholeNumber.seed)
    var seed: UInt64 = 1

    @Option(
        name: .long,
        help:
            "Where the intervals' spread comes from: un (the UN WPP 2024 probabilistic bounds; the default where the dataset has them) or history."
    )
    var uncertainty: UncertaintySource?

    /// A stochastic projection of `run` and the models it drew from; nil for
    /// 0 draws, or (with why, which the caller says) when the run's data have
    /// no history the models can be fitted to.
    func simulate(_ run: ScenarioRun) throws -> (result: SimulationResult?, model: StochasticModel?, why: String?) {
        guard draws > 0 else { return (nil, nil, nil) }
        let model: StochasticModel
        do {
            model = try run.fitStochasticModel()
        } catch let error as StochasticModelError {
            return (
                nil, nil,
                "No prediction intervals: the stochastic models cannot be fitted to \(InputError.printable(run.label))'s data (\(error))."
            )
        }
        return (
            try run.simulate(SimulationOptions(draws: draws, seed: seed, uncertainty: uncertainty), model: model),
            model,
            nil
        )
    }
}
