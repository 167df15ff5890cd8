import Foundation

/// The folder of bundled data: datasets in sub-folders (e.g. `taiwan/`) and
/// scenario files in `scenarios/` (e.g. `scenarios/taiwan-medium.toml`).
/// Seeds live beside it, in `../seeds/<dataset>.json`.
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

    /// The file a scenario name or path refers to: a path when it ends in
    /// `.toml` or holds a `/`, else `scenarios/NAME.toml`.
    public func scenarioFile(_ nameOrPath: String) -> URL {
        nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/")
            ? URL(fileURLWithPath: nameOrPath)
            : root.appendingPathComponent("scenarios").appendingPathComponent(nameOrPath + ".toml")
    }

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
            if nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/") { throw InputError("there is no scenario file \(url.path)") }
            let known = scenarioNames()
            throw InputError("there is no scenario \(InputError.quote(nameOrPath))" + (known.isEmpty ? "" : "; bundled scenarios: \(known.joined(separator: ", "))"))
        }
        return try Scenario.load(from: url, allowedFolders: [root]) { parent, file in
            let isPath = parent.hasSuffix(".toml") || parent.contains("/")
            let target = isPath && !parent.hasPrefix("/") ? file.deletingLastPathComponent().appendingPathComponent(parent).path : parent
            return try scenario(target, depth: depth + 1)
        }
    }

    /// The dataset a name refers to (a folder of the catalog).
    ///
    /// - Throws: ``InputError`` when it does not exist or is invalid.
    public func dataset(_ name: String) throws -> Dataset {
        try data(at: root.appendingPathComponent(name), name: "dataset \"\(name)\"")
    }

    /// The base data of a scenario: its dataset, or its input folder.
    public func data(for scenario: Scenario) throws -> Dataset {
        switch scenario.source {
        case .dataset(let name): try dataset(name)
        case .inputs(let url): try data(at: url, name: "input folder")
        }
    }

    private func data(at folder: URL, name: String) throws -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("there is no \(name) at \(folder.path)")
        }
        return try Dataset.load(from: folder)
    }

    /// The seeds of a dataset (`../seeds/<name>.json` beside the catalog), if any.
    public func seeds(forDataset name: String) throws -> Seeds? {
        let url = root.deletingLastPathComponent().appendingPathComponent("seeds/\(name).json")
        return (FileSystem.kind(url.path) != .none) ? try Seeds.load(from: url) : nil
    }

    /// The projection inputs of a scenario.
    ///
    /// - Throws: ``InputError``; a problem of the scenario's assumptions names its file and key.
    public func inputs(for scenario: Scenario, file: URL? = nil) throws -> ProjectionInputs {
        let data = try data(for: scenario)
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
