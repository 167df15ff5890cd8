// The block kernel (see include/CohortKernels.h): one body, block_kernel.h,
// compiled once per instruction set and chosen at run time.
//
// Determinism: every copy performs the same IEEE operations in the same
// order. Contraction of a·b + c into a fused multiply–add is off (it would
// round once instead of twice and change the bits on CPUs that have FMA);
// the elementary functions are the polynomial exp and log below, not the C
// library's (whose results may differ between its own CPU-specific variants);
// selections are bitwise, and no sum is reassociated.
#pragma clang fp contract(off)

#include "CohortKernels.h"


#define LANES 8

typedef double vd __attribute__((vector_size(LANES * 8), aligned(LANES * 8)));
typedef int64_t vl __attribute__((vector_size(LANES * 8), aligned(LANES * 8)));
typedef uint64_t vu __attribute__((vector_size(LANES * 8), aligned(LANES * 8)));

// The helpers are macros (GNU statement expressions), not functions: clang refuses 512-bit vectors as
// arguments or results of functions compiled for AVX2, even when they are always inlined.
_Static_assert(LANES == 8, "SPLAT lists the lanes");

/// x in every lane, exactly (−0 stays −0).
#define SPLAT(x) ((vd){(x), (x), (x), (x), (x), (x), (x), (x)})

/// a where the mask is set, else b (masks are comparison results: all ones or zero).
#define SEL(mask, a, b) ((vd)((((vl)(a)) & (mask)) | (((vl)(b)) & ~(mask))))

/// SEL for integer lanes.
#define SEL_L(mask, a, b) ((((vl)(a)) & (mask)) | (((vl)(b)) & ~(mask)))

/// Swift.min(x, y): y < x ? y : x.
#define SWIFT_MIN(x, y) ({ vd _mx = (x), _my = (y); SEL(_my < _mx, _my, _mx); })

/// Swift.max(x, y): y >= x ? y : x.
#define SWIFT_MAX(x, y) ({ vd _Mx = (x), _My = (y); SEL(_My >= _Mx, _My, _Mx); })

/// Finite: x − x is 0 (inf − inf and NaN give NaN).
#define FINITE(x) ({ vd _fv = (x); (vl)((_fv - _fv) == SPLAT(0.0)); })

/// 2^(j/64), j = 0…63: the same literals as CohortKit's fastExpTable (Scripts/exp_table.py).
static const double EXP_TABLE[64] = {
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
};

/// CohortKit's fastExp, lane by lane: the same operations but for the last, the scaling by 2^(n/64) with n/64
/// a whole number, done by adding it to the exponent's bits instead of multiplying by the power of two (the
/// same bits: t·p lies in [0.99, 2.01] and |n/64| ≤ 1010 after the clamp, so both are exact).
#define FAST_EXP_UNCLAMPED(x) ({                                                \
    vd _c = (x);                                                                \
    vd _shifted = _c * 92.33248261689366 + 6755399441055744.0;                  \
    vd _n = _shifted - 6755399441055744.0;                                      \
    vd _r = (_c - _n * 0x1.62e42p-7) - _n * 0x1.fdf473de6af28p-28;              \
    vd _p = _r * (1.0 / 120) + 1.0 / 24;                                        \
    _p = _p * _r + 1.0 / 6;                                                     \
    _p = _p * _r + 0.5;                                                         \
    _p = _p * _r + 1.0;                                                         \
    _p = _p * _r + 1.0;                                                         \
    vu _bits = (vu)_shifted;                                                    \
    vd _t = EXP_LOOKUP(_bits & 63);                                             \
    (vd)((vu)(_t * _p) + ((_bits >> 6) << 52));                                 \
})

/// fastExp with its clamp to [−700, 700] (the selections of Swift.min and Swift.max).
#define FAST_EXP(x) FAST_EXP_UNCLAMPED(SWIFT_MIN(SWIFT_MAX((x), SPLAT(-700.0)), SPLAT(700.0)))

