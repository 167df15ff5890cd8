import Foundation

/// The logarithm a Kannisto fit uses, chosen by type so that generic code
/// compiles to direct calls.
///
/// Two choices: ``LibraryFunctions`` (the C library's, for deterministic
/// life tables and everything a user reads from one projection) and
/// ``PortableFunctions`` (a polynomial with a fixed sequence of IEEE
/// operations, for the stochastic draws: the same bits on every CPU and in
/// every SIMD kernel of the block projection).
protocol ElementaryFunctions {
    /// ln x for x > 0.
    static func log(_ x: Double) -> Double
}

/// Foundation's `log` (the C library's; correctly rounded or nearly so, but
/// the library may pick a different variant on another CPU).
enum LibraryFunctions: ElementaryFunctions {
    @inline(__always) static func log(_ x: Double) -> Double { Foundation.log(x) }
}

/// ``portableLog(_:)`` (within 1 unit of `log`): the logarithm of the
/// stochastic draws' life tables, whose block kernels compute the same
/// polynomial lane by lane.
enum PortableFunctions: ElementaryFunctions {
    @inline(__always) static func log(_ x: Double) -> Double { portableLog(x) }
}
