import CohortKit

extension ScenarioRun {
    /// The waves to report: the seeds' named waves, plus any run of births
    /// the seeds' wave rule finds that is not among them; `found` is what the rule found.
    func waves(history: PopulationHistory) -> (waves: [Wave], found: [ClosedRange<Int>]) {
        var waves = seeds.map(Wave.named) ?? []
        var found: [ClosedRange<Int>] = []
        if let rule = seeds?.waveRule {
            found = Wave.detect(births: history.registeredBirths, rule: rule)
            for span in found where !waves.contains(where: { $0.birthYears == span }) {
                waves.append(Wave(name: "detected", birthYears: span))
            }
        }
        return (waves, found)
    }
}