/// The natural logarithm of x > 0 by fdlibm's e_log.c (Sun Microsystems, 1993), without its shortcut for
/// |x − 1| < 2⁻²⁰ (the general formula holds there too) and with both of its final branches computed and
/// one selected. Error below 1 unit in the last place. Other inputs give unspecified values.
#define PORTABLE_LOG(input) ({                                                                        \
    vd _x = (input);                                                                                  \
    const vl _subnormal = (vl)(_x < SPLAT(2.2250738585072014e-308));                                  \
    _x = SEL(_subnormal, _x * 18014398509481984.0, _x); /* 2^54 */                                    \
    vl _kk = _subnormal & -54;                                                                        \
    vl _hx = (vl)((vu)_x >> 32);                                                                      \
    _kk += (_hx >> 20) - 1023;                                                                        \
    _hx &= 0x000fffff;                                                                                \
    vl _i = (_hx + 0x95f64) & 0x100000;                                                               \
    vu _low = (vu)_x & 0xffffffffu;                                                                   \
    vd _m = (vd)(((vu)(_hx | (_i ^ 0x3ff00000)) << 32) | _low);                                       \
    _kk += _i >> 20;                                                                                  \
    vd _f = _m - 1.0;                                                                                 \
    vd _s = _f / (2.0 + _f);                                                                          \
    vd _dk = __builtin_convertvector(_kk, vd);                                                        \
    vd _z = _s * _s;                                                                                  \
    vl _j1 = _hx - 0x6147a;                                                                           \
    vd _w = _z * _z;                                                                                  \
    vl _j2 = 0x6b851 - _hx;                                                                           \
    vd _t1 = _w * (0.3999999999940941908 + _w * (0.2222219843214978396 + _w * 0.1531383769920937332)); \
    vd _t2 = _z * (0.6666666666666735130 +                                                            \
                   _w * (0.2857142874366239149 + _w * (0.1818357216161805012 + _w * 0.1479819860511658591))); \
    vl _ij = _j1 | _j2;                                                                               \
    vd _R = _t2 + _t1;                                                                                \
    vd _hfsq = 0.5 * _f * _f;                                                                         \
    vd _wide = _dk * 6.93147180369123816490e-01 -                                                     \
               ((_hfsq - (_s * (_hfsq + _R) + _dk * 1.90821492927058770002e-10)) - _f);               \
    vd _narrow = _dk * 6.93147180369123816490e-01 - ((_s * (_f - _R) - _dk * 1.90821492927058770002e-10) - _f); \
    SEL((vl)(_ij > 0), _wide, _narrow);                                                               \
})

