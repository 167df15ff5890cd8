/// Scratch buffers of a projection step, kept from one year to the next so
/// that a projection allocates them once. Column-major, ages × columns.
final class StepWorkspace {
    /// P*: the population at the start of the year, after `even` first-half migrants.
    var start = BySex<[Double]>(female: [], male: [])
    /// P′: the population at the end of the year (becomes the result).
    var next = BySex<[Double]>(female: [], male: [])
    /// The second half of `even` migrants, still to arrive.
    var later = BySex<[Double]>(female: [], male: [])
    /// Whether `later` holds anything this year.
    var hasLater = false
    /// Women arrived during the year (`even`), for the Leslie kernel's births.
    var arrivedWomen: [Double] = []
    /// Women exposed, averaged over the start and end of the year.
    var exposed: [Double] = []
    var ages = 0
    var columns = 0
    /// Zeros, one column: the migrants of a year without migration.
    var zeros: [Double] = []

    /// Sizes the buffers for `ages` × `columns`; `next` is always fresh,
    /// since it is handed over as the result, and left unset.
    func prepare(ages: Int, columns: Int) {
        let count = ages * columns
        if self.ages != ages || self.columns != columns {
            self.ages = ages
            self.columns = columns
            start = BySex { _ in [Double](repeating: 0, count: count) }
            later = start
            arrivedWomen = [Double](repeating: 0, count: count)
            exposed = arrivedWomen
            zeros = [Double](repeating: 0, count: ages)
        }
        // Every element of `next` is written by the step: no need to zero it.
        next = BySex { _ in [Double](unsafeUninitializedCapacity: count) { _, initialized in initialized = count } }
        hasLater = false
    }
}
