internal import CCohortKernels
import Dispatch

/// A stochastic run's draws projected by a block kernel (``SimulationKernel``):
/// the inputs ``StochasticProjection`` computes, flattened for C, and the
/// run over the threads.
///
/// Sexes are ordered female, male; n is the number of ages, Y of projected
/// years, D of members (the draws and the centre). Each thread allocates
/// its scratch memory once (about 14 · n · 8 doubles) and takes chunks of
/// ``chunkSize`` members until none are left; the kernel writes each
/// member's indicators straight into ``DrawValues``. A member's arithmetic
/// never involves another member, so results depend neither on the threads
/// nor on the chunk size (tested).
struct BlockProjection {
    /// Where the kernel stopped: a life table refused member `member`'s rates
    /// for `sex` in projected year `year` (0-based).
    struct Failure: Error {
        var year: Int
        var sex: Sex
        var member: Int
    }

    var kernel: SimulationKernel
    var ages: Int
    var years: Int
    var members: Int
    var evenTiming: Bool
    var kannisto: Bool
    var fitAges: Range<Int>
    var lastAge: Int
    var band: ClosedRange<Int>
    /// [2][n].
    var base: [Double]
    /// [Y][2][n].
    var centreRates: [Double]
    /// b₁ and b₂, [2][n].
    var factorFirst: [Double]
    var factorSecond: [Double]
    /// d₁ and d₂ by sex, [D·Y] each; d₂ empty when there is no second factor.
    var deviationFirst: BySex<[Double]>
    var deviationSecond: BySex<[Double]>
    /// [Y][n].
    var fertility: [Double]
    /// [Y] and [D·Y].
    var tfrCentre: [Double]
    var tfrMember: [Double]
    /// [Y][2][n], [2][n] and [D·Y].
    var migrantsCentre: [Double]
    var profile: [Double]
    var migrationDeviation: [Double]
    /// [Y].
    var sexRatio: [Double]
    /// [Y][n]: 1 where the age's people count among the year's leavers.
    var leaverAges: [UInt8]
    /// [Y][2][n], or nil.
    var labour: [Double]?
    /// What to store, in order.
    var indicators: [SimulationIndicator]
    var threads: Int
    var chunkSize: Int

    /// The kernel's code for an indicator.
    static func code(_ indicator: SimulationIndicator) -> Int32 {
        switch indicator {
        case .total: Int32(cohort_indicator_total)
        case .workingAge: Int32(cohort_indicator_working_age)
        case .old: Int32(cohort_indicator_old)
        case .oldAgeDependency: Int32(cohort_indicator_old_age_dependency)
        case .births: Int32(cohort_indicator_births)
        case .leavers: Int32(cohort_indicator_leavers)
        case .tfr: Int32(cohort_indicator_tfr)
        case .netMigrants: Int32(cohort_indicator_net_migrants)
        case .labourForce: Int32(cohort_indicator_labour_force)
        }
    }

