import Foundation

/// Labour-force participation (or employment) rates by year, sex and single
/// age 0…ω, as fractions, from a few given years:
///
/// - a row's rate holds at every age of its group (`65-69`, `65+`), and ages
///   no row covers have rate 0 (children);
/// - between the years given for an age and sex the rate is interpolated
///   linearly; before the first it is the first, after the last the last.
///   Each age and sex has its own years, so a later year may update some
///   groups only (Taiwan's 2021 gives 50–64 and 65+ only).
///
/// Read from `labour.csv` (`year,sex,age,rate`; `sex` is `female`, `male` or
/// `both`, for rates given for both sexes together) by ``load(_:displayName:openAge:)``.
///
/// ```swift
/// let rates = try LabourRates.load(url, displayName: "labour.csv", openAge: 100)
/// rates.rates(in: 2030).female[67]   // the rate of women aged 67 in 2030
/// ```
public struct LabourRates: Sendable, Equatable {
    /// One given rate: its year and value (a fraction).
    public struct Point: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// The rate, 0…1.
        public var rate: Double

        /// A point from its parts.
        public init(year: Int, rate: Double) {
            self.year = year
            self.rate = rate
        }
    }

    /// The given rates by sex and single age 0…ω, each age's points in year order (empty: rate 0).
    public var points: BySex<[[Point]]>
    /// Where the rates come from, for notes (e.g. "labour.csv, both sexes").
    public var source: String
    /// True when every row was given for both sexes together.
    public var bothSexes: Bool

    /// The open age ω.
    public var openAge: Int { points.female.count - 1 }

    /// Rates from their parts.
    public init(points: BySex<[[Point]]>, source: String, bothSexes: Bool) {
        self.points = points
        self.source = source
        self.bothSexes = bothSexes
    }

    /// The rates of `year` by sex at ages 0…ω.
    public func rates(in year: Int) -> BySex<[Double]> {
        points.map { ages in ages.map { Self.interpolate($0, at: year) } }
    }

    /// The last year given for any age and sex.
    public var lastYear: Int? { (points.female + points.male).compactMap { $0.last?.year }.max() }

    static func interpolate(_ points: [Point], at year: Int) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if year <= first.year { return first.rate }
        if year >= last.year { return last.rate }
        let k = points.lastIndex { $0.year <= year }!
        let a = points[k], b = points[k + 1]
        let w = Double(year - a.year) / Double(b.year - a.year)
        return a.rate + w * (b.rate - a.rate)
    }

    /// The rates moved towards `targets`: at each target's ages (and sex, or
    /// both), the rate runs linearly from its value in the later of `from`
    /// (the base year, so that the base year keeps its labour force) and the
    /// last year given for that age to the target's rate in the target's
    /// year, and holds after it.
    ///
    /// - Throws: ``InputError`` for a target year not after that start, or a rate outside 0…1.
    public func moved(towards targets: [LabourTarget], from: Int = .min) throws -> LabourRates {
        var out = self
        for target in targets {
            guard (0...1).contains(target.rate) else {
                throw InputError("the target rate \(target.rate) for ages \(target.ages) lies outside 0…1")
            }
            let ages = target.ages.ages(openAge: openAge)
            for sex in target.sex.map({ [$0] }) ?? Sex.allCases {
                for a in ages {
                    let start = Swift.max(out.points[sex][a].last?.year ?? from, from)
                    guard target.year > start else {
                        let why = start == from ? "the base year" : "the last year the labour rates give for age \(a)"
                        throw InputError(
                            "the target for ages \(target.ages) in \(target.year) is not after \(start), \(why)")
                    }
                    if start > Int.min {
                        let now = Self.interpolate(out.points[sex][a], at: start)
                        out.points[sex][a].removeAll { $0.year >= start }
                        out.points[sex][a].append(Point(year: start, rate: now))
                    }
                    out.points[sex][a].append(Point(year: target.year, rate: target.rate))
                }
            }
        }
        if !targets.isEmpty {
            out.source +=
                "; moved towards "
                + targets.map { "\(String(format: "%.1f", 100 * $0.rate))% at \($0.ages) by \($0.year)" }.joined(
                    separator: ", ")
        }
        return out
    }

    /// Reads `year,sex,age,rate` rows (any order; rates as fractions 0…1).
    ///
    /// - Throws: ``InputError`` naming the file, line and column of a bad
    ///   cell, a rate outside 0…1 or a group reaching past the open age, and
    ///   the two lines of an age given twice for one year and sex (a `both`
    ///   row and a row for one sex overlap).
    public static func load(_ url: URL, displayName: String, openAge omega: Int) throws -> LabourRates {
        let t = try CSVTable.read(url, displayName: displayName)
        let cYear = try t.requireColumn("year"), cSex = try t.requireColumn("sex"), cAge = try t.requireColumn("age"),
            cRate = try t.requireColumn("rate")
        guard !t.records.isEmpty else { throw InputError("no rows", file: t.file) }
        // Per year: the line that gave each sex and age.
        var given: [Int: BySex<[Int]>] = [:]
        var points = BySex { _ in [[Point]](repeating: [], count: omega + 1) }
        var both = true
        for r in t.records {
            let year = try t.integer(r, cYear)
            let sexes: [Sex]
            if t.text(r, cSex) == "both" {
                sexes = Sex.allCases
            } else {
                sexes = [try t.sex(r, cSex)]
                both = false
            }
            let span = try t.ageSpan(r, cAge)
            if let upper = span.upper, upper >= omega {
                throw InputError(
                    "the age group \(span) reaches the open age group \(omega)+ of population.csv", file: t.file,
                    line: r.line, column: "age")
            }
            if span.isOpen && span.lower > omega {
                throw InputError(
                    "the open age group \(span) starts above \(omega)+, the open group of population.csv", file: t.file,
                    line: r.line, column: "age")
            }
            let rate = try t.number(r, cRate)
            guard (0...1).contains(rate) else {
                throw InputError(
                    "\(rate) is not a rate in 0…1"
                        + (rate > 1 && rate <= 100 ? " (a percentage? write \(rate / 100))" : ""),
                    file: t.file, line: r.line, column: "rate")
            }
            for sex in sexes {
                for a in span.ages(openAge: omega) {
                    let first = given[year]?[sex][a] ?? 0
                    if first != 0 {
                        throw InputError(
                            "age \(a == omega ? "\(a)+" : String(a)) of \(sex) in \(year) is given twice (first on line \(first))",
                            file: t.file, line: r.line, column: "age")
                    }
                    given[year, default: BySex { _ in [Int](repeating: 0, count: omega + 1) }][sex][a] = r.line
                    points[sex][a].append(Point(year: year, rate: rate))
                }
            }
        }
        points = points.map { ages in ages.map { $0.sorted { $0.year < $1.year } } }
        return LabourRates(
            points: points, source: displayName + (both ? ", both sexes" : ""), bothSexes: both)
    }
}
