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

    /// A stochastic projection of `run`, or nil for 0 draws.
    func simulate(_ run: ScenarioRun) throws -> SimulationResult? {
        guard draws > 0 else { return nil }
        let model: StochasticModel
        do {
            model = try run.fitStochasticModel()
        } catch let error as StochasticModelError {
            throw InputError(
                "the prediction intervals need a stochastic model fitted to \(InputError.printable(run.label))'s history, and it cannot be fitted: \(error); give --draws 0 for none"
            )
        }
        return try run.simulate(SimulationOptions(draws: draws, seed: seed), model: model)
    }
}
