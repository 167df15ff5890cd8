import Foundation

/// Where a dataset's numbers come from: the place it describes and the
/// public tables it was built from, read from `sources.toml` beside the
/// dataset's files (written by the tool that built it; `cohort-data` for
/// the bundled data).
///
/// ```toml
/// place = "Taiwan"
/// population_date = "31 December"   # the default; "1 July" for a mid-year base
///
/// [sources.moi]
/// folder = "moi/"
/// credit = "registered population, births and deaths (Ministry of the Interior, Taiwan)"
/// source = "Ministry of the Interior, household registration …"
/// licence = "Government Open Data License, Taiwan, version 1.0"
/// ```
///
/// Charts and reports take their credit line, source table and place name
/// from here; a dataset without the file has no provenance and says so.
public struct Provenance: Sendable, Equatable {
    /// One public table (or family of tables) the dataset was built from.
    public struct Source: Sendable, Equatable {
        /// Its short name, e.g. `moi`.
        public var name: String
        /// Where its copy sits beside the data, e.g. `moi/`.
        public var folder: String
        /// A short phrase for a chart's source line, e.g. "UN World Population Prospects 2024 assumptions".
        public var credit: String
        /// The full citation.
        public var source: String
        /// Its licence and the attribution the licence asks for.
        public var licence: String

        /// A source from its parts.
        public init(name: String, folder: String, credit: String, source: String, licence: String) {
            self.name = name
            self.folder = folder
            self.credit = credit
            self.source = source
            self.licence = licence
        }
    }

    /// The file name beside a dataset's files.
    public static let fileName = "sources.toml"

    /// The place the dataset describes, e.g. "Taiwan".
    public var place: String
    /// The day of the year its populations refer to: "31 December" (Cohort's
    /// convention, the default) or, e.g., "1 July" for a base taken from the
    /// UN's mid-year estimates, whose projected years then run mid-year to mid-year.
    public var populationDate: String
    /// The tables it was built from, in the order written.
    public var sources: [Source]

    /// Cohort's convention: populations at 31 December.
    public static let defaultPopulationDate = "31 December"

    /// Provenance from its parts.
    public init(place: String, sources: [Source], populationDate: String = Provenance.defaultPopulationDate) {
        self.place = place
        self.sources = sources
        self.populationDate = populationDate
    }

    /// The credits of every source, joined by "; ".
    public var creditLine: String { sources.map(\.credit).joined(separator: "; ") }

    /// Reads `sources.toml` in `folder`; `nil` when there is none.
    ///
    /// - Throws: ``InputError`` naming the file, line and key of a problem.
    public static func load(from folder: URL) throws -> Provenance? {
        let url = folder.appendingPathComponent(fileName)
        guard FileSystem.kind(url.path) != .none else { return nil }
        let data = try FileSystem.readRegularFile(url.path, displayName: url.path)
        let root = try TOMLParser.parse(String(decoding: data, as: UTF8.self), file: url.path)
        func string(_ table: TOMLTable, _ key: String, prefix: String, line: Int) throws -> String {
            guard let entry = table[key] else {
                throw InputError("missing key \(prefix)\(key)", file: url.path, line: line)
            }
            guard case .string(let s) = entry.value else {
                throw InputError(
                    "\(prefix)\(key) must be a string; it is \(entry.value.typeName)", file: url.path, line: entry.line)
            }
            return s
        }
        let place = try string(root, "place", prefix: "", line: 1)
        let date =
            root["population_date"] == nil
            ? defaultPopulationDate : try string(root, "population_date", prefix: "", line: 1)
        var sources: [Source] = []
        if let entry = root["sources"] {
            guard case .table(let table) = entry.value else {
                throw InputError("sources must be a table of [sources.NAME] tables", file: url.path, line: entry.line)
            }
            for e in table.entries {
                guard case .table(let s) = e.value else {
                    throw InputError("sources.\(e.key) must be a table", file: url.path, line: e.line)
                }
                let p = "sources.\(e.key)."
                sources.append(
                    Source(
                        name: e.key, folder: try string(s, "folder", prefix: p, line: e.line),
                        credit: try string(s, "credit", prefix: p, line: e.line),
                        source: try string(s, "source", prefix: p, line: e.line),
                        licence: try string(s, "licence", prefix: p, line: e.line)))
            }
        }
        return Provenance(place: place, sources: sources, populationDate: date)
    }

    /// The file's text, as ``load(from:)`` reads it.
    public func toml() -> String {
        // JSON's escapes (\", \\, \n, \r, \t, \uXXXX) are TOML basic-string escapes too.
        let quoted = DataTable.jsonString
        var text = "# Where this dataset's numbers come from (machine-readable; written with the data).\n"
        text += "place = \(quoted(place))\n"
        if populationDate != Self.defaultPopulationDate { text += "population_date = \(quoted(populationDate))\n" }
        for s in sources {
            text += "\n[sources.\(s.name)]\n"
            text += "folder = \(quoted(s.folder))\ncredit = \(quoted(s.credit))\n"
            text += "source = \(quoted(s.source))\nlicence = \(quoted(s.licence))\n"
        }
        return text
    }
}
