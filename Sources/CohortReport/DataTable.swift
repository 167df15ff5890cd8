import Foundation
import CohortKit

/// A table of results that renders four ways: aligned text for the screen,
/// Markdown, CSV and JSON. Columns carry a machine name (CSV header, JSON
/// field) and a title for people; CSV and JSON use the same names.
///
/// ```swift
/// var t = DataTable([.init("year", "Year", .year), .init("total", "Total", .persons)])
/// t.append([.number(2024), .number(23_400_220)])
/// print(t.text().render()); print(t.csv()); print(t.json())
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

        /// The kind of an indicator, from its unit: persons (signed for net
        /// migrants), a fraction as a percentage, else the unit's decimals.
        public static func of(_ indicator: Indicator) -> Kind {
            switch indicator.unit {
            case .persons: indicator.isSigned ? .signedPersons : .persons
            case .fraction: .percent(indicator.unit.screenDecimals)
            default: .fixed(screen: indicator.unit.screenDecimals, machine: indicator.unit.machineDecimals)
            }
        }
    }

    /// A column: machine name, title for people, kind.
    public struct Column: Sendable {
        /// The column of an indicator: its name and title under `options`' band, its unit's kind.
        public static func indicator(_ indicator: Indicator, _ options: AnalysisOptions) -> Column {
            Column(indicator.name(options), indicator.title(options), .of(indicator))
        }

        /// The machine name: CSV header, JSON field.
        public var name: String
        /// The title for people: screen and Markdown header.
        public var title: String
        /// How its numbers are shown.
        public var kind: Kind
        /// A column from its parts.
        public init(_ name: String, _ title: String, _ kind: Kind) {
            self.name = name
            self.title = title
            self.kind = kind
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

    /// The table for the screen.
    public func text() -> TextTable {
        var t = TextTable(columns.map(\.title), alignments: columns.map { $0.kind == .text ? .left : .right })
        for row in rows { t.append(zip(columns, row).map { screen($1, $0.kind) }) }
        return t
    }

    /// The table in Markdown (numbers formatted as on the screen).
    public func markdown() -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
        var out = [line(columns.map(\.title)), "|" + columns.map { $0.kind == .text ? " --- |" : " ---: |" }.joined()]
        for row in rows { out.append(line(zip(columns, row).map { screen($1, $0.kind) })) }
        return out.joined(separator: "\n") + "\n"
    }

    /// The table as CSV: a header of machine names, RFC 4180 quoting, `.`
    /// decimals, no thousands separators; persons rounded to whole persons.
    public func csv() -> String {
        var out = CSVField.line(columns.map(\.name))
        for row in rows { out += CSVField.line(zip(columns, row).map { machine($1, $0.kind) }) }
        return out
    }

    /// The table as a JSON array of objects, one per row, fields named as
    /// the CSV columns, in column order; missing values are `null`.
    public func json() -> String {
        let objects = rows.map { row in
            "  {" + zip(columns, row).map { column, value -> String in
                let v: String
                switch value {
                case .missing: v = "null"
                case .text(let s): v = Self.jsonString(s)
                case .number(let d): v = column.kind == .text ? Self.jsonString(machine(value, column.kind)) : machine(.number(d), column.kind)
                case .numberAs(let d, let kind): v = machine(.number(d), kind)
                }
                return Self.jsonString(column.name) + ": " + v
            }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "" : "\n") + "]\n"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A cell for people: numbers with the minus sign U+2212 (CSV and JSON keep
    /// ASCII `-`), text with control characters escaped (see ``InputError/printable(_:limit:)``).
    private func screen(_ value: Value, _ kind: Kind) -> String {
        switch value {
        case .numberAs(let d, let own): return screen(.number(d), own)
        case .missing: return ""
        case .text(let s): return InputError.printable(s, limit: 200)
        case .number(let d):
            let text: String
            switch kind {
            case .year: text = CSVNumber.format(d, places: 0)
            case .persons: text = NumberFormat.persons(d)
            case .signedPersons: text = NumberFormat.signedPersons(d)
            case .decimal(let p): text = NumberFormat.decimal(d, places: p)
            case .percent(let p): text = NumberFormat.decimal(100 * d, places: p)
            case .fixed(let p, _): text = NumberFormat.decimal(d, places: p)
            case .text: text = CSVNumber.format(d)
            }
            return text.hasPrefix("-") ? "−" + text.dropFirst() : text
        }
    }

    private func machine(_ value: Value, _ kind: Kind) -> String {
        switch value {
        case .numberAs(let d, let own): return machine(.number(d), own)
        case .missing: return ""
        case .text(let s): return s
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
