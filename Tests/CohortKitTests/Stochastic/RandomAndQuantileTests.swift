import Foundation
import Testing

@testable import CohortKit

@Suite("Random streams, fast exponential and quantiles")
struct RandomAndQuantileTests {
    @Test("A stream is reproducible; neighbouring streams differ")
    func streams() {
        var a = RandomStream(seed: 42, stream: 7), b = RandomStream(seed: 42, stream: 7),
            c = RandomStream(seed: 42, stream: 8)
        let xa = (0..<100).map { _ in a.next() }, xb = (0..<100).map { _ in b.next() },
            xc = (0..<100).map { _ in c.next() }
        #expect(xa == xb)
        #expect(zip(xa, xc).filter { $0 == $1 }.isEmpty)
    }

    @Test("Normals: mean 0, variance 1, and the requested correlation (200,000 pairs)")
    func normals() {
        var rng = RandomStream(seed: 3)
        let n = 200_000
        var s1 = 0.0, s2 = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
        for _ in 0..<n {
            let (x, y) = rng.nextCorrelatedNormals(rho: 0.6)
            s1 += x
            s2 += y
            sxx += x * x
            syy += y * y
            sxy += x * y
        }
        let nn = Double(n)
        // Standard errors: mean 1/√n ≈ 0.0022, variance √(2/n) ≈ 0.0032, correlation (1 − ρ²)/√n ≈ 0.0014.
        #expect(abs(s1 / nn) < 0.01 && abs(s2 / nn) < 0.01)
        #expect(abs(sxx / nn - 1) < 0.015 && abs(syy / nn - 1) < 0.015)
        #expect(abs(sxy / (sxx * syy).squareRoot() - 0.6) < 0.007)
    }

    @Test("fastExp agrees with the C library's exp to a few units in the last place")
    func fastExponential() {
        var rng = RandomStream(seed: 9)
        var worst = 0.0
        for _ in 0..<100_000 {
            let x = -60 + 120 * rng.nextUniform()
            worst = max(worst, abs(fastExp(x) / exp(x) - 1))
        }
        for x in [0.0, 1, -1, 0.5 * log(2.0), -0.5 * log(2.0), 700, -700, 1e-300] {
            worst = max(worst, abs(fastExp(x) / exp(x) - 1))
        }
        #expect(worst < 5e-16)
    }

    @Test(
        "Quantiles by selection equal quantiles of the fully sorted values, ties and edges included",
        arguments: [1, 2, 3, 10, 101, 1_000, 10_007])
    func selectionAgainstSort(count: Int) {
        var rng = RandomStream(seed: UInt64(count))
        // Values on a coarse grid so that ties are common.
        let values = (0..<count).map { _ in (rng.nextUniform() * 50).rounded() / 5 }
        let probabilities = [0, 0.001, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.999, 1]
        let sorted = values.sorted()
        let bySort = probabilities.map { p -> Double in
            let h = Double(count - 1) * p
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, count - 1)
            return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
        }
        #expect(Quantiles.type7(selecting: values, probabilities: probabilities) == bySort)
        #expect(Quantiles.type7(values, probabilities: probabilities) == bySort)
    }

    @Test(
        "The radix selection finds a sort's order statistics: negative and positive values, ±0 and ±∞, all equal, one value among thousands of copies, values that share all but their last bits, values spread over the whole range of doubles"
    )
    func radixSelection() {
        var rng = RandomStream(seed: 31)
        let n = 5_001
        let sets: [[Double]] = [
            (0..<n).map { _ in rng.nextUniform() * 2e7 - 1e7 },
            (0..<n).map { i in [0.0, -0.0, .infinity, -.infinity, 1, -1][i % 6] },
            [Double](repeating: 3.25, count: n),
            [Double](repeating: 7, count: n - 1) + [-2],
            (0..<n).map { i in Double(bitPattern: (1.5).bitPattern + UInt64(i * 7919 % n)) },
            (0..<n).map { _ in
                Double(bitPattern: rng.next() & ~(0x7ff << 52) | (UInt64.random(in: 1...2046, using: &rng) << 52))
            },
            (0..<n).map { _ in 1.5e7 * (1 + 0.2 * rng.nextNormal()) },
            [42],
            [2, 1],
        ]
        for values in sets {
            let sorted = values.sorted()
            let ranks = Array(
                Set(
                    [0, 1, values.count / 3, values.count / 2, values.count - 2, values.count - 1].filter {
                        $0 >= 0 && $0 < values.count
                    })
            ).sorted()
            var scratch = Quantiles.RadixScratch()
            let found = values.withUnsafeBufferPointer { Quantiles.radixSelect($0, ranks: ranks, scratch: &scratch) }
            // Equal values, ±0 included: a sort may put either zero first.
            #expect(found == ranks.map { sorted[$0] }, "\(values.prefix(3)) …")
        }
        // A NaN: no order, nil (type7(selecting:) then falls back to the multi-selection).
        var scratch = Quantiles.RadixScratch()
        #expect(
            [1, .nan, 2].withUnsafeBufferPointer { Quantiles.radixSelect($0, ranks: [0], scratch: &scratch) } == nil)
        #expect(Quantiles.type7(selecting: [1, .nan, 2], probabilities: [0.5]).count == 1)
    }

    @Test("Type 7 by hand: 1, 2, 3, 4 at 0.1 is 1.3 (h = 0.3) and at 0.5 is 2.5")
    func typeSevenByHand() {
        #expect(allClose(Quantiles.type7(selecting: [4, 1, 3, 2], probabilities: [0.1, 0.5, 1]), [1.3, 2.5, 4]))
    }
}
