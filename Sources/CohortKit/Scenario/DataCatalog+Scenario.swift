import Foundation

/// Scenarios from the catalog: by name or path, with their data and inputs.
extension DataCatalog {
    /// A scenario by name or path; `extends` keys are resolved against this
    /// catalog (a name) or the extending file's folder (a path).
    ///
    /// - Throws: ``InputError`` when there is no such scenario, it is invalid,
    ///   or its `extends` chain is longer than 16 (a cycle).
    public func scenario(_ nameOrPath: String) throws -> Scenario {
        try scenario(nameOrPath, depth: 0)
    }

    private func scenario(_ nameOrPath: String, depth: Int) throws -> Scenario {
        guard depth < 16 else { throw InputError("extends chains more than 16 scenarios; is there a cycle?") }
        let url = scenarioFile(nameOrPath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/") {
                throw InputError("there is no scenario file \(url.path)")
            }
            let known = scenarioNames()
            throw InputError(
                "there is no scenario \(InputError.quote(nameOrPath))"
                    + (known.isEmpty ? "" : "; bundled scenarios: \(known.joined(separator: ", "))"))
        }
        return try Scenario.load(from: url, allowedFolders: [root]) { parent, file in
            let isPath = parent.hasSuffix(".toml") || parent.contains("/")
            let target =
                isPath && !parent.hasPrefix("/")
                ? file.deletingLastPathComponent().appendingPathComponent(parent).path : parent
            return try scenario(target, depth: depth + 1)
        }
    }

    /// The base data of a scenario: its dataset, or its input folder.
    public func data(for scenario: Scenario) throws -> Dataset {
        switch scenario.source {
        case .dataset(let name): try dataset(name)
        case .inputs(let url): try data(at: url, name: "input folder")
        }
    }

    /// The projection inputs of a scenario.
    ///
    /// - Throws: ``InputError``; a problem of the scenario's assumptions names its file and key.
    public func inputs(for scenario: Scenario, file: URL? = nil) throws -> ProjectionInputs {
        try inputs(of: try data(for: scenario), for: scenario, file: file)
    }

    /// The inputs of `scenario` on `data` (already read), errors stamped with the scenario file.
    func inputs(of data: Dataset, for scenario: Scenario, file: URL?) throws -> ProjectionInputs {
        do {
            return try data.inputs(for: scenario)
        } catch var error as InputError where error.file == nil {
            error.file = file?.path ?? scenario.name
            throw error
        }
    }

    /// A scenario (by name or path) and its projection inputs.
    public func inputs(forScenario nameOrPath: String) throws -> (scenario: Scenario, inputs: ProjectionInputs) {
        let scenario = try scenario(nameOrPath)
        return (scenario, try inputs(for: scenario, file: scenarioFile(nameOrPath)))
    }
}
