internal import COpenBLAS

/// The thin singular value decomposition A = U · diag(s) · Vᵀ of an m × n
/// matrix, computed by LAPACK's `dgesdd` (divide and conquer) in OpenBLAS.
///
/// With r = min(m, n): ``u`` is m × r, ``singularValues`` has r values in
/// decreasing order, ``vt`` is r × n. Matrices are column-major, like ``AgeMatrix``.
public struct SingularValueDecomposition: Sendable, Equatable {
    /// Rows of A.
    public let rows: Int
    /// Columns of A.
    public let columns: Int
    /// U, m × r, column-major: `u[i + j * rows]` is U(i, j).
    public let u: [Double]
    /// s(0) ≥ s(1) ≥ … ≥ 0, r values.
    public let singularValues: [Double]
    /// Vᵀ, r × n, column-major: `vt[i + j * r]` is Vᵀ(i, j) = V(j, i).
    public let vt: [Double]

    /// Decomposes the `rows` × `columns` matrix `a` (column-major).
    ///
    /// - Throws: ``LinearAlgebraError`` when a value is not finite or LAPACK fails to converge.
    public init(_ a: [Double], rows: Int, columns: Int) throws {
        precondition(rows > 0 && columns > 0 && a.count == rows * columns, "a must hold rows × columns values")
        guard a.allSatisfy(\.isFinite) else { throw LinearAlgebraError.notFinite }
        var work = a
        let r = Swift.min(rows, columns)
        var s = [Double](repeating: 0, count: r)
        var u = [Double](repeating: 0, count: rows * r)
        var vt = [Double](repeating: 0, count: r * columns)
        var iwork = [Int32](repeating: 0, count: 8 * r)
        var m = Int32(rows), n = Int32(columns), lda = Int32(rows), ldu = Int32(rows), ldvt = Int32(r)
        var jobz = CChar(UInt8(ascii: "S"))
        var info: Int32 = 0
        var lwork: Int32 = -1
        var query = 0.0
        dgesdd_(&jobz, &m, &n, &work, &lda, &s, &u, &ldu, &vt, &ldvt, &query, &lwork, &iwork, &info)
        guard info == 0 else { throw LinearAlgebraError.lapack(routine: "dgesdd", info: Int(info)) }
        lwork = Int32(query)
        var buffer = [Double](repeating: 0, count: Int(lwork))
        dgesdd_(&jobz, &m, &n, &work, &lda, &s, &u, &ldu, &vt, &ldvt, &buffer, &lwork, &iwork, &info)
        guard info == 0 else { throw LinearAlgebraError.lapack(routine: "dgesdd", info: Int(info)) }
        self.rows = rows
        self.columns = columns
        self.u = u
        self.singularValues = s
        self.vt = vt
    }
}
