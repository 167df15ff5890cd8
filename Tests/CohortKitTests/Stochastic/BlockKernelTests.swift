import Foundation
import Testing

@testable import CohortKit

/// The block kernels (draws as SIMD lanes, one C body per instruction set) against the Swift scalar path,
/// which is the reference: the same bits for every kernel this CPU runs, thread count and chunk size; and
/// against the 0.4 engine's full-precision values (the golden file), within 1e-12.
@Suite("Block kernels")
struct BlockKernelTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    /// Every member's every indicator and year, as bit patterns.
    static func bits(_ r: SimulationResult) -> [UInt64] {
        var out: [UInt64] = []
        for i in r.indicators.indices {
            for y in r.years.indices {
                for m in 0..<r.values.members {
                    out.append(r.values.value(indicator: i, year: y, member: m).bitPattern)
                }
            }
        }
        return out
    }

    static func run(
        _ setting: String, kernel: SimulationKernel, threads: Int = 2, chunk: Int = 250, draws: Int = 40
    ) throws -> SimulationResult {
        let even = setting != "un"
        let run = try catalog.run(
            "taiwan-medium", overrides: .init(lastYear: 2060, migrationTiming: even ? .even : nil))
        var options = SimulationOptions(draws: draws, seed: 11, threads: threads, chunkSize: chunk, kernel: kernel)
        if setting != "un" {
            options.uncertainty = .history
            options.mortalityModel = .coherent
        }
        return try run.simulate(options, model: Self.model)
    }

    static let model: StochasticModel = {
        // Fitted once for the suite (the fit is deterministic).
        try! catalog.run("taiwan-medium").fitStochasticModel()
    }()

    @Test(
        "Every supported kernel gives the scalar path's bits: UN-calibrated (Lee–Carter, end-of-year migrants) and history-fitted (coherent, two factors, even migrants)",
        arguments: ["un", "history-coherent-even"])
    func kernelsAgree(setting: String) throws {
        let reference = try Self.bits(Self.run(setting, kernel: .scalar))
        let kernels = SimulationKernel.supported.filter { $0 != .scalar }
        #expect(kernels.contains(.portable))
        for kernel in kernels {
            let r = try Self.run(setting, kernel: kernel)
            #expect(r.timings.kernel == kernel)
            #expect(Self.bits(r) == reference, "\(kernel.rawValue) differs from the scalar path")
        }
        // The TFR and every projected indicator are present (no NaN left unwritten but the centre's TFR rule).
        let r = try Self.run(setting, kernel: .fastest)
        #expect(r.values(.total, year: 2060)!.allSatisfy { $0 > 1e6 })
    }

    @Test("The block kernel's results do not depend on the threads or the chunk size (partial blocks included)")
    func threadsAndChunks() throws {
        let reference = try Self.bits(Self.run("un", kernel: .fastest, threads: 1, chunk: 250, draws: 37))
        for (threads, chunk) in [(2, 1), (3, 7), (2, 16), (4, 250)] {
            let r = try Self.run("un", kernel: .fastest, threads: threads, chunk: chunk, draws: 37)
            #expect(Self.bits(r) == reference, "threads \(threads), chunks of \(chunk)")
        }
        let scalar = try Self.bits(Self.run("un", kernel: .scalar, threads: 3, chunk: 5, draws: 37))
        #expect(scalar == reference)
        // The block kernels' runs: whole blocks of 8, at most 64 members.
        #expect(
            [1, 7, 8, 9, 16, 63, 64, 65, 250].map { BlockProjection.runLength(chunkSize: $0) } == [
                8, 8, 8, 16, 16, 64, 64, 64, 64,
            ])
    }

    @Test(
        "Against the 0.4 engine (golden file of its full-precision values, 16 draws and the centre, every fifth year): within 1e-12 relative"
    )
    func golden() throws {
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Tests/CohortKitTests/Fixtures/simulate-0.4-golden.csv"),
            encoding: .utf8)
        let full = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2100))
        let even = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2100, migrationTiming: .even))
        var results: [String: SimulationResult] = [:]
        for setting in ["un", "history-coherent-even"] {
            var options = SimulationOptions(draws: 16, seed: 1, threads: 2)
            var run = full
            if setting != "un" {
                options.uncertainty = .history
                options.mortalityModel = .coherent
                run = even
            }
            results[setting] = try run.simulate(options, model: Self.model)
        }
        var compared = 0, worst = 0.0
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            let r = try #require(results[f[0]])
            let indicator = try #require(SimulationIndicator(rawValue: f[3]))
            let i = try #require(r.indicators.firstIndex(of: indicator))
            let y = try #require(r.years.firstIndex(of: Int(f[2])!))
            let old = try #require(f[4] == "0" ? 0 : Double(f[4]))
            let new = r.values.value(indicator: i, year: y, member: Int(f[1])!)
            let relative = old == 0 ? abs(new) : abs(new - old) / abs(old)
            worst = max(worst, relative)
            compared += 1
        }
        #expect(compared == 4352)
        #expect(worst < 1e-12, "largest relative difference \(worst)")
    }

    @Test(
        "The portable sine and cosine of 0…2π: within 1 unit in the last place of the C library's, exact at the quadrants' ends, and the kernels' lanes give their bits"
    )
    func portableSinCosAccuracy() {
        var rng = SplitMix64(seed: 8)
        var cases: [Double] = [
            0, Double.leastNonzeroMagnitude, 1e-300, 1e-9, 0.3, 0.3.nextDown, 0.78125, 0.78125.nextUp, .pi / 4,
            .pi / 2, (.pi / 2).nextDown, .pi, Double.pi.nextUp, 3 * .pi / 2, 2 * .pi, (2 * Double.pi).nextDown,
        ]
        for _ in 0..<100_000 { cases.append(2 * .pi * Double(rng.next() >> 11) / 9_007_199_254_740_992) }
        var worst = 0.0
        for x in cases {
            let mine = portableSinCos(x), kernel = SimulationKernel.kernelSinCos(x)
            #expect(
                mine.sin.bitPattern == kernel.sin.bitPattern && mine.cos.bitPattern == kernel.cos.bitPattern, "x = \(x)"
            )
            for (a, b) in [(mine.sin, sin(x)), (mine.cos, cos(x))] {
                worst = max(worst, a == b ? 0 : abs(a - b) / abs(b).ulp)
            }
        }
        #expect(worst <= 1, "worst \(worst) ulp")
        // sin 0 = 0, cos 0 = 1, and sin(π/2) rounds to 1.
        #expect(portableSinCos(0) == (0, 1) && portableSinCos(.pi / 2).sin == 1)
    }

    @Test(
        "The calibrated draws' normal paths on the block kernels: RandomStream's bits, 8 streams a time (a run of 21 from stream 5, AR persistence beyond ±0.999 clamped)"
    )
    func normalPaths() {
        let years = 11, draws = 5..<26
        for (phiF, phiM, rho) in [(0.8, 0.3, 0.6), (1.2, -1.5, 0.0)] {
            func paths(_ kernel: SimulationKernel) -> [Double] {
                let size = draws.count * years
                var out = [Double](repeating: 0, count: 4 * size)
                out.withUnsafeMutableBufferPointer { o in
                    func part(_ i: Int) -> UnsafeMutableBufferPointer<Double> {
                        UnsafeMutableBufferPointer(rebasing: o[(i * size)..<((i + 1) * size)])
                    }
                    kernel.normalPaths(
                        seed: 77, draws: draws, years: years, phiF: phiF, phiM: phiM, rho: rho, tfr: part(0),
                        migration: part(1), female: part(2), male: part(3))
                }
                return out
            }
            let reference = paths(.scalar)
            // The scalar kernel is RandomStream itself: draw 7's first year takes its stream's first normal for
            // the women's e(0) walk (scaled by 1/√1) and its third for the TFR's path.
            var rng = RandomStream(seed: 77, stream: 7)
            let size = draws.count * years, row = (7 - draws.lowerBound) * years
            let first = rng.nextNormal()
            _ = rng.nextNormal()
            let third = rng.nextNormal()
            #expect(reference[2 * size + row] == first && reference[row] == third, "draw 7's first year")
            for kernel in SimulationKernel.supported where kernel != .scalar {
                #expect(paths(kernel).map(\.bitPattern) == reference.map(\.bitPattern), "\(kernel.rawValue), φ \(phiF)")
            }
        }
    }

    @Test("The portable log: within 1 unit in the last place of the C library's, and the kernels' lanes give its bits")
    func portableLogAccuracy() {
        var rng = SplitMix64(seed: 5)
        var worst = 0.0
        var cases: [Double] = [
            1, 2, 0.5, Double.leastNormalMagnitude, Double.leastNonzeroMagnitude, 1e-300, 1e300, 1 + 1e-12, 1 - 1e-12,
        ]
        for _ in 0..<20_000 {
            // Log-uniform over 1e-12…1e6, the range of m/(1 − m).
            let u: Double = Double(rng.next() >> 11) / 9_007_199_254_740_992
            cases.append(pow(10, -12 + 18 * u))
        }
        for x in cases {
            let mine = portableLog(x), library = log(x)
            #expect(mine.bitPattern == SimulationKernel.kernelLog(x).bitPattern, "x = \(x)")
            let ulps = library == 0 ? abs(mine) / Double.leastNonzeroMagnitude : abs(mine - library) / library.ulp
            worst = max(worst, ulps)
        }
        #expect(worst <= 1, "worst \(worst) ulp")
        #expect(portableLog(1) == 0)
        #expect(abs(portableLog(M_E) - 1) <= 1.0.ulp)
    }

    @Test(
        "The kernels' life table gives LifeTable.drawSurvivalRatios's bits, both closures, including rates of zero, rates that kill everyone at an age, and infant rates across the Andreev–Kingkade breaks"
    )
    func lifeTables() throws {
        let lanes = SimulationKernel.lanes, n = 101
        var rng = SplitMix64(seed: 9)
        var sets: [[Double]] = []
        for s in 0..<(4 * lanes) {
            var m = [Double](repeating: 0, count: n)
            for x in 0..<n {
                let noise: Double = 0.7 + 0.6 * Double(rng.next() >> 11) / 9_007_199_254_740_992
                m[x] = 0.0003 * exp(0.09 * Double(x)) * noise
            }
            m[0] = [0.001, 0.017, 0.0172, 0.023, 0.05, 0.07, 0.09, 0.2][s % 8]
            if s % 5 == 1 { m[30] = 0 }
            if s % 7 == 2 { m[60] = 1e6 }  // q = 1: the cohort starts again
            if s % 9 == 3 { m[90] = 2.5 }  // outside the Kannisto fit's 0 < m < 1
            sets.append(m)
        }
        for sex in Sex.allCases {
            for closure in OpenAgeClosure.allCases {
                let reference = try sets.flatMap { m in
                    var s = [Double](repeating: 0, count: n)
                    _ = try m.withUnsafeBufferPointer { m in
                        try s.withUnsafeMutableBufferPointer {
                            try LifeTable.drawSurvivalRatios(deathRates: m, sex: sex, closure: closure, into: $0)
                        }
                    }
                    return s
                }
                for kernel in SimulationKernel.supported where kernel != .scalar {
                    let s = try #require(
                        kernel.survivalRatios(deathRates: sets.flatMap { $0 }, ages: n, sex: sex, closure: closure))
                    #expect(
                        s.map(\.bitPattern) == reference.map(\.bitPattern), "\(kernel.rawValue), \(sex), \(closure)")
                }
            }
        }
        // A rate that is not a number, infinite or negative, or a zero open-age rate under the constant
        // closure, gives no table.
        var bad = sets
        bad[3][40] = .nan
        var infinite = sets
        infinite[9][20] = .infinity
        var negative = sets
        negative[12][70] = -1e-12
        var negativeZero = sets
        negativeZero[12][70] = -0.0
        var zeroOpen = sets
        zeroOpen[5][n - 1] = 0
        for kernel in SimulationKernel.supported where kernel != .scalar {
            #expect(
                kernel.survivalRatios(deathRates: bad.flatMap { $0 }, ages: n, sex: .male, closure: .kannisto) == nil)
            #expect(
                kernel.survivalRatios(deathRates: infinite.flatMap { $0 }, ages: n, sex: .male, closure: .kannisto)
                    == nil)
            #expect(
                kernel.survivalRatios(deathRates: negative.flatMap { $0 }, ages: n, sex: .female, closure: .constant)
                    == nil)
            #expect(
                kernel.survivalRatios(
                    deathRates: negativeZero.flatMap { $0 }, ages: n, sex: .female, closure: .constant)
                    != nil, "−0 is a rate of zero, as in the full table")
            #expect(
                kernel.survivalRatios(deathRates: zeroOpen.flatMap { $0 }, ages: n, sex: .male, closure: .constant)
                    == nil)
            #expect(
                kernel.survivalRatios(deathRates: zeroOpen.flatMap { $0 }, ages: n, sex: .male, closure: .kannisto)
                    != nil)
        }
    }

    @Test(
        "The draws' life table (one division per age) agrees with the full table's survival ratios within 1e-13 for Taiwan's rates, and gives the same zeros where a rate of 2 or more kills a whole age"
    )
    func drawLifeTableAgainstFullTable() throws {
        let run = try Self.catalog.run("taiwan-medium")
        for year in [run.inputs.years[0], run.inputs.years[30]] {
            for sex in Sex.allCases {
                guard case .deathRates(let rates) = year.mortality[sex] else {
                    Issue.record("survival ratios")
                    return
                }
                var extreme = rates
                extreme[50] = 3  // q = 1 at 50: S(51) = 0 and the cohort starts again
                extreme[70] = 0
                for m in [rates, extreme] {
                    for closure in OpenAgeClosure.allCases {
                        let full = try LifeTable.survivalRatios(deathRates: m, sex: sex, closure: closure)
                        var fast = [Double](repeating: 0, count: m.count)
                        _ = try m.withUnsafeBufferPointer { m in
                            try fast.withUnsafeMutableBufferPointer {
                                try LifeTable.drawSurvivalRatios(deathRates: m, sex: sex, closure: closure, into: $0)
                            }
                        }
                        for (x, (a, b)) in zip(full, fast).enumerated() {
                            #expect(a == 0 ? b == 0 : abs(b - a) / a < 1e-13, "age \(x): \(a) and \(b)")
                        }
                        if m[50] == 3 { #expect(fast[51] == 0 && full[51] == 0 && fast[52] > 0.9) }
                    }
                }
            }
        }
    }

    @Test(
        "The k grids' e(0) by the draws' life table: every kernel gives the Swift path's bits (ks in and out of whole blocks, a k whose rates kill an age), and it is the full table's e(0) within 1e-12"
    )
    func lifeExpectancies() throws {
        let run = try Self.catalog.run("taiwan-medium")
        // 11 values of k: one whole block and a partial one. k = 60 drives the oldest rates above 2 (everyone
        // dies at some age: e(0) stops there, as in the full table).
        let ks = [-6.0, -3, -1.5, -0.5, 0, 0.25, 1, 2.5, 5, 9, 60]
        for year in [run.inputs.years[0], run.inputs.years[40]] {
            for sex in Sex.allCases {
                guard case .deathRates(let centre) = year.mortality[sex] else {
                    Issue.record("survival ratios")
                    return
                }
                let b = centre.indices.map { 0.02 + 0.0003 * Double($0) }
                for closure in OpenAgeClosure.allCases {
                    let reference = try SimulationKernel.scalar.lifeExpectancies(
                        centre: centre, factor: b, ks: ks, sex: sex, closure: closure)
                    for kernel in SimulationKernel.supported where kernel != .scalar {
                        let e = try kernel.lifeExpectancies(
                            centre: centre, factor: b, ks: ks, sex: sex, closure: closure)
                        #expect(e.map(\.bitPattern) == reference.map(\.bitPattern), "\(kernel.rawValue), \(sex)")
                    }
                    for (k, e) in zip(ks, reference) {
                        let m = zip(centre, b).map { $0 * fastExp($1 * k) }
                        let full = try LifeTable(deathRates: m, sex: sex, closure: closure).lifeExpectancyAtBirth
                        #expect(abs(e - full) / full < 1e-12, "k \(k), \(sex), \(closure): \(e) and \(full)")
                    }
                }
                let killing = zip(centre, b).dropLast().contains { $0 * fastExp($1 * 60) >= 2 }
                #expect(killing, "k = 60 gives some age below the open one a rate of 2 or more (q = 1)")
            }
        }
    }

    @Test(
        "The block kernels' death rates centre·exp(b₁d₁ + b₂d₂): the Swift path's bits for ordinary departures (the clamp to ±700 left out) and for departures beyond the clamp in some lanes, one factor and two"
    )
    func deathRates() throws {
        let lanes = SimulationKernel.lanes, n = 101
        let centre = (0..<n).map { 0.0002 * exp(0.085 * Double($0)) }
        let b1 = (0..<n).map { 0.01 + 0.0004 * Double($0) }, b2 = (0..<n).map { 0.02 * sin(Double($0)) }
        var rng = SplitMix64(seed: 21)
        func uniform() -> Double { Double(rng.next() >> 11) / 9_007_199_254_740_992 }
        var cases: [(d1: [Double], d2: [Double]?)] = []
        for _ in 0..<6 {
            let d1 = (0..<lanes).map { _ in 40 * uniform() - 20 }, d2 = (0..<lanes).map { _ in 10 * uniform() - 5 }
            cases.append((d1, nil))
            cases.append((d1, d2))
        }
        // b₁·d₁ beyond ±700 in one lane (max b₁ = 0.05): the whole block takes the clamp.
        var far = (0..<lanes).map { _ in 4 * uniform() - 2 }
        far[5] = 2e4
        cases.append((far, nil))
        far[5] = -3e4
        cases.append((far, (0..<lanes).map { _ in uniform() }))
        for kernel in SimulationKernel.supported where kernel != .scalar {
            for (d1, d2) in cases {
                let m = kernel.deathRates(centre: centre, b1: b1, b2: b2, d1: d1, d2: d2)
                for l in 0..<lanes {
                    let swift = (0..<n).map { x in
                        centre[x] * fastExp(d2.map { b1[x] * d1[l] + b2[x] * $0[l] } ?? b1[x] * d1[l])
                    }
                    #expect(
                        Array(m[(l * n)..<((l + 1) * n)]).map(\.bitPattern) == swift.map(\.bitPattern),
                        "\(kernel.rawValue), d₁ \(d1[l]), d₂ \(d2.map { "\($0[l])" } ?? "none")")
                }
            }
        }
        // The far lane is clamped: e^700 times the centre.
        #expect(fastExp(2e4 * 0.05) == fastExp(700))
    }

    @Test(
        "The k grids inverted on the block kernels: KGrid.k's bits for targets inside, on and beyond the grids, where e(0) is flat, and not a number; 41 rows of 13 years (whole blocks of years and of rows, and partial ones)"
    )
    func gridInversion() throws {
        let years = 13, size = 193
        var rng = SplitMix64(seed: 4)
        func uniform() -> Double { Double(rng.next() >> 11) / 9_007_199_254_740_992 }
        var k = [Double](), e0 = [Double]()
        for y in 0..<years {
            var e = 95.0 + Double(y)
            for j in 0..<size {
                k.append(-8 + 16 * Double(j) / Double(size - 1))
                e0.append(e)
                // Flat runs near both ends, as the monotone grid has where widening stops moving e(0).
                if !(j < 5 || j > size - 7 || (j > 90 && j < 94)) { e -= 0.05 + 0.1 * uniform() }
            }
        }
        var targets = [Double]()
        for row in 0..<41 {  // 41: whole groups of four rows and a partial one
            for y in 0..<years {
                let grid = Array(e0[(y * size)..<((y + 1) * size)])
                switch (row + y) % 6 {
                case 0: targets.append(grid[Int(uniform() * Double(size))])  // on a grid point
                case 1: targets.append(grid[0] + 1)  // beyond the top
                case 2: targets.append(grid[size - 1] - uniform())  // at or beyond the bottom
                case 3: targets.append(row == 3 ? .nan : grid[92])  // in the flat middle run
                default: targets.append(grid[size - 1] + (grid[0] - grid[size - 1]) * uniform())
                }
            }
        }
        func inverted(_ kernel: SimulationKernel) -> [Double] {
            var v = targets
            v.withUnsafeMutableBufferPointer { v in
                k.withUnsafeBufferPointer { k in
                    e0.withUnsafeBufferPointer { e0 in kernel.invertGrids(v, years: years, size: size, k: k, e0: e0) }
                }
            }
            return v
        }
        let reference = inverted(.scalar)
        #expect(reference.contains { $0.isNaN } && reference.filter { $0 == -8 }.count > 40)
        for kernel in SimulationKernel.supported where kernel != .scalar {
            let v = inverted(kernel)
            for i in v.indices where v[i].bitPattern != reference[i].bitPattern {
                Issue.record(
                    "\(kernel.rawValue), target \(targets[i]) of year \(i % years): \(v[i]), not \(reference[i])")
            }
        }
    }

    @Test(
        "The draws' e(0) of a constant rate m under the constant closure is 1/m, worked by hand, whatever a(0): L(0) + l(1)·Σ rˣ/(1 + m/2) + l(1)·rᵚ⁻¹/m = L(0) + l(1)/m, r = (1 − m/2)/(1 + m/2)"
    )
    func constantRateLifeExpectancy() throws {
        // ω = 100. Age 0 by Andreev–Kingkade: d(0) = m/(1 + (1 − a₀)m), L(0) = 1 − (1 − a₀)d(0), l(1) = 1 − d(0);
        // then L(x) = l(x)/(1 + h) and l(x + 1) = r·l(x), h = m/2, so ΣL(1…ω−1) = l(1)(1 − rᵚ⁻¹)/((1 − r)(1 + h)),
        // with (1 − r)(1 + h) = 2h = m; the open interval adds l(1)·rᵚ⁻¹/m. Altogether L(0) + l(1)/m
        // = (m + 1 − a₀m)/(m(1 + (1 − a₀)m)) = 1/m: the constant hazard's e(0).
        let omega = 100
        for (sex, m) in [(Sex.female, 0.02), (Sex.male, 0.05)] {
            let a0 = AndreevKingkade.infantSeparationFactor(m0: m, sex: sex)
            let d0 = m / (1 + (1 - a0) * m)
            let h = m / 2, r = (1 - h) / (1 + h)
            let sum =
                (1 - (1 - a0) * d0) + (1 - d0) * (1 - pow(r, Double(omega - 1))) / ((1 - r) * (1 + h))
                + (1 - d0) * pow(r, Double(omega - 1)) / m
            #expect(abs(sum - 1 / m) < 1e-12, "the derivation: \(sum)")
            let centre = [Double](repeating: m, count: omega + 1), b = [Double](repeating: 0.01, count: omega + 1)
            for kernel in SimulationKernel.supported {
                let e = try kernel.lifeExpectancies(centre: centre, factor: b, ks: [0], sex: sex, closure: .constant)
                #expect(abs(e[0] - 1 / m) < 1e-11, "\(kernel.rawValue), \(sex): \(e[0])")
            }
        }
    }

    @Test("Each draw's TFR stored from the draws' member-major layout into the indicator's rows, years in parallel")
    func storeByMember() {
        let values = DrawValues(indicators: 2, years: 3, members: 5)
        let byMember = (0..<15).map { Double($0) + 0.5 }  // member d, year y: 3d + y + 0.5
        values.set(indicator: 1, byMember: byMember, threads: 3)
        for d in 0..<5 {
            for y in 0..<3 {
                #expect(values.value(indicator: 1, year: y, member: d) == Double(3 * d + y) + 0.5)
                #expect(values.value(indicator: 0, year: y, member: d).isNaN, "the other indicator untouched")
            }
        }
    }

    @Test(
        "Quantiles of every indicator and year at once, in parallel, by multi-selection: the same numbers as one at a time, and as sorting"
    )
    func quantileGrid() throws {
        let r = try Self.run("un", kernel: .fastest, draws: 301)
        let p = [0, 0.025, 0.1, 0.5, 0.9, 0.975, 1]
        let grid = r.values.quantileGrid(probabilities: p, members: r.draws, threads: 3)
        for (i, indicator) in r.indicators.enumerated() {
            for (y, year) in r.years.enumerated() {
                let one = try #require(r.quantiles(indicator, year: year, probabilities: p))
                let from = (i * r.years.count + y) * p.count
                #expect(Array(grid[from..<(from + p.count)]).map(\.bitPattern) == one.map(\.bitPattern))
                let sorted = Quantiles.type7(r.values(indicator, year: year)!, probabilities: p)
                #expect(one.map(\.bitPattern) == sorted.map(\.bitPattern))
            }
        }
        // Some indicators and years, in the caller's order, as the screen table asks (a year outside the
        // projection gives nil, as one at a time).
        let years = [2060, 1990, 2030], indicators = Array(r.indicators.reversed().prefix(3))
        let some = r.quantiles(indicators, years: years, probabilities: p)
        #expect(some.count == 3 && some.allSatisfy { $0.count == 3 })
        for (y, year) in years.enumerated() {
            for (i, indicator) in indicators.enumerated() {
                let one = r.quantiles(indicator, year: year, probabilities: p)
                #expect(some[y][i]?.map(\.bitPattern) == one?.map(\.bitPattern), "\(indicator) in \(year)")
            }
        }
        #expect(some[1].allSatisfy { $0 == nil })
    }

    @Test(
        "A draw whose rates give no life table stops the run with the same message from the block kernel as from the scalar path"
    )
    func refusedLifeTable() throws {
        let run = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2040))
        var inputs = run.inputs
        // Rates of 1.5 at every age of the Kannisto fit (80–99) in 2028: no age left to fit logit m to.
        guard case .deathRates(var m) = inputs.years[3].mortality.female else {
            Issue.record("survival ratios")
            return
        }
        for x in 80..<100 { m[x] = 1.5 }
        inputs.years[3].mortality.female = .deathRates(m)
        var messages: [String] = []
        for kernel in [SimulationKernel.scalar, .fastest] {
            let projection = StochasticProjection(
                inputs: inputs, model: Self.model,
                options: SimulationOptions(draws: 20, seed: 3, threads: 1, uncertainty: .history, kernel: kernel))
            do {
                _ = try projection.run()
                Issue.record("\(kernel.rawValue): no error")
            } catch let error as InputError {
                messages.append(error.message)
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1], "\(messages)")
        #expect(messages.first?.hasPrefix("draw 1, female mortality for 2028: ") == true, "\(messages)")
        // With the UN-calibrated uncertainty the k grid meets the same rates first, at the centre of the draws.
        let calibrated = StochasticProjection(
            inputs: inputs, model: Self.model, options: SimulationOptions(draws: 20, seed: 3),
            bounds: run.data.projectionBounds)
        expectInputError(
            "the centre of the draws, female mortality for 2028: the kannisto closure needs at least 2 ages"
        ) {
            _ = try calibrated.run()
        }
    }

    @Test("An unsupported kernel is refused with the kernels this CPU runs")
    func unsupported() throws {
        guard let missing = SimulationKernel.allCases.first(where: { !$0.isSupported }) else { return }
        let run = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2030))
        expectInputError("does not run on this CPU; it runs scalar, portable") {
            _ = try run.simulate(SimulationOptions(draws: 3, kernel: missing), model: Self.model)
        }
    }
}
