import Foundation

/// The folder of bundled data: datasets in sub-folders (e.g. `taiwan/`) and
/// scenario files in `scenarios/` (e.g. `scenarios/taiwan-medium.toml`).
public struct DataCatalog: Sendable {
    /// The catalog's root folder (the repository's `data/`).
    public let root: URL

    /// A catalog rooted at `root`.
    public init(root: URL) { self.root = root }

    /// The name of the default scenario.
    public static let defaultScenario = "taiwan-medium"

    /// The scenario files in `scenarios/`, by name (file name without `.toml`), sorted.
    public func scenarioNames() -> [String] {
        let folder = root.appendingPathComponent("scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A scenario by name (a file of `scenarios/`) or by path (anything ending
    /// in `.toml` or containing `/`).
    ///
    /// - Throws: ``InputError`` when there is no such scenario or it is invalid.
    public func scenario(_ nameOrPath: String) throws -> Scenario {
        let isPath = nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/")
        let url = scenarioFile(nameOrPath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if isPath { throw InputError("there is no scenario file \(url.path)") }
            let known = scenarioNames()
            throw InputError("there is no scenario \"\(nameOrPath)\"" + (known.isEmpty ? "" : "; bundled scenarios: \(known.joined(separator: ", "))"))
        }
        return try Scenario.load(from: url)
    }

    /// The dataset a scenario names.
    ///
    /// - Throws: ``InputError`` when it does not exist or is invalid.
    public func dataset(_ name: String) throws -> Dataset {
        let folder = root.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("there is no dataset \"\(name)\" in \(root.path)")
        }
        return try Dataset.load(from: folder)
    }

    /// The projection inputs of a scenario (by name or path).
    ///
    /// - Throws: ``InputError``; a problem of the scenario's assumptions names its file and key.
    public func inputs(forScenario nameOrPath: String) throws -> (scenario: Scenario, inputs: ProjectionInputs) {
        let scenario = try scenario(nameOrPath)
        let data = try dataset(scenario.dataset)
        do {
            return (scenario, try data.inputs(for: scenario))
        } catch var error as InputError where error.file == nil {
            error.file = scenarioFile(nameOrPath).path
            throw error
        }
    }

    /// The file a scenario name or path refers to.
    public func scenarioFile(_ nameOrPath: String) -> URL {
        nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/")
            ? URL(fileURLWithPath: nameOrPath)
            : root.appendingPathComponent("scenarios").appendingPathComponent(nameOrPath + ".toml")
    }
}
