/// Graduation of grouped counts (totals over age groups) to single years of
/// age by a monotone cubic spline through the cumulative counts.
///
/// The cumulative total F(x) is known at the group boundaries x₀ < x₁ < … < x_K.
/// It is interpolated with a piecewise cubic Hermite polynomial whose slopes
/// at the boundaries follow the PCHIP rule of Fritsch and Butland (1984), as
/// in MATLAB's `pchip` and SciPy's `PchipInterpolator`; single-age values are
/// the differences F(a + 1) − F(a). Because F is non-decreasing and PCHIP
/// preserves monotonicity:
/// - every group's total is kept exactly (F passes through the boundary values);
/// - no single-age value is negative;
/// - groups of unequal width (0, 1–4, 5–9, …) are handled as they are.
///
/// The linear part is a fixed coefficient matrix: with V the stacked
/// boundary values and slopes of every series (2(K + 1) rows, one column per
/// series), the single-age values are H·V, where H holds the Hermite basis
/// differenced at every single age. ``graduate(_:)`` applies it to all series
/// at once, summing in a fixed order so that every CPU gives the same bits.
/// The slopes are a small non-linear step; a purely linear method such as Sprague's multipliers cannot be used here
/// because it goes negative at the steep tails of fertility schedules (for
/// Taiwan's 2020–2025 pattern it gives a negative rate at age 47).
///
/// ```swift
/// let g = MonotoneGraduation(boundaries: [15, 20, 25, 30, 35, 40, 45, 50])
/// let single = try g.graduate([[1.8, 9.2, 23.8, 37.2, 22.6, 5.1, 0.4]])  // ages 15…49
/// ```
public struct MonotoneGraduation: Sendable {
    /// The group boundaries, in years of age, strictly increasing.
    public let boundaries: [Int]
    /// H, column-major, `singleAges.count × 2·boundaries.count`.
    let hermite: [Double]

    /// The single ages the graduation produces: boundaries.first ..< boundaries.last.
    public var singleAges: Range<Int> { boundaries.first!..<boundaries.last! }

    /// A graduation for groups [x₀, x₁), [x₁, x₂), …, [x_{K−1}, x_K).
    public init(boundaries: [Int]) {
        precondition(boundaries.count >= 2, "a graduation needs at least one group")
        precondition(zip(boundaries, boundaries.dropFirst()).allSatisfy { $0 < $1 }, "boundaries must increase")
        self.boundaries = boundaries
        let k = boundaries.count
        let first = boundaries.first!, last = boundaries.last!
        let rows = last - first
        // E: F at every integer age first…last from (F₀…F_K, d₀…d_K).
        var atPoints = Array(repeating: 0.0, count: (rows + 1) * 2 * k)  // (rows+1) × 2k, row-major here
        var interval = 0
        for (p, x) in (first...last).enumerated() {
            while interval < k - 2 && x >= boundaries[interval + 1] { interval += 1 }
            let x0 = Double(boundaries[interval]), x1 = Double(boundaries[interval + 1])
            let h = x1 - x0
            let t = (Double(x) - x0) / h
            let t2 = t * t, t3 = t2 * t
            atPoints[p * 2 * k + interval] += 2 * t3 - 3 * t2 + 1  // h00 · F_i
            atPoints[p * 2 * k + interval + 1] += -2 * t3 + 3 * t2  // h01 · F_{i+1}
            atPoints[p * 2 * k + k + interval] += (t3 - 2 * t2 + t) * h  // h10 · h · d_i
            atPoints[p * 2 * k + k + interval + 1] += (t3 - t2) * h  // h11 · h · d_{i+1}
        }
        // H = differences of consecutive rows of E, stored column-major.
        var h = Array(repeating: 0.0, count: rows * 2 * k)
        for r in 0..<rows {
            for c in 0..<(2 * k) {
                h[r + c * rows] = atPoints[(r + 1) * 2 * k + c] - atPoints[r * 2 * k + c]
            }
        }
        self.hermite = h
    }

    /// Graduates each series of group totals (one value per group, finite
    /// and ≥ 0) to single ages ``singleAges``.
    ///
    /// - Throws: ``GraduationError`` for a series of the wrong length or a
    ///   negative or non-finite total.
    public func graduate(_ series: [[Double]]) throws -> [[Double]] {
        let k = boundaries.count
        let groups = k - 1
        let rows = singleAges.count
        var v = Array(repeating: 0.0, count: 2 * k * series.count)  // column-major 2k × series
        for (j, totals) in series.enumerated() {
            guard totals.count == groups else {
                throw GraduationError.wrongNumberOfGroups(expected: groups, got: totals.count)
            }
            for (i, value) in totals.enumerated() where !(value.isFinite && value >= 0) {
                throw GraduationError.invalidTotal(group: i, value: value)
            }
            var cumulative = 0.0
            v[j * 2 * k] = 0
            for i in 0..<groups {
                cumulative += totals[i]
                v[j * 2 * k + i + 1] = cumulative
            }
            let slopes = Self.pchipSlopes(boundaries: boundaries, totals: totals)
            for i in 0..<k { v[j * 2 * k + k + i] = slopes[i] }
        }
        // H·V in a fixed order (one running sum per value, columns of H in
        // turn), not through dgemm: OpenBLAS's kernels differ by CPU (FMA or
        // not, blocking), and the bundled data must come out byte for byte
        // the same on every machine. The matrices are tiny (≈ 100 × 40).
        var out = Array(repeating: 0.0, count: rows * series.count)
        let depth = 2 * k
        for j in 0..<series.count {
            for r in 0..<rows {
                var sum = 0.0
                for c in 0..<depth { sum += hermite[r + c * rows] * v[c + j * depth] }
                out[r + j * rows] = sum
            }
        }
        // Rounding can leave −1e-17 where a flat stretch should give 0.
        return (0..<series.count).map { j in
            (0..<rows).map { r in
                let y = out[r + j * rows]
                return y < 0 && y > -1e-12 * Swift.max(1, series[j].reduce(0, +)) ? 0 : y
            }
        }
    }

    /// Slopes of the cumulative at each boundary by the PCHIP rule: weighted
    /// harmonic means of the neighbouring secants inside, zero where a secant
    /// is zero, and the shape-preserving three-point formula at the ends.
    static func pchipSlopes(boundaries x: [Int], totals: [Double]) -> [Double] {
        let k = x.count
        let h = (0..<(k - 1)).map { Double(x[$0 + 1] - x[$0]) }
        let m = (0..<(k - 1)).map { totals[$0] / h[$0] }
        var d = Array(repeating: 0.0, count: k)
        if k == 2 { return [m[0], m[0]] }
        for i in 1..<(k - 1) {
            if m[i - 1] > 0 && m[i] > 0 {
                let w1 = 2 * h[i] + h[i - 1], w2 = h[i] + 2 * h[i - 1]
                d[i] = (w1 + w2) / (w1 / m[i - 1] + w2 / m[i])
            }
        }
        func edge(_ h0: Double, _ h1: Double, _ m0: Double, _ m1: Double) -> Double {
            var e = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1)
            if e.sign != m0.sign || e == 0 || m0 == 0 {
                e = 0
            } else if (m0 > 0) != (m1 > 0) && abs(e) > 3 * abs(m0) {
                e = 3 * m0
            }
            return e
        }
        d[0] = edge(h[0], h[1], m[0], m[1])
        d[k - 1] = edge(h[k - 2], h[k - 3], m[k - 2], m[k - 3])
        return d
    }
}
