import CohortKit

extension DataTable {
    /// The table for the screen: the columns shown to people, numbers as
    /// people read them (thousands separators, percentages, U+2212 minus).
    public func text() -> TextTable {
        let shown = shown(to: .people)
        var t = TextTable(shown.map(\.column.title), alignments: shown.map { $0.column.kind == .text ? .left : .right })
        for row in rows { t.append(shown.map { screen(row[$0.index], $0.column.kind) }) }
        return t
    }

    /// The table in Markdown (numbers formatted as on the screen).
    public func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let shown = shown(to: .people)
        var out = [
            line(shown.map(\.column.title)),
            "|" + shown.map { $0.column.kind == .text ? " --- |" : " ---: |" }.joined(),
        ]
        for row in rows { out.append(line(shown.map { screen(row[$0.index], $0.column.kind) })) }
        return out.joined(separator: "\n") + "\n"
    }

    /// A cell for people: numbers with the minus sign U+2212 (CSV and JSON keep
    /// ASCII `-`), text with control characters escaped (see ``InputError/printable(_:limit:)``).
    func screen(_ value: Value, _ kind: Kind) -> String {
        switch value {
        case .numberAs(let d, let own): return screen(.number(d), own)
        case .missing: return ""
        case .text(let s): return InputError.printable(s, limit: 200)
        case .flag(let b): return b ? "yes" : "no"
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
}
