import Foundation

/// A table of results: every tabular output of Cohort (the files
/// `indicators.csv`, `flows.csv`, `cohorts.csv`, `waves.csv`, `policy.csv`,
/// `quantiles.csv`, and every table printed) is one. CohortKit renders it
/// for machines (``csv()``, ``json()``); CohortReport renders it for people
/// (aligned text, Markdown, HTML). Columns carry a machine name (CSV header,
/// JSON field), a title for people and a kind that fixes the decimals of
/// each rendering; CSV and JSON use the same names and the same decimals.
///
/// ```swift
/// var t = DataTable([.init("year", "Year", .year), .init("total", "Total", .persons)])
/// t.append([.number(2024), .number(23_400_220)])
/// print(t.csv()); print(t.json())
/// ```
public struct DataTable: Sendable {
    /// How a column's numbers are shown.
    public enum Kind: Sendable, Equatable {
        /// A calendar year or another whole label: `2024`.
        case year
        /// Persons: whole numbers, thousands separators on screen.
        case persons
        /// Persons with a sign on screen (`+6,836`, `−1,503,175`).
        case signedPersons
        /// A number with this many decimals on screen (CSV and JSON keep two more).
        case decimal(Int)
        /// A fraction (0.1918) shown on screen as a percentage with this many
        /// decimals (19.2); CSV and JSON keep the fraction, with three more
        /// decimals (0.1918), as `indicators.csv` writes shares.
        case percent(Int)
        /// A number with `screen` decimals on screen and `machine` in CSV and JSON.
        case fixed(screen: Int, machine: Int)
        /// Text.
        case text

        /// The kind of a quantity in `unit`: persons (with a sign on screen
        /// when `signed`), a fraction as a percentage, else the unit's decimals.
        public static func of(_ unit: IndicatorUnit, signed: Bool = false) -> Kind {
            switch unit {
            case .persons: signed ? .signedPersons : .persons
            case .fraction, .participation: .percent(unit.screenDecimals)
            default: .fixed(screen: unit.screenDecimals, machine: unit.machineDecimals)
            }
        }
    }

    /// Which renderings show a column.
    public enum Audience: Sendable, Equatable {
        /// Every rendering.
        case everyone
        /// Only CSV and JSON (e.g. a birth-year range split in two columns).
        case machines
        /// Only text, Markdown and HTML (e.g. the same range as "1958–1966").
        case people
    }

    /// A column: machine name, title for people, kind, audience.
    public struct Column: Sendable {
        /// The machine name: CSV header, JSON field.
        public var name: String
        /// The title for people: screen and Markdown header.
        public var title: String
        /// How its numbers are shown.
        public var kind: Kind
        /// Which renderings show it.
        public var audience: Audience
        /// A column from its parts (shown to everyone unless `audience` says otherwise).
        public init(_ name: String, _ title: String, _ kind: Kind, audience: Audience = .everyone) {
            self.name = name
            self.title = title
            self.kind = kind
            self.audience = audience
        }
    }

    /// A cell.
    public enum Value: Sendable, Equatable {
        /// A number, formatted by the column's kind.
        case number(Double)
        /// A number formatted by its own kind (for tables whose rows differ in unit).
        case numberAs(Double, Kind)
        /// Text, as it is.
        case text(String)
        /// Yes or no: `true`/`false` in CSV and JSON, "yes"/"no" for people.
        case flag(Bool)
        /// No value: an empty cell, `null` in JSON.
        case missing
    }

    /// The columns, in order.
    public var columns: [Column]
    /// The rows, one value per column.
    public private(set) var rows: [[Value]] = []

    /// An empty table with these columns.
    public init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row; it must have one value per column.
    public mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "a row needs \(columns.count) values")
        rows.append(row)
    }

    /// A number or `missing`.
    public static func value(_ v: Double?) -> Value { v.map { .number($0) } ?? .missing }

    /// Text or `missing`.
    public static func value(_ s: String?) -> Value { s.map { .text($0) } ?? .missing }

    /// The table with a leading text column `scenario` holding `name` in every row.
    public func withScenario(_ name: String) -> DataTable {
        var t = DataTable([Column("scenario", "Scenario", .text)] + columns)
        t.rows = rows.map { [.text(name)] + $0 }
        return t
    }

    /// Appends the rows of `other`, which must have the same column names.
    ///
    /// - Throws: ``InputError`` when the columns differ.
    public mutating func append(rowsOf other: DataTable) throws {
        guard other.columns.map(\.name) == columns.map(\.name) else {
            throw InputError(
                "the tables' columns differ: \(columns.map(\.name).joined(separator: ",")) and \(other.columns.map(\.name).joined(separator: ","))"
            )
        }
        rows += other.rows
    }

    /// The columns shown to `audience` (and to everyone) with their indices.
    public func shown(to audience: Audience) -> [(index: Int, column: Column)] {
        columns.enumerated().filter { $0.element.audience == .everyone || $0.element.audience == audience }.map {
            ($0.offset, $0.element)
        }
    }

    /// The table as CSV: a header of machine names, RFC 4180 quoting, `.`
    /// decimals, no thousands separators; persons rounded to whole persons,
    /// other numbers with their kind's machine decimals.
    public func csv() -> String {
        let shown = shown(to: .machines)
        var out = CSVField.line(shown.map(\.column.name))
        for row in rows { out += CSVField.line(shown.map { machine(row[$0.index], $0.column.kind) }) }
        return out
    }

    /// The table as a JSON array of objects, one per row, fields named as
    /// the CSV columns, in column order; missing values are `null`.
    public func json() -> String {
        let shown = shown(to: .machines)
        let objects = rows.map { row in
            "  {"
                + shown.map { (row[$0.index], $0.column) }.map { value, column -> String in
                    let v: String
                    switch value {
                    case .missing: v = "null"
                    case .text(let s): v = Self.jsonString(s)
                    case .flag(let b): v = b ? "true" : "false"
                    case .number(let d):
                        v =
                            column.kind == .text
                            ? Self.jsonString(machine(value, column.kind)) : machine(.number(d), column.kind)
                    case .numberAs(let d, let kind): v = machine(.number(d), kind)
                    }
                    return Self.jsonString(column.name) + ": " + v
                }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "" : "\n") + "]\n"
    }

    /// `s` as a JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A cell for machines: numbers by `kind`'s machine decimals, text as it is, missing as empty.
    public func machine(_ value: Value, _ kind: Kind) -> String {
        switch value {
        case .numberAs(let d, let own): return machine(.number(d), own)
        case .missing: return ""
        case .text(let s): return s
        case .flag(let b): return b ? "true" : "false"
        case .number(let d):
            switch kind {
            case .year: return CSVNumber.format(d, places: 0)
            case .persons, .signedPersons: return CSVNumber.format(d, places: 0)
            case .decimal(let p): return CSVNumber.format(d, places: Swift.min(p + 2, 9))
            case .percent(let p): return CSVNumber.format(d, places: Swift.min(p + 3, 9))
            case .fixed(_, let p): return CSVNumber.format(d, places: p)
            case .text: return CSVNumber.format(d)
            }
        }
    }
}
