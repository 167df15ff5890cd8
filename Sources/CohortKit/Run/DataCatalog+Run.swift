import Foundation

extension DataCatalog {
    /// The run of a scenario, by name or path (see ``scenario(_:)``), with
    /// the caller's overrides applied; a problem of the scenario's
    /// assumptions names the scenario file.
    ///
    /// - Throws: ``InputError`` for a scenario or data file that cannot be
    ///   read; ``RunOverrideError`` for a last or first year the data do not cover.
    public func run(_ nameOrPath: String, overrides: RunOverrides = .init()) throws -> ScenarioRun {
        var scenario = try scenario(nameOrPath)
        if let last = overrides.lastYear { scenario.lastYear = last }
        let data = try data(for: scenario)
        try ScenarioRun.checkLastYear(overrides.lastYear, data: data, label: scenario.name)
        let file = scenarioFile(nameOrPath)
        let inputs = try inputs(of: data, for: scenario, file: file)
        let seeds = try scenario.dataset.flatMap { try self.seeds(forDataset: $0) }
        let reads = [
            data.folder, root, root.deletingLastPathComponent().appendingPathComponent("seeds"),
            file.deletingLastPathComponent(),
        ]
        return try ScenarioRun(
            label: scenario.name, scenario: scenario, data: data, inputs: inputs, seeds: seeds,
            overrides: overrides, readFolders: reads)
    }

    /// Every bundled scenario's name, the default first.
    public func scenarioNamesDefaultFirst() -> [String] {
        let names = scenarioNames()
        return names.contains(Self.defaultScenario)
            ? [Self.defaultScenario] + names.filter { $0 != Self.defaultScenario } : names
    }
}
