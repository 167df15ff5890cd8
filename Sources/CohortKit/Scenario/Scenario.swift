import Foundation

/// A projection scenario: a dataset (or an input folder) and the assumptions
/// that differ from it. See README.md, "Scenario files", for the file format.
///
/// ```swift
/// let catalog = DataCatalog(root: URL(fileURLWithPath: "data"))
/// let scenario = try catalog.scenario("taiwan-low")
/// let inputs = try catalog.inputs(for: scenario)
/// ```
public struct Scenario: Sendable, Equatable {
    /// A value that changes over the years: given at some years, linear in
    /// between, held at the first and last value outside.
    public struct Path: Sendable, Equatable {
        /// (year, value) points, years strictly increasing.
        public var points: [(year: Int, value: Double)]

        /// A path through `points` (years strictly increasing).
        public init(_ points: [(year: Int, value: Double)]) { self.points = points }

        /// A constant path.
        public init(constant value: Double) { self.points = [(0, value)] }

        /// The value in `year`.
        public func value(in year: Int) -> Double {
            guard let first = points.first, let last = points.last else { return .nan }
            if year <= first.year { return first.value }
            if year >= last.year { return last.value }
            let i = points.firstIndex { $0.year >= year }!
            let (y0, v0) = points[i - 1], (y1, v1) = points[i]
            return v0 + (v1 - v0) * Double(year - y0) / Double(y1 - y0)
        }

        /// Two paths are equal when their points are.
        public static func == (a: Path, b: Path) -> Bool {
            a.points.count == b.points.count
                && zip(a.points, b.points).allSatisfy { $0.year == $1.year && $0.value == $1.value }
        }
    }

    /// Where the scenario's base data come from.
    public enum Source: Sendable, Equatable {
        /// A dataset of the data catalog, by folder name (e.g. `taiwan`).
        case dataset(String)
        /// An input-set folder.
        case inputs(URL)
    }

    /// The TFR assumption. A TFR is spread over ages by the scenario's
    /// ``fertilityPattern`` file, else the dataset's `fertility_pattern.csv`,
    /// else the shape of each year's own fertility.
    public enum Fertility: Sendable, Equatable {
        /// The data's own fertility.
        case dataset
        /// A named TFR path of the dataset's `tfr_paths.csv`.
        case tfrPath(String)
        /// A TFR path (children per woman) given in the scenario.
        case tfr(Path)
        /// A TFR by year from a CSV file with columns `year,tfr`.
        case tfrFile(URL)
    }

    /// The mortality assumption.
    public enum Mortality: Sendable, Equatable {
        /// The data's own death rates.
        case dataset
        /// The first projected year's death rates, falling by this fraction every year after.
        case improvement(Double)
        /// The data's death rates of each year scaled (one factor for all ages)
        /// so that life expectancy at birth follows these paths, by sex; a sex
        /// without a path keeps the data's rates.
        case lifeExpectancy(female: Path?, male: Path?)
    }

    /// The net migration assumption.
    public enum Migration: Sendable, Equatable {
        /// The data's own `migration.csv` (none if it has none).
        case dataset
        /// No migration.
        case none
        /// A total per year (persons) spread over sex and age by a profile:
        /// `nil` for the data's own migration summed over its years, or a CSV
        /// file with columns `sex,age,share`.
        case total(Path, profile: URL?)
        /// Net migrants by year, sex and age from a CSV file shaped like `migration.csv`.
        case file(URL)
    }

