import Foundation

/// A probabilistic projection's published quantiles by year (the UN WPP
/// 2024's, in a dataset's `projection_bounds.csv`): the 2.5%, 10%, 50%, 90%
/// and 97.5% points of the TFR, e(0) by sex and net migrants.
///
/// ``value(_:year:z:)`` reads a year's marginal distribution as a function of
/// a standard normal z: piecewise linear in z through the five published
/// points (z = ±1.96, ±1.28, 0), continued beyond ±1.96 along the outer
/// segments. A standard normal z then has exactly the published quantiles.
public struct ProjectionBounds: Sendable, Equatable {
    /// What the bounds are of.
    public enum Quantity: String, Sendable, Equatable, CaseIterable {
        /// Total fertility rate, children per woman.
        case tfr
        /// Life expectancy at birth of women, years.
        case e0Female = "e0_female"
        /// Life expectancy at birth of men, years.
        case e0Male = "e0_male"
        /// Net migrants in the year, persons.
        case netMigrants = "net_migrants"

        /// The e(0) quantity of a sex.
        public static func e0(_ sex: Sex) -> Quantity { sex == .female ? .e0Female : .e0Male }
    }

    /// The probabilities of the published points.
    public static let probabilities = [0.025, 0.1, 0.5, 0.9, 0.975]
    /// Their standard normal quantiles.
    public static let z = probabilities.map(NormalDistribution.quantile)

    /// The five points by quantity and year, in the order of ``probabilities``.
    public var points: [Quantity: [Int: [Double]]]
    /// Where they come from, for notes.
    public var source: String

    /// Bounds from their parts.
    public init(points: [Quantity: [Int: [Double]]], source: String) {
        self.points = points
        self.source = source
    }

    /// The file name in a dataset.
    public static let fileName = "projection_bounds.csv"

    /// The published median of `quantity` in `year`, if given.
    public func median(_ quantity: Quantity, year: Int) -> Double? { points[quantity]?[year]?[2] }

    /// The value at standard normal `z` of `quantity`'s distribution in `year` (see the type), if given.
    public func value(_ quantity: Quantity, year: Int, z: Double) -> Double? {
        points[quantity]?[year].map { Self.value(of: $0, z: z) }
    }

    /// The value at standard normal `z` of the distribution through the five points `q` (see the type).
    public static func value(of q: [Double], z: Double) -> Double {
        q.withUnsafeBufferPointer { q in Self.z.withUnsafeBufferPointer { value(of: q, z: z, points: $0) } }
    }

    /// ``value(of:z:)`` on buffers: `q` the five values, `zs` the five points of ``z``.
    @inline(__always)
    static func value(of q: UnsafeBufferPointer<Double>, z: Double, points zs: UnsafeBufferPointer<Double>) -> Double {
        // The segment: how many of the inner points z lies above (counted, not branched on: z is random).
        let k = (z > zs[1] ? 1 : 0) + (z > zs[2] ? 1 : 0) + (z > zs[3] ? 1 : 0)
        return q[k] + (q[k + 1] - q[k]) * (z - zs[k]) / (zs[k + 1] - zs[k])
    }

    /// Reads `projection_bounds.csv` in `folder` (`year,indicator,lower_95,lower_80,median,upper_80,upper_95`);
    /// `nil` when there is none.
    ///
    /// - Throws: ``InputError`` naming the file and line of an unknown
    ///   indicator, a year given twice, or quantiles out of order.
    public static func load(from folder: URL) throws -> ProjectionBounds? {
        let url = folder.appendingPathComponent(fileName)
        guard FileSystem.kind(url.path) != .none else { return nil }
        let t = try CSVTable.read(url, displayName: fileName)
        let cYear = try t.requireColumn("year"), cName = try t.requireColumn("indicator")
        let cs = try ["lower_95", "lower_80", "median", "upper_80", "upper_95"].map { try t.requireColumn($0) }
        var points: [Quantity: [Int: [Double]]] = [:]
        for r in t.records {
            let year = try t.integer(r, cYear)
            guard let quantity = Quantity(rawValue: t.text(r, cName)) else {
                throw InputError(
                    "unknown indicator \(InputError.quote(t.text(r, cName))); expected tfr, e0_female, e0_male or net_migrants",
                    file: t.file, line: r.line, column: "indicator")
            }
            guard points[quantity]?[year] == nil else {
                throw InputError("a second row for \(quantity.rawValue) in \(year)", file: t.file, line: r.line)
            }
            let q = try cs.map { try t.number(r, $0) }
            guard zip(q, q.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw InputError(
                    "the quantiles of \(quantity.rawValue) in \(year) are not in order (lower_95 ≤ lower_80 ≤ median ≤ upper_80 ≤ upper_95)",
                    file: t.file, line: r.line)
            }
            points[quantity, default: [:]][year] = q
        }
        return ProjectionBounds(points: points, source: fileName)
    }
}
