internal import COpenBLAS

/// A failure of a linear-algebra routine.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The matrix holds NaN or an infinity.
    case notFinite
    /// A LAPACK routine returned a non-zero `info`.
    case lapack(routine: String, info: Int)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .notFinite: "the matrix holds a value that is not a finite number"
        case .lapack(let routine, let info): "LAPACK \(routine) failed (info = \(info))"
        }
    }
}
