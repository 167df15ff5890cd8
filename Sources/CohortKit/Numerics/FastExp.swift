/// e^x for the stochastic draws, without a library call or a checked
/// conversion, so that loops over ages vectorize and the block kernels
/// (CCohortKernels, `FAST_EXP`) compute the same bits lane by lane:
/// x = (64k + j)·ln 2/64 + r with |r| ≤ ln 2/128 (ln 2/64 split in two parts,
/// Cody and Waite), e^r by its Taylor polynomial to r⁵ (truncation below
/// 4e-17), times 2^(j/64) from a table and 2^k put into the exponent bits.
///
/// Within 2 units in the last place of `Foundation.exp` for |x| ≤ 700
/// (tested); inputs are clamped to ±700, far beyond any b(x)·Δk.
@inlinable @inline(__always)
func fastExp(_ x: Double) -> Double {
    let clamped = Swift.min(Swift.max(x, -700), 700)
    // Adding 1.5·2⁵² rounds x·64/ln 2 to the nearest integer n and leaves it in the low bits.
    let shifted = clamped * 92.33248261689366 + 6_755_399_441_055_744.0
    let n = shifted - 6_755_399_441_055_744.0
    let r = (clamped - n * 0x1.62e42p-7) - n * 0x1.fdf473de6af28p-28
    var p = r * (1.0 / 120) + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    let bits = shifted.bitPattern
    // j = n mod 64 in the low bits; k = ⌊n / 64⌋ after a shift, 2^k into the exponent field.
    let scale = Double(bitPattern: ((bits >> 6) &+ 1023) &<< 52)
    return (fastExpTable.pointer[Int(bits & 63)] * p) * scale
}

/// 2^(j/64) for j = 0…63, each the nearest double (computed to 60 digits by
/// Scripts/exp_table.py); the same literals as CCohortKernels' `EXP_TABLE`.
/// Kept behind a pointer, allocated once and never freed, so that reading it
/// costs one load (an array or a 64-lane SIMD value would be retained or copied).
@usableFromInline
struct FastExpTable: @unchecked Sendable {
    @usableFromInline let pointer: UnsafePointer<Double>
}

@usableFromInline
let fastExpTable: FastExpTable = {
    let values: [Double] = [
        0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0, 0x1.0874518759bc8p+0,
        0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0, 0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0,
        0x1.172b83c7d517bp+0, 0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
        0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0, 0x1.2d285a6e4030bp+0,
        0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0, 0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0,
        0x1.3dea64c123422p+0, 0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
        0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0, 0x1.56f4736b527dap+0,
        0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0, 0x1.6247eb03a5585p+0, 0x1.6623882552225p+0,
        0x1.6a09e667f3bcdp+0, 0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
        0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0, 0x1.868d99b4492edp+0,
        0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0, 0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0,
        0x1.9c49182a3f090p+0, 0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
        0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0, 0x1.bcc1e904bc1d2p+0,
        0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0, 0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0,
        0x1.d5818dcfba487p+0, 0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
        0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0, 0x1.fa7c1819e90d8p+0,
    ]
    let p = UnsafeMutablePointer<Double>.allocate(capacity: 64)
    p.initialize(from: values, count: 64)
    return FastExpTable(pointer: UnsafePointer(p))
}()
