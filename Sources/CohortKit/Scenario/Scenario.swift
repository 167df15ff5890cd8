import Foundation

/// A projection scenario: a dataset and the assumptions that differ from it.
///
/// Scenario files are TOML (see README.md, "Scenario files"):
///
/// ```toml
/// description = "UN WPP 2024 low fertility variant"
/// dataset = "taiwan"          # a folder of the data catalog
/// to = 2100                   # optional: the last projected year
///
/// [fertility]
/// tfr = "low"                 # a path of the dataset's tfr_paths.csv, or a number held constant
///
/// [migration]
/// net = "dataset"             # "dataset" or "none"
/// timing = "end"              # "end" or "even"
///
/// [mortality]
/// closure = "kannisto"        # "kannisto" or "constant"
/// ```
///
/// Every key is optional except `dataset`; an unknown key, a value of the
/// wrong type or out of range is an ``InputError`` naming the file, line and key.
public struct Scenario: Sendable, Equatable {
    /// The TFR assumption.
    public enum Fertility: Sendable, Equatable {
        /// The dataset's own fertility (`fertility.csv`).
        case dataset
        /// A named TFR path of the dataset's `tfr_paths.csv` times its age pattern.
        case tfrPath(String)
        /// A TFR (children per woman) held constant, times the dataset's age pattern.
        case constantTFR(Double)
    }

    /// The net migration assumption.
    public enum Migration: String, Sendable, Equatable {
        /// The dataset's `migration.csv` (none if it has no such file).
        case dataset
        /// No migration.
        case none
    }

    /// The scenario's name (its file name without `.toml` unless the file sets `name`).
    public var name: String
    /// One line saying what the scenario assumes.
    public var description: String
    /// The dataset, a folder name in the data catalog (e.g. `taiwan`).
    public var dataset: String
    /// The last projected year; `nil` for the dataset's last year.
    public var lastYear: Int?
    /// The fertility assumption.
    public var fertility: Fertility
    /// The net migration assumption.
    public var migration: Migration
    /// When migrants arrive within the year.
    public var migrationTiming: MigrationTiming
    /// How life tables close the open age group; `nil` for the default.
    public var closure: OpenAgeClosure?

    /// A scenario from its parts; every assumption but the dataset has a default.
    public init(name: String, description: String = "", dataset: String, lastYear: Int? = nil,
                fertility: Fertility = .dataset, migration: Migration = .dataset,
                migrationTiming: MigrationTiming = .end, closure: OpenAgeClosure? = nil) {
        self.name = name
        self.description = description
        self.dataset = dataset
        self.lastYear = lastYear
        self.fertility = fertility
        self.migration = migration
        self.migrationTiming = migrationTiming
        self.closure = closure
    }

    /// The projection options the scenario implies.
    public var options: ProjectionOptions {
        ProjectionOptions(migrationTiming: migrationTiming, closure: closure)
    }

    /// Reads a scenario file.
    ///
    /// - Throws: ``InputError`` naming the file, line and key of the first problem.
    public static func load(from url: URL) throws -> Scenario {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw InputError("cannot read the scenario file (\(error.localizedDescription))", file: url.path)
        }
        return try parse(text, file: url.path, defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Parses the text of a scenario file; `file` names it in messages.
    public static func parse(_ text: String, file: String, defaultName: String) throws -> Scenario {
        let root = try TOMLParser.parse(text, file: file)
        var reader = ScenarioReader(file: file)
        return try reader.read(root, defaultName: defaultName)
    }
}

/// Decodes a parsed TOML table into a ``Scenario``, checking keys, types and ranges.
private struct ScenarioReader {
    let file: String

    func fail(_ message: String, _ entry: TOMLTable.Entry, _ key: String) -> InputError {
        InputError(message, file: file, line: entry.line, key: key)
    }

