/// sin x and cos x together, for 0 ≤ x ≤ 2π (the angles of the Box–Muller
/// normals), by fdlibm's kernels (k_sin.c and k_cos.c, Sun Microsystems,
/// 1993) after a reduction by π/2 of two rounds of fdlibm's e_rem_pio2.c:
/// x = n·π/2 + (y₀ + y₁) with π/2 in 33 + 33 + 53 bits, good to 118 bits, so
/// to full precision even next to a multiple of π/2 (below 2π the closest
/// double cancels 55 of them). Branch-free: k_cos's two formulas are both
/// computed and one chosen, and n is read from the rounding of x·2/π, so that
/// the block kernels' lanes (CCohortKernels, `PORTABLE_SINCOS`) give the same
/// bits.
///
/// Within 1 unit in the last place of `Foundation.sin` and `cos` (tested).
/// With it and ``portableLog(_:)`` the draws no longer depend on the C
/// library, whose functions differ between its versions and between its
/// CPU-specific variants. Other x give unspecified values.
@inlinable @inline(__always)
func portableSinCos(_ x: Double) -> (sin: Double, cos: Double) {
    // n = x·2/π rounded (the 1.5·2⁵² shift), its last two bits the quadrant.
    let shifted = x * 0x1.45f3_06dc_9c88_3p-1 + 6_755_399_441_055_744.0
    let n = shifted - 6_755_399_441_055_744.0
    let quadrant = shifted.bitPattern & 3
    let t = x - n * 0x1.921f_b544_0000_0p+0
    var w = n * 0x1.0b46_11a6_0000_0p-34
    let r = t - w
    w = n * 0x1.3198_a2e0_3707_3p-69 - ((t - r) - w)
    let y0 = r - w
    let y1 = (r - y0) - w
    let z = y0 * y0
    // __kernel_sin(y₀, y₁, 1).
    let v = z * y0
    let rs =
        0x1.1111_1111_0f8a_6p-7
        + z
        * (-0x1.a01a_019c_161d_5p-13 + z
            * (0x1.71de_357b_1fe7_dp-19 + z * (-0x1.ae5e_68a2_b9ce_bp-26 + z * 0x1.5d93_a5ac_fd57_cp-33)))
    let sine = y0 - ((z * (0.5 * y1 - v * rs) - y1) - v * -0x1.5555_5555_5554_9p-3)
    // __kernel_cos(y₀, y₁).
    let rc =
        z
        * (0x1.5555_5555_5554_cp-5
            + z
            * (-0x1.6c16_c16c_1517_7p-10
                + z
                * (0x1.a01a_019c_b159_0p-16 + z
                    * (-0x1.27e4_f809_c52a_dp-22 + z * (0x1.1ee9_ebdb_4b1c_4p-29 + z * -0x1.8fae_9be8_838d_4p-37)))))
    let high = (y0.bitPattern >> 32) & 0x7fff_ffff
    let qx = high > 0x3fe9_0000 ? 0.28125 : Double(bitPattern: (high &- 0x0020_0000) << 32)
    let near = 1.0 - (0.5 * z - (z * rc - y0 * y1))
    let far = (1.0 - qx) - ((0.5 * z - qx) - (z * rc - y0 * y1))
    let cosine = high < 0x3fd3_3333 ? near : far
    switch quadrant {
    case 0: return (sine, cosine)
    case 1: return (cosine, -sine)
    case 2: return (-sine, -cosine)
    default: return (-cosine, sine)
    }
}
