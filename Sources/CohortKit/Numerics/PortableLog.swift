/// ln x for x > 0 by fdlibm's e_log.c (Sun Microsystems, 1993): x = 2^k·m
/// with √2/2 ≤ m < √2, f = m − 1, s = f/(2 + f), ln m = 2·atanh s by a
/// polynomial in s², k·ln 2 added in two parts. Without fdlibm's shortcut
/// for |f| < 2⁻²⁰ (the general formula holds there too), and with both of
/// its final formulas computed and one chosen, so that the block kernels'
/// lanes (CCohortKernels, `PORTABLE_LOG`) give the same bits.
///
/// Within 1 unit in the last place of `Foundation.log` (tested). Zero,
/// negative, infinite and NaN inputs give unspecified values; callers pass
/// positive finite numbers only.
@inlinable @inline(__always)
func portableLog(_ input: Double) -> Double {
    var x = input
    var k: Int64 = 0
    if x < 2.2250738585072014e-308 {  // subnormal: scale by 2⁵⁴
        x *= 18_014_398_509_481_984.0
        k = -54
    }
    var hx = Int64(bitPattern: x.bitPattern >> 32)
    k += (hx >> 20) - 1023
    hx &= 0x000f_ffff
    let i = (hx &+ 0x95f64) & 0x10_0000
    let low = x.bitPattern & 0xffff_ffff
    let m = Double(bitPattern: (UInt64(bitPattern: hx | (i ^ 0x3ff0_0000)) << 32) | low)
    k += i >> 20
    let f = m - 1.0
    let s = f / (2.0 + f)
    let dk = Double(k)
    let z = s * s
    let j1 = hx &- 0x6147a
    let w = z * z
    let j2 = 0x6b851 &- hx
    let t1 = w * (0.3999999999940941908 + w * (0.2222219843214978396 + w * 0.1531383769920937332))
    let t2 =
        z
        * (0.6666666666666735130 + w * (0.2857142874366239149 + w * (0.1818357216161805012 + w * 0.1479819860511658591)))
    let r = t2 + t1
    let hfsq = 0.5 * f * f
    if (j1 | j2) > 0 {
        return dk * 6.93147180369123816490e-01 - ((hfsq - (s * (hfsq + r) + dk * 1.90821492927058770002e-10)) - f)
    }
    return dk * 6.93147180369123816490e-01 - ((s * (f - r) - dk * 1.90821492927058770002e-10) - f)
}
