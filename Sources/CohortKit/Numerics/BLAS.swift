internal import COpenBLAS

/// The few BLAS calls the engine makes, on column-major storage with
/// 32-bit sizes (OpenBLAS's default interface). Internal: callers of
/// CohortKit never see OpenBLAS types.
enum BLAS {
    /// y ← Aᵀ·x, for A column-major with `rows` rows and `columns` columns
    /// (leading dimension `rows`), x of length `rows`, y of length `columns`.
    static func multiplyTransposed(
        _ a: UnsafePointer<Double>, rows: Int, columns: Int,
        by x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>
    ) {
        cblas_dgemv(
            CblasColMajor, CblasTrans, Int32(rows), Int32(columns),
            1.0, a, Int32(rows), x, 1, 0.0, y, 1)
    }

    /// C ← A·B, for A (m × k), B (k × n) and C (m × n), all column-major
    /// with leading dimensions m, k and m.
    static func multiply(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
        into c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int
    ) {
        cblas_dgemm(
            CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
            1.0, a, Int32(m), b, Int32(k), 0.0, c, Int32(m))
    }
}