/// CohortKit's portableSinCos, lane by lane, operation for operation: sin and cos of 0 ≤ x ≤ 2π into the
/// variables `sine` and `cosine`.
#define PORTABLE_SINCOS(input, sine, cosine) do {                                                        \
    vd _x = (input);                                                                                   \
    vd _sh = _x * 0x1.45f306dc9c883p-1 + 6755399441055744.0;                                         \
    vd _n = _sh - 6755399441055744.0;                                                                 \
    vu _q = (vu)_sh & 3;                                                                               \
    vd _t = _x - _n * 0x1.921fb54400000p+0;                                                           \
    vd _w = _n * 0x1.0b4611a600000p-34;                                                               \
    vd _r = _t - _w;                                                                                   \
    _w = _n * 0x1.3198a2e037073p-69 - ((_t - _r) - _w);                                               \
    vd _y0 = _r - _w;                                                                                  \
    vd _y1 = (_r - _y0) - _w;                                                                          \
    vd _z = _y0 * _y0;                                                                                 \
    vd _v = _z * _y0;                                                                                  \
    vd _rs = 0x1.111111110f8a6p-7 +                                                                    \
             _z * (-0x1.a01a019c161d5p-13 +                                                            \
                   _z * (0x1.71de357b1fe7dp-19 + _z * (-0x1.ae5e68a2b9cebp-26 + _z * 0x1.5d93a5acfd57cp-33))); \
    vd _s = _y0 - ((_z * (0.5 * _y1 - _v * _rs) - _y1) - _v * -0x1.5555555555549p-3);              \
    vd _rc = _z * (0x1.555555555554cp-5 +                                                              \
                   _z * (-0x1.6c16c16c15177p-10 +                                                      \
                         _z * (0x1.a01a019cb1590p-16 +                                                 \
                               _z * (-0x1.27e4f809c52adp-22 +                                          \
                                     _z * (0x1.1ee9ebdb4b1c4p-29 + _z * -0x1.8fae9be8838d4p-37))))); \
    vu _high = ((vu)_y0 >> 32) & 0x7fffffff;                                                           \
    vd _qx = SEL((vl)(_high > 0x3fe90000), SPLAT(0.28125), (vd)((_high - 0x00200000) << 32));          \
    vd _zr = _z * _rc - _y0 * _y1;                                                                     \
    vd _near = 1.0 - (0.5 * _z - _zr);                                                                 \
    vd _far = (1.0 - _qx) - ((0.5 * _z - _qx) - _zr);                                                  \
    vd _c = SEL((vl)(_high < 0x3fd33333), _near, _far);                                                \
    /* Quadrants 0…3: sin = s, c, −s, −c and cos = c, −s, −c, s. */                                    \
    vl _odd = (vl)((_q & 1) != 0);                                                                     \
    vu _sign = (vu)SPLAT(-0.0);                                                                        \
    vu _flipSine = (vu)((vl)((_q & 2) != 0)) & _sign;                                                  \
    vu _flipCosine = (vu)((vl)(((_q ^ (_q >> 1)) & 1) != 0)) & _sign;                                   \
    sine = (vd)((vu)SEL(_odd, _c, _s) ^ _flipSine);                                                    \
    cosine = (vd)((vu)SEL(_odd, _s, _c) ^ _flipCosine);                                                \
} while (0)

void cohort_portable_sincos(double x, double *sine, double *cosine) {
    vd s, c;
    PORTABLE_SINCOS(SPLAT(x), s, c);
    *sine = s[0];
    *cosine = c[0];
}

double cohort_portable_log(double x) {
    vd v = SPLAT(x);
    return PORTABLE_LOG(v)[0];
}

/// max |v[i]| over n values; NaN if any is NaN.
static double largest(const double *v, int n) {
    double most = 0;
    for (int i = 0; i < n; i++) {
        const double a = v[i] < 0 ? -v[i] : v[i];
        most = a > most || a != a ? a : most;
        if (most != most) break;
    }
    return most;
}

int cohort_block_lanes(void) { return LANES; }

/// Vectors per thread: P, P′, S and E for each sex, and m(x).
#define WORKSPACE_VECTORS 9

size_t cohort_block_workspace_count(int32_t ages) { return (size_t)WORKSPACE_VECTORS * (size_t)ages * LANES; }

#define CONCAT2(a, b) a##_##b
#define CONCAT(a, b) CONCAT2(a, b)

typedef uint64_t vu4 __attribute__((vector_size(32)));
typedef int64_t vl4 __attribute__((vector_size(32)));
typedef double vd4 __attribute__((vector_size(32)));

/// EXP_TABLE[index] for each lane: loads one by one (portable), or the instruction set's gather
/// (the same values: a gather is only a way to load them).
#define EXP_LOOKUP(index) ({                                                    \
    vu _ix = (index);                                                           \
    vd _v;                                                                      \
    for (int _l = 0; _l < LANES; _l++) _v[_l] = EXP_TABLE[_ix[_l]];             \
    _v;                                                                         \
})
/// table[index] for each lane (index: vl).
#define GATHER_AT(table, index) ({                                              \
    vl _gx = (index);                                                           \
    vd _gv;                                                                     \
    for (int _l = 0; _l < LANES; _l++) _gv[_l] = (table)[_gx[_l]];              \
    _gv;                                                                        \
})
#define KERNEL_SUFFIX portable
#define KERNEL_ATTR
#include "block_kernel.h"
#undef KERNEL_SUFFIX
#undef KERNEL_ATTR
#undef EXP_LOOKUP
#undef GATHER_AT

