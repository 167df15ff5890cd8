/// One series of an input file given by age spans (single ages, closed
/// groups such as `35-39`, the open group), checked to tile its ages and
/// graduated to single years of age by ``MonotoneGraduation``:
///
/// - ``Kind/counts`` (population): each group's total kept exactly, nothing negative;
/// - ``Kind/signedCounts`` (net migrants): each group's total kept exactly; the
///   series is shifted by a constant per year of age so that every group is
///   non-negative, graduated, and shifted back;
/// - ``Kind/rates`` (fertility rates, per woman per year): the group's
///   rate × width is graduated, so the single-age rates of a group sum to the
///   group's contribution to the TFR (its births, when women are spread evenly
///   within it);
/// - ``Kind/deathRates`` (m(x), per person-year) through the life table: each
///   group's rate gives its probability of dying, nqx = n·m / (1 + (n − a)·m)
///   with a = n/2 (the abridged table's usual assumption), hence the abridged
///   survivorship l(x) at the group boundaries; the cumulative hazard
///   −ln l(x) is graduated (its increments, monotone) to single ages, and each
///   single age's q gives m = q / (1 − q/2), the inverse of Cohort's single-age
///   life table (a = ½ above age 0). So the single-age table passes through the
///   abridged table's l(x) at every boundary. A one-year group keeps its rate.
///
/// The open group's rate or count is kept as it is.
import Foundation

struct GroupedSeries {
    /// What the values are.
    enum Kind {
        /// Persons, ≥ 0.
        case counts
        /// Persons, of either sign.
        case signedCounts
        /// Per person-year, ≥ 0, graduated as rate × width (fertility).
        case rates
        /// Death rates, graduated through the life table (see the type's description).
        case deathRates
    }

    /// One row: its ages, its value and its line in the file.
    struct Row {
        var span: AgeSpan
        var value: Double
        var line: Int
    }

    /// The rows, in file order.
    var rows: [Row] = []

    /// The single-age values 0…ω (ω = `openAge`, the open group last).
    /// With `partial` (fertility), the groups need only tile their own range
    /// (ages outside it are 0) and may leave out the open group.
    ///
    /// - Throws: ``InputError`` naming the file and line of a gap, an overlap
    ///   or a second open group, with `what` (e.g. "2030, female") saying which series.
    func singleAges(
        kind: Kind, openAge omega: Int, partial: Bool = false, file: String, what: String
    ) throws -> [Double] {
        let sorted = rows.sorted { ($0.span.lower, $0.line) < ($1.span.lower, $1.line) }
        var out = [Double](repeating: 0, count: omega + 1)
        var closed: [Row] = []
        var open: Row? = nil
        for row in sorted {
            if row.span.isOpen {
                if let o = open {
                    throw InputError(
                        "two open age groups for \(what), \(o.span) (line \(o.line)) and \(row.span)", file: file,
                        line: row.line,
                        column: "age")
                }
                guard row.span.lower == omega else {
                    throw InputError(
                        "the open age group \(row.span) for \(what) differs from \(omega)+, the open group of population.csv",
                        file: file, line: row.line, column: "age")
                }
                open = row
            } else if row.span.upper! >= omega {
                throw InputError(
                    "the age group \(row.span) for \(what) reaches the open age group \(omega)+ of population.csv",
                    file: file, line: row.line, column: "age")
            } else {
                closed.append(row)
            }
        }
        var next = partial ? (closed.first?.span.lower ?? omega) : 0
        var previous: Row? = nil
        for row in closed {
            if row.span.lower < next, let p = previous {
                throw InputError(
                    "age \(row.span.lower) is in two groups for \(what): \(p.span) (line \(p.line)) and \(row.span)",
                    file: file,
                    line: row.line, column: "age")
            }
            if row.span.lower > next {
                let gap = next == row.span.lower - 1 ? "age \(next) is" : "ages \(next)–\(row.span.lower - 1) are"
                let around =
                    previous.map { "between \($0.span) (line \($0.line)) and \(row.span)" } ?? "before \(row.span)"
                throw InputError("\(gap) missing for \(what) (\(around))", file: file, line: row.line, column: "age")
            }
            next = row.span.upper! + 1
            previous = row
        }
        if let open {
            out[omega] = open.value
            if !closed.isEmpty && next < omega {
                let gap = next == omega - 1 ? "age \(next) is" : "ages \(next)–\(omega - 1) are"
                throw InputError(
                    "\(gap) missing for \(what) (between \(previous!.span) (line \(previous!.line)) and \(open.span))",
                    file: file, line: open.line, column: "age")
            }
        } else if !partial {
            throw InputError(
                "no open age group for \(what); the last group must be \(omega)+", file: file, line: sorted.last?.line,
                column: "age")
        }
        guard let first = closed.first else { return out }
        let boundaries = [first.span.lower] + closed.map { $0.span.upper! + 1 }
        let widths = closed.map { Double($0.span.width!) }
        var totals: [Double]
        var shift = 0.0
        switch kind {
        case .counts: totals = closed.map(\.value)
        case .rates: totals = zip(closed, widths).map { $0.value * $1 }
        case .deathRates:
            totals = Self.hazardIncrements(closed, separation: widths.map { $0 / 2 })
        case .signedCounts:
            shift = Swift.max(0, -(zip(closed, widths).map { $0.value / $1 }.min() ?? 0))
            totals = zip(closed, widths).map { $0.value + shift * $1 }
        }
        if closed.allSatisfy({ $0.span.width == 1 }) {
            for row in closed { out[row.span.lower] = row.value }
            return out
        }
        let graduation = try MonotoneGraduation(boundaries: boundaries).graduate([totals])[0]
        for (i, v) in graduation.enumerated() { out[first.span.lower + i] = v - shift }
        if kind == .deathRates {
            Self.deathRates(&out, closed: closed)
        }
        return out
    }

    /// −ln(1 − nqx) of each group, nqx = n·m / (1 + (n − a)·m) with `separation` a.
    static func hazardIncrements(_ closed: [Row], separation: [Double]) -> [Double] {
        zip(closed, separation).map { row, a in
            let n = Double(row.span.width!), m = row.value
            let q = Swift.min(1, n * m / (1 + (n - a) * m))
            return q >= 1 ? 50 : -log1p(-q)
        }
    }

    /// Single-age hazard increments in `out` back to m(x) = q / (1 − q/2);
    /// one-year groups keep their rates. (Refining each group's separation
    /// factor from the single-age table was tried: it moved l(85) closer to
    /// Taiwan's complete table but e(0) further, 0.06 year; not kept.)
    static func deathRates(_ out: inout [Double], closed: [Row]) {
        for row in closed {
            for a in row.span.lower...row.span.upper! {
                let q = -expm1(-out[a])
                out[a] = row.span.width == 1 ? row.value : q / (1 - q / 2)
            }
        }
    }
}
