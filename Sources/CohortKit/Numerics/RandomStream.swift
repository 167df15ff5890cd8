import Foundation

/// A reproducible random stream: xoshiro256** (Blackman and Vigna), its state
/// filled by SplitMix64 from a seed and a stream index.
///
/// Each stochastic draw gets its own stream, `RandomStream(seed: s, stream: d)`,
/// so a draw's numbers do not depend on which thread computes it or in what
/// order: the same seed gives the same results whatever the thread count.
public struct RandomStream: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareNormal: Double?

    /// The stream numbered `stream` of the family `seed`.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var x = seed ^ (stream &* 0xD1B5_4A32_D192_ED03) ^ 0x5851_F42D_4C95_7F2D
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
        // Mix the stream index in again so neighbouring streams share no state words.
        s3 ^= stream
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform number in the open interval (0, 1), 53 random bits.
    public mutating func nextUniform() -> Double {
        (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
    }

    /// A standard normal number (Box–Muller; the second number of each pair is kept for the next call),
    /// with the engine's own logarithm, sine and cosine (fdlibm's, within 1 unit in the last place of the
    /// C library's), so that a seed gives the same numbers whatever the C library or CPU.
    public mutating func nextNormal() -> Double {
        if let z = spareNormal {
            spareNormal = nil
            return z
        }
        let r = (-2 * portableLog(nextUniform())).squareRoot()
        let theta = 2 * Double.pi * nextUniform()
        let (sine, cosine) = portableSinCos(theta)
        spareNormal = r * sine
        return r * cosine
    }

    /// Two standard normal numbers with correlation `rho` (−1…1).
    public mutating func nextCorrelatedNormals(rho: Double) -> (Double, Double) {
        let z1 = nextNormal(), z2 = nextNormal()
        return (z1, rho * z1 + (1 - rho * rho).squareRoot() * z2)
    }
}