    func string(_ entry: TOMLTable.Entry, _ key: String) throws -> String {
        guard case .string(let s) = entry.value else { throw fail("expected a string in quotes, found \(entry.value.typeName)", entry, key) }
        return s
    }

    func year(_ entry: TOMLTable.Entry, _ key: String) throws -> Int {
        guard case .integer(let y) = entry.value else { throw fail("expected a year (a whole number), found \(entry.value.typeName)", entry, key) }
        guard (1...9999).contains(y) else { throw fail("\(y) is not a calendar year", entry, key) }
        return y
    }

    func choice<T: RawRepresentable>(_ entry: TOMLTable.Entry, _ key: String, _ type: T.Type, _ options: [String]) throws -> T
    where T.RawValue == String {
        let s = try string(entry, key)
        guard let v = T(rawValue: s) else {
            throw fail("\"\(s)\" is not one of \(options.map { "\"\($0)\"" }.joined(separator: ", "))", entry, key)
        }
        return v
    }

    func table(_ entry: TOMLTable.Entry, _ key: String) throws -> TOMLTable {
        guard case .table(let t) = entry.value else { throw fail("expected a table [\(key)], found \(entry.value.typeName)", entry, key) }
        return t
    }

    func unknown(_ entry: TOMLTable.Entry, _ key: String, known: [String]) -> InputError {
        fail("unknown key; this table knows \(known.joined(separator: ", "))", entry, key)
    }

    mutating func read(_ root: TOMLTable, defaultName: String) throws -> Scenario {
        var scenario = Scenario(name: defaultName, dataset: "")
        var hasDataset = false
        for entry in root.entries {
            switch entry.key {
            case "name": scenario.name = try string(entry, "name")
            case "description": scenario.description = try string(entry, "description")
            case "dataset":
                scenario.dataset = try string(entry, "dataset")
                guard !scenario.dataset.isEmpty, !scenario.dataset.contains("/"), !scenario.dataset.hasPrefix(".") else {
                    throw fail("a dataset is a folder name in the data catalog, such as \"taiwan\"", entry, "dataset")
                }
                hasDataset = true
            case "to": scenario.lastYear = try year(entry, "to")
            case "fertility":
                for e in try table(entry, "fertility").entries {
                    let key = "fertility." + e.key
                    switch e.key {
                    case "tfr":
                        switch e.value {
                        case .string(let path): scenario.fertility = path == "dataset" ? .dataset : .tfrPath(path)
                        case .integer, .float:
                            let tfr = e.value.number!
                            guard tfr > 0 && tfr <= 10 else { throw fail("a TFR of \(tfr) is out of range; give children per woman, above 0 and at most 10", e, key) }
                            scenario.fertility = .constantTFR(tfr)
                        default: throw fail("expected the name of a TFR path in quotes or a number, found \(e.value.typeName)", e, key)
                        }
                    default: throw unknown(e, key, known: ["tfr"])
                    }
                }
            case "migration":
                for e in try table(entry, "migration").entries {
                    let key = "migration." + e.key
                    switch e.key {
                    case "net": scenario.migration = try choice(e, key, Scenario.Migration.self, ["dataset", "none"])
                    case "timing": scenario.migrationTiming = try choice(e, key, MigrationTiming.self, ["end", "even"])
                    default: throw unknown(e, key, known: ["net", "timing"])
                    }
                }
            case "mortality":
                for e in try table(entry, "mortality").entries {
                    let key = "mortality." + e.key
                    switch e.key {
                    case "closure": scenario.closure = try choice(e, key, OpenAgeClosure.self, ["kannisto", "constant"])
                    default: throw unknown(e, key, known: ["closure"])
                    }
                }
            default:
                throw unknown(entry, entry.key, known: ["name", "description", "dataset", "to", "[fertility]", "[migration]", "[mortality]"])
            }
        }
        guard hasDataset else { throw InputError("no dataset; name one, e.g. dataset = \"taiwan\"", file: file, key: "dataset") }
        return scenario
    }
}
