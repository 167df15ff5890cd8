internal import COpenBLAS

/// What OpenBLAS, the library behind the engine's matrix products, says of
/// itself, and its one process-wide setting, the thread count.
///
/// The thread count is global to the process: change it only where nothing
/// else computes at the same time. Cohort's results do not depend on it
/// (every column's arithmetic is the same whatever the threads); tests check that.
enum OpenBLAS {
    /// The CPU kernel OpenBLAS chose when it loaded, e.g. "Zen" or "Haswell".
    static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }

    /// The number of threads OpenBLAS uses for one product.
    static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of threads OpenBLAS uses (process-wide).
    static func setThreadCount(_ count: Int) {
        openblas_set_num_threads(Int32(count))
    }
}