#if defined(__x86_64__)
#include <immintrin.h>

#define GATHER_AT(table, index) ({                                                                \
    vl _gx = (index);                                                                             \
    vl4 _lo = __builtin_shufflevector(_gx, _gx, 0, 1, 2, 3), _hi = __builtin_shufflevector(_gx, _gx, 4, 5, 6, 7); \
    vd4 _a = (vd4)_mm256_i64gather_pd((table), (__m256i)_lo, 8);                                  \
    vd4 _b = (vd4)_mm256_i64gather_pd((table), (__m256i)_hi, 8);                                  \
    (vd) __builtin_shufflevector(_a, _b, 0, 1, 2, 3, 4, 5, 6, 7);                                 \
})

#define EXP_LOOKUP(index) ({                                                                      \
    vu _ix = (index);                                                                             \
    vu4 _lo = __builtin_shufflevector(_ix, _ix, 0, 1, 2, 3), _hi = __builtin_shufflevector(_ix, _ix, 4, 5, 6, 7); \
    vd4 _a = (vd4)_mm256_i64gather_pd(EXP_TABLE, (__m256i)_lo, 8);                                 \
    vd4 _b = (vd4)_mm256_i64gather_pd(EXP_TABLE, (__m256i)_hi, 8);                                 \
    (vd) __builtin_shufflevector(_a, _b, 0, 1, 2, 3, 4, 5, 6, 7);                                 \
})
#define KERNEL_SUFFIX avx2
#define KERNEL_ATTR __attribute__((target("avx2")))
#include "block_kernel.h"
#undef KERNEL_SUFFIX
#undef KERNEL_ATTR
#undef GATHER_AT
#define GATHER_AT(table, index) ((vd)_mm512_i64gather_pd((__m512i)(index), (table), 8))

#undef EXP_LOOKUP
/// AVX-512 holds the whole table in eight registers: four two-register permutes pick by the index's
/// low four bits, and two blends by bits 4 and 5 (faster than a gather, and the same values).
#define EXP_LOOKUP(index) ({                                                                      \
    __m512i _ix = (__m512i)(index);                                                               \
    const double *_t = EXP_TABLE;                                                                 \
    __m512d _q0 = _mm512_permutex2var_pd(_mm512_loadu_pd(_t), _ix, _mm512_loadu_pd(_t + 8));      \
    __m512d _q1 = _mm512_permutex2var_pd(_mm512_loadu_pd(_t + 16), _ix, _mm512_loadu_pd(_t + 24)); \
    __m512d _q2 = _mm512_permutex2var_pd(_mm512_loadu_pd(_t + 32), _ix, _mm512_loadu_pd(_t + 40)); \
    __m512d _q3 = _mm512_permutex2var_pd(_mm512_loadu_pd(_t + 48), _ix, _mm512_loadu_pd(_t + 56)); \
    __mmask8 _b4 = _mm512_test_epi64_mask(_ix, _mm512_set1_epi64(16));                            \
    __mmask8 _b5 = _mm512_test_epi64_mask(_ix, _mm512_set1_epi64(32));                            \
    __m512d _low = _mm512_mask_blend_pd(_b4, _q0, _q1), _high = _mm512_mask_blend_pd(_b4, _q2, _q3); \
    (vd) _mm512_mask_blend_pd(_b5, _low, _high);                                                  \
})
#define KERNEL_SUFFIX avx512
#define KERNEL_ATTR __attribute__((target("avx512f,avx512dq")))
#include "block_kernel.h"
#undef KERNEL_SUFFIX
#undef KERNEL_ATTR
#undef EXP_LOOKUP
#undef GATHER_AT
#endif

