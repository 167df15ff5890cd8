import Testing

@testable import CohortKit

/// Expected values from SciPy's `PchipInterpolator` (an independent
/// implementation of the same PCHIP rule) through the cumulative totals,
/// differenced at single ages, rounded to 10–12 decimals:
/// `np.diff(PchipInterpolator(x, np.r_[0, np.cumsum(g)])(np.arange(x[0], x[-1] + 1)))`.
@Suite("Graduation to single ages")
struct GraduationTests {
    /// UN WPP 2024, Taiwan 2020–2025: percent of the TFR by 5-year age group of mother, 15–19 … 45–49.
    static let pasfr2023 = [
        1.78597635714357, 9.21164764442351, 23.7526664526971, 37.231719260921,
        22.5711823638847, 5.07842973734375, 0.368378183586494,
    ]

    @Test("Fertility shares 15–49 agree with SciPy's PCHIP")
    func fertilityAgainstSciPy() throws {
        let g = MonotoneGraduation(boundaries: [15, 20, 25, 30, 35, 40, 45, 50])
        let single = try g.graduate([Self.pasfr2023])[0]
        let scipy = [
            0.0900013855, 0.2514418252, 0.3850387682, 0.4907922144, 0.5687021638, 0.9161708921,
            1.4827565224, 1.9458358409, 2.3054088473, 2.5614755418, 3.24139873, 4.2468959761,
            5.0014632564, 5.5051005708, 5.7578079194, 6.6850879945, 7.8988228332, 8.2794507621,
            7.826971781, 6.5413858901, 5.6794501048, 5.5166787346, 4.9340719186, 3.9316296568,
            2.5093519492, 1.5674664793, 1.3481486119, 1.072258346, 0.7397956816, 0.3507606187,
            0.1262381286, 0.1023486392, 0.0760673933, 0.0473943908, 0.0163296317,
        ]
        #expect(g.singleAges == 15..<50)
        #expect(allClose(single, scipy, relative: 0, absolute: 6e-11))
    }

    @Test("Unequal groups (0, 1–4, 5–9, 10–14) agree with SciPy's PCHIP")
    func unequalGroupsAgainstSciPy() throws {
        // UN WPP 2024 male death rates 2020–2025 times group width.
        let g = MonotoneGraduation(boundaries: [0, 1, 5, 10, 15])
        let single = try g.graduate([[0.00332094, 4 * 0.00031011, 5 * 9.274e-05, 5 * 0.0001199]])[0]
        let scipy = [
            0.00332094, 0.000549014873, 0.000338370922, 0.000204788025, 0.000148266181,
            0.000124734183, 9.3185635e-05, 7.7188544e-05, 7.6742908e-05, 9.184873e-05,
            0.000107925894, 0.000114329237, 0.00012031629, 0.000125887053, 0.000131041527,
        ]
        #expect(allClose(single, scipy, relative: 0, absolute: 6e-13))
    }

    @Test("A zero group stays zero and the slope into the next group starts flat")
    func zeroGroup() throws {
        let single = try MonotoneGraduation(boundaries: [10, 15, 20, 25]).graduate([[0, 3, 6]])[0]
        #expect(
            allClose(
                single, [0, 0, 0, 0, 0, 0.184, 0.488, 0.696, 0.808, 0.824, 0.896, 1.072, 1.224, 1.352, 1.456],
                relative: 0, absolute: 1e-12))
    }

    @Test("Group totals are kept to 1e-9 and nothing is negative, for many series at once")
    func totalsKept() throws {
        var rng = SplitMix64(seed: 11)
        let boundaries = [0, 1, 5] + Array(stride(from: 10, through: 100, by: 5))
        let g = MonotoneGraduation(boundaries: boundaries)
        let series = (0..<50).map { _ in
            (0..<(boundaries.count - 1)).map { _ in
                Double.random(in: 0...1, using: &rng) < 0.2 ? 0 : Double.random(in: 0...1000, using: &rng)
            }
        }
        let out = try g.graduate(series)
        for (totals, single) in zip(series, out) {
            #expect(single.allSatisfy { $0 >= 0 })
            for i in 0..<(boundaries.count - 1) {
                let lo = boundaries[i], hi = boundaries[i + 1]
                let sum = single[lo..<hi].reduce(0, +)
                #expect(isClose(sum, totals[i], relative: 1e-9, absolute: 1e-9))
            }
        }
    }

    @Test("Bad totals are refused, not clamped")
    func badTotals() {
        let g = MonotoneGraduation(boundaries: [0, 5, 10])
        #expect(throws: GraduationError.invalidTotal(group: 1, value: -1)) { try g.graduate([[1, -1]]) }
        #expect(throws: GraduationError.wrongNumberOfGroups(expected: 2, got: 3)) { try g.graduate([[1, 1, 1]]) }
    }
}
