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

    /// The dataset a name refers to (a folder of the catalog).
    ///
    /// - Throws: ``InputError`` when it does not exist or is invalid.
    public func dataset(_ name: String) throws -> Dataset {
        try data(at: root.appendingPathComponent(name), name: "dataset \"\(name)\"")
    }

    func data(at folder: URL, name: String) throws -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw InputError("there is no \(name) at \(folder.path)")
        }
        return try Dataset.load(from: folder)
    }

    /// The seeds of a dataset (`../seeds/<name>.json` beside the catalog), if any.
    public func seeds(forDataset name: String) throws -> Seeds? {
        let url = root.deletingLastPathComponent().appendingPathComponent("seeds/\(name).json")
        return (FileSystem.kind(url.path) != .none) ? try Seeds.load(from: url) : nil
    }
}