int cohort_kernel_supported(int kernel) {
    switch (kernel) {
    case cohort_kernel_portable:
        return 1;
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") ? 1 : 0;
    case cohort_kernel_avx512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") ? 1 : 0;
#endif
    default:
        return 0;
    }
}

int cohort_project_members(
    int kernel, const cohort_block_inputs *inputs, int32_t first, int32_t count, double *workspace,
    cohort_block_failure *failure) {
    switch (kernel) {
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        return project_members_avx2(inputs, first, count, workspace, failure);
    case cohort_kernel_avx512:
        return project_members_avx512(inputs, first, count, workspace, failure);
#endif
    default:
        return project_members_portable(inputs, first, count, workspace, failure);
    }
}

int cohort_survival_ratios(
    int kernel, const double *rates, int32_t ages, int32_t sets, int32_t sex, int32_t kannisto,
    int32_t fit_first, int32_t fit_end, int32_t last_age, double *ratios) {
    switch (kernel) {
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        return survival_sets_avx2(rates, ages, sets, sex, kannisto, fit_first, fit_end, last_age, ratios);
    case cohort_kernel_avx512:
        return survival_sets_avx512(rates, ages, sets, sex, kannisto, fit_first, fit_end, last_age, ratios);
#endif
    default:
        return survival_sets_portable(rates, ages, sets, sex, kannisto, fit_first, fit_end, last_age, ratios);
    }
}

int cohort_life_expectancies(
    int kernel, const double *centre, const double *factor, const double *ks, int32_t count, int32_t ages,
    int32_t sex, int32_t kannisto, int32_t fit_first, int32_t fit_end, int32_t last_age, double *e0) {
    switch (kernel) {
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        return life_expectancies_avx2(centre, factor, ks, count, ages, sex, kannisto, fit_first, fit_end, last_age, e0);
    case cohort_kernel_avx512:
        return life_expectancies_avx512(
            centre, factor, ks, count, ages, sex, kannisto, fit_first, fit_end, last_age, e0);
#endif
    default:
        return life_expectancies_portable(
            centre, factor, ks, count, ages, sex, kannisto, fit_first, fit_end, last_age, e0);
    }
}

void cohort_invert_grids(
    int kernel, double *values, int64_t rows, int32_t years, int32_t size, const double *k, const double *e0) {
    switch (kernel) {
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        invert_grids_avx2(values, rows, years, size, k, e0);
        return;
    case cohort_kernel_avx512:
        invert_grids_avx512(values, rows, years, size, k, e0);
        return;
#endif
    default:
        invert_grids_portable(values, rows, years, size, k, e0);
    }
}

void cohort_death_rates(
    int kernel, const double *centre, const double *b1, const double *b2, const double *d1, const double *d2,
    int32_t ages, double *out) {
    switch (kernel) {
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        death_rates_avx2(centre, b1, b2, d1, d2, ages, out);
        return;
    case cohort_kernel_avx512:
        death_rates_avx512(centre, b1, b2, d1, d2, ages, out);
        return;
#endif
    default:
        death_rates_portable(centre, b1, b2, d1, d2, ages, out);
    }
}

void cohort_normal_paths(
    int kernel, uint64_t seed, int64_t first, int64_t count, int32_t years, double phiF, double phiM, double rho,
    double *tfr, double *migration, double *female, double *male) {
    switch (kernel) {
#if defined(__x86_64__)
    case cohort_kernel_avx2:
        normal_paths_avx2(seed, first, count, years, phiF, phiM, rho, tfr, migration, female, male);
        return;
    case cohort_kernel_avx512:
        normal_paths_avx512(seed, first, count, years, phiF, phiM, rho, tfr, migration, female, male);
        return;
#endif
    default:
        normal_paths_portable(seed, first, count, years, phiF, phiM, rho, tfr, migration, female, male);
    }
}
