/// e^x for the mortality draws, without a library call or a checked
/// conversion, so that loops over ages vectorize: x = k·ln 2 + r with |r| ≤ ln 2 / 2 (ln 2 split in two
/// parts, Cody and Waite), e^r by its Taylor polynomial to r¹³ (truncation
/// below 2e-17), 2^k put into the exponent bits.
///
/// Within 2 units in the last place of `Foundation.exp` for |x| ≤ 700
/// (tested); inputs are clamped to ±700, far beyond any b(x)·Δk.
@inlinable @inline(__always)
func fastExp(_ x: Double) -> Double {
    let clamped = Swift.min(Swift.max(x, -700), 700)
    // Adding 1.5·2⁵² rounds to the nearest integer and leaves it in the low bits.
    let shifted = clamped * 1.4426950408889634 + 6_755_399_441_055_744.0
    let k = shifted - 6_755_399_441_055_744.0
    let r = (clamped - k * 0.6931471803691238) - k * 1.9082149292705877e-10
    // Horner's scheme for Σ rⁿ / n!, n = 0…13.
    var p = 1.6059043836821613e-10
    p = p * r + 2.08767569878681e-09
    p = p * r + 2.505210838544172e-08
    p = p * r + 2.755731922398589e-07
    p = p * r + 2.7557319223985893e-06
    p = p * r + 2.48015873015873e-05
    p = p * r + 0.0001984126984126984
    p = p * r + 0.001388888888888889
    p = p * r + 0.008333333333333333
    p = p * r + 0.041666666666666664
    p = p * r + 0.16666666666666666
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    return p * Double(bitPattern: (shifted.bitPattern &+ 1023) &<< 52)
}
