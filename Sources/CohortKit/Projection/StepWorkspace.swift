/// Scratch buffers of a projection step, kept from one year to the next so
/// that a projection allocates them once. Column-major, ages × columns.
///
/// The scratch buffers are raw memory owned by the workspace (freed with it),
/// so the kernels take their pointers directly; `next` is an array because
/// it is handed over as the year's result.
final class StepWorkspace {
    /// P*: the population at the start of the year, after `even` first-half migrants.
    private(set) var start = BySex(
        female: UnsafeMutableBufferPointer<Double>(start: nil, count: 0),
        male: UnsafeMutableBufferPointer<Double>(start: nil, count: 0))
    /// The second half of `even` migrants, still to arrive.
    private(set) var later = BySex(
        female: UnsafeMutableBufferPointer<Double>(start: nil, count: 0),
        male: UnsafeMutableBufferPointer<Double>(start: nil, count: 0))
    /// Women exposed, averaged over the start and end of the year.
    private(set) var exposed = UnsafeMutableBufferPointer<Double>(start: nil, count: 0)
    /// Zeros, one column: the migrants of a year without migration.
    private(set) var zeros: [Double] = []
    /// P′: the population at the end of the year (becomes the result).
    var next = BySex<[Double]>(female: [], male: [])
    /// Whether `later` holds anything this year.
    var hasLater = false
    private(set) var ages = 0
    private(set) var columns = 0

    /// Sizes the buffers for `ages` × `columns`; `next` is always fresh,
    /// since it is handed over as the result, and left unset.
    func prepare(ages: Int, columns: Int) {
        let count = ages * columns
        if self.ages != ages || self.columns != columns {
            release()
            self.ages = ages
            self.columns = columns
            func buffer() -> UnsafeMutableBufferPointer<Double> {
                let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
                b.initialize(repeating: 0)
                return b
            }
            start = BySex { _ in buffer() }
            later = BySex { _ in buffer() }
            exposed = buffer()
            zeros = [Double](repeating: 0, count: ages)
        }
        // Every element of `next` is written by the step: no need to zero it.
        next = BySex { _ in [Double](unsafeUninitializedCapacity: count) { _, initialized in initialized = count } }
        hasLater = false
    }

    private func release() {
        for b in [start.female, start.male, later.female, later.male, exposed] where b.baseAddress != nil {
            b.deallocate()
        }
    }

    deinit { release() }
}
