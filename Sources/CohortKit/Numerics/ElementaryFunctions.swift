import Foundation

/// The exponential and logarithm a computation uses, chosen by type so that
/// generic code compiles to direct calls.
///
/// Two choices: ``LibraryFunctions`` (the C library's, for deterministic
/// life tables and everything a user reads from one projection) and
/// ``PortableFunctions`` (polynomials with a fixed sequence of IEEE
/// operations, for the stochastic draws: the same bits on every CPU and in
/// every SIMD kernel of the block projection).
protocol ElementaryFunctions {
    /// e^x.
    static func exp(_ x: Double) -> Double
    /// ln x for x > 0.
    static func log(_ x: Double) -> Double
}

/// Foundation's `exp` and `log` (the C library's; correctly rounded or
/// nearly so, but the library may pick a different variant on another CPU).
enum LibraryFunctions: ElementaryFunctions {
    @inline(__always) static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { Foundation.log(x) }
}

/// ``fastExp(_:)`` (within 2 units in the last place of `exp`) and
/// ``portableLog(_:)`` (within 1 unit of `log`): the elementary functions
/// of the stochastic projection, whose block kernels compute the same
/// polynomials lane by lane.
enum PortableFunctions: ElementaryFunctions {
    @inline(__always) static func exp(_ x: Double) -> Double { fastExp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { portableLog(x) }
}