    /// Projects every member into `values` (every indicator but the TFR).
    ///
    /// - Throws: ``Failure`` for the first refused life table a thread met.
    func run(into values: DrawValues, progress: (@Sendable (Int) -> Void)?) throws {
        precondition(kernel.code != nil && values.members == members && values.years == years)
        let codes = indicators.map(Self.code)
        let arrays: [[Double]] = [
            base, centreRates, factorFirst, factorSecond, deviationFirst.female, deviationFirst.male,
            deviationSecond.female, deviationSecond.male, fertility, tfrCentre, tfrMember, migrantsCentre, profile,
            migrationDeviation, sexRatio, labour ?? [],
        ]
        let chunk = Self.runLength(chunkSize: chunkSize)
        let chunks = (members + chunk - 1) / chunk
        let next = ChunkCounter(count: chunks), finished = ChunkCounter(count: members)
        let failure = FirstError()
        let workers = Swift.min(threads, chunks)
        let workspaceCount = cohort_block_workspace_count(Int32(ages))
        try Self.withPointers(arrays[...]) { p in
            try leaverAges.withUnsafeBufferPointer { leaving in
                try codes.withUnsafeBufferPointer { codes in
                    try values.withStorage { out in
                        var inputs = cohort_block_inputs()
                        inputs.ages = Int32(ages)
                        inputs.years = Int32(years)
                        inputs.members = Int32(members)
                        inputs.even_timing = evenTiming ? 1 : 0
                        inputs.kannisto = kannisto ? 1 : 0
                        inputs.fit_first = Int32(fitAges.lowerBound)
                        inputs.fit_end = Int32(fitAges.upperBound)
                        inputs.last_age = Int32(lastAge)
                        inputs.band_lower = Int32(band.lowerBound)
                        inputs.band_upper = Int32(band.upperBound)
                        inputs.base = p[0]
                        inputs.centre_rates = p[1]
                        inputs.factor_first = p[2]
                        inputs.factor_second = p[3]
                        inputs.deviation_first = (p[4], p[5])
                        // An empty second factor is all zeros: the kernel takes d₂ = 0.
                        inputs.deviation_second = (
                            deviationSecond.female.isEmpty ? nil : p[6], deviationSecond.male.isEmpty ? nil : p[7]
                        )
                        inputs.fertility = p[8]
                        inputs.tfr_centre = p[9]
                        inputs.tfr_member = p[10]
                        inputs.migrants_centre = p[11]
                        inputs.profile = p[12]
                        inputs.migration_deviation = p[13]
                        inputs.sex_ratio = p[14]
                        inputs.labour = labour == nil ? nil : p[15]
                        inputs.leaver_ages = leaving.baseAddress
                        inputs.indicators = codes.baseAddress
                        inputs.indicator_count = Int32(codes.count)
                        inputs.out = out.baseAddress
                        let shared = SharedInputs(value: inputs)
                        let code = kernel.code!
                        let members = self.members
                        DispatchQueue.concurrentPerform(iterations: workers) { _ in
                            let workspace = UnsafeMutableRawPointer.allocate(
                                byteCount: workspaceCount * MemoryLayout<Double>.stride, alignment: 64)
                            defer { workspace.deallocate() }
                            let scratch = workspace.bindMemory(to: Double.self, capacity: workspaceCount)
                            var inputs = shared.value
                            while let c = next.take(), !failure.isSet {
                                let first = c * chunk, count = Swift.min(chunk, members - first)
                                var stop = cohort_block_failure()
                                if cohort_project_members(code, &inputs, Int32(first), Int32(count), scratch, &stop)
                                    != 0
                                {
                                    failure.set(
                                        Failure(
                                            year: Int(stop.year), sex: stop.sex == 0 ? .female : .male,
                                            member: Int(stop.member)))
                                }
                                if let progress { progress(finished.add(count)) }
                            }
                        }
                        if let error = failure.error { throw error }
                    }
                }
            }
        }
    }

    /// Members a thread projects at a time: `chunkSize` rounded up to whole blocks of ``SimulationKernel/lanes``,
    /// and at most 64. No buffer grows with it here (each thread has one workspace whatever the run), so short
    /// runs cost nothing and leave less for one thread to finish alone: with 10,000 draws on two threads the
    /// projection took 220 ms in runs of 250 members (31¼ blocks), 210 ms in runs of 256, 201 ms in runs of 64
    /// and 206 ms in runs of 32 (medians of six).
    static func runLength(chunkSize: Int) -> Int {
        let lanes = SimulationKernel.lanes
        return Swift.min(64, lanes * ((Swift.max(1, chunkSize) + lanes - 1) / lanes))
    }

    /// The kernel's inputs, shared read-only by the threads: raw pointers into arrays that outlive the run.
    private struct SharedInputs: @unchecked Sendable {
        var value: cohort_block_inputs
    }

    /// Calls `body` with a pointer to the first element of each array (a dangling-free dummy for an empty one).
    private static func withPointers<R>(
        _ arrays: ArraySlice<[Double]>, _ pointers: [UnsafePointer<Double>] = [],
        _ body: ([UnsafePointer<Double>]) throws -> R
    ) rethrows -> R {
        guard let first = arrays.first else { return try body(pointers) }
        return try first.withUnsafeBufferPointer { buffer in
            var empty = 0.0
            return try withUnsafePointer(to: &empty) { dummy in
                try withPointers(arrays.dropFirst(), pointers + [buffer.baseAddress ?? dummy], body)
            }
        }
    }
}