    /// The scenario's name (its file name without `.toml` unless the file sets `name`).
    public var name: String
    /// One line saying what the scenario assumes.
    public var description: String
    /// The base data.
    public var source: Source
    /// The last projected year; `nil` for the data's last year.
    public var lastYear: Int?
    /// The fertility assumption.
    public var fertility: Fertility
    /// An age pattern of fertility for every year: a CSV file with columns
    /// `age,share` (shares of the TFR, adding up to 1); `nil` for the data's.
    public var fertilityPattern: URL?
    /// The mortality assumption.
    public var mortality: Mortality
    /// The net migration assumption.
    public var migration: Migration
    /// When migrants arrive within the year.
    public var migrationTiming: MigrationTiming
    /// How life tables close the open age group; `nil` for the default.
    public var closure: OpenAgeClosure?
    /// The working-age band for the analysis; `nil` for the default (the seeds', else 15–64).
    public var workingAge: ClosedRange<Int>?
    /// The retirement age for the analysis; `nil` for the default (the seeds', else 65).
    public var retirementAge: Int?
    /// Participation rates replacing the dataset's `labour.csv` (`[labour] rates_csv`); `nil` for the dataset's.
    public var labourRates: URL?
    /// Participation targets (`[labour] target`) the rates move towards.
    public var labourTargets: [LabourTarget] = []
    /// When people claim their pension relative to the pension age (`[analysis] pension_claims`); `nil` for none.
    public var pensionClaims: PensionClaiming?
    /// A pension age to analyse beside the retirement age (`[analysis] pension_age`):
    /// an age ("62") or the name of one of the dataset's schedules by birth cohort
    /// (`labour-insurance`, see ``RetirementSchedule``); `nil` for none.
    public var pensionAge: String?

    /// Where a scenario file named a file: the scenario file, line and key (for messages).
    public struct FileReference: Sendable, Equatable {
        /// The scenario file, as messages name it.
        public var file: String
        /// The 1-based line of the key.
        public var line: Int
        /// The dotted key, e.g. `fertility.tfr_csv`.
        public var key: String
    }

    /// The files the scenario's keys name, by path, with where each was named;
    /// a problem in one of them is reported as coming from that key.
    public var fileReferences: [String: FileReference] = [:]

    /// A scenario from its parts; every assumption but the source has a default.
    public init(
        name: String, description: String = "", source: Source, lastYear: Int? = nil,
        fertility: Fertility = .dataset, mortality: Mortality = .dataset, migration: Migration = .dataset,
        migrationTiming: MigrationTiming = .end, closure: OpenAgeClosure? = nil,
        workingAge: ClosedRange<Int>? = nil, retirementAge: Int? = nil
    ) {
        self.name = name
        self.description = description
        self.source = source
        self.lastYear = lastYear
        self.fertility = fertility
        self.fertilityPattern = nil
        self.mortality = mortality
        self.migration = migration
        self.migrationTiming = migrationTiming
        self.closure = closure
        self.workingAge = workingAge
        self.retirementAge = retirementAge
    }

    /// The dataset's name, when the source is a dataset.
    public var dataset: String? {
        if case .dataset(let name) = source { return name }
        return nil
    }

    /// The projection options the scenario implies.
    public var options: ProjectionOptions {
        ProjectionOptions(migrationTiming: migrationTiming, closure: closure)
    }

    /// Reads a scenario file. `resolve` finds the scenario an `extends` key
    /// names (a bundled name or a path relative to the file).
    ///
    /// - Throws: ``InputError`` naming the file, line and key of the first problem.
    ///
    /// Paths in the file (`inputs`, `*_csv`, `extends`) are relative to its
    /// folder and must stay inside it or one of `allowedFolders` (the data catalog).
    public static func load(
        from url: URL, allowedFolders: [URL] = [],
        resolve: (String, URL) throws -> Scenario = { name, _ in
            throw InputError("cannot resolve extends = \"\(name)\" without a data catalog")
        }
    ) throws -> Scenario {
        let data = try FileSystem.readRegularFile(url.path, displayName: url.path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError("the scenario file is not UTF-8 text", file: url.path)
        }
        return try parse(
            text, file: url.path, defaultName: url.deletingPathExtension().lastPathComponent,
            folder: url.deletingLastPathComponent(), allowedFolders: allowedFolders, resolve: { try resolve($0, url) })
    }

    /// Parses the text of a scenario file; `file` names it in messages,
    /// `folder` anchors relative paths, `resolve` finds what `extends` names.
    public static func parse(
        _ text: String, file: String, defaultName: String,
        folder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        allowedFolders: [URL] = [],
        resolve: (String) throws -> Scenario = { name in
            throw InputError("cannot resolve extends = \"\(name)\" here")
        }
    ) throws -> Scenario {
        let root = try TOMLParser.parse(text, file: file)
        var reader = ScenarioReader(file: file, folder: folder, allowedFolders: allowedFolders)
        return try reader.read(root, defaultName: defaultName, resolve: resolve)
    }
}
