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

#include <string.h>

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

/// Swift.min(x, y): y < x ? y : x.
#define SWIFT_MIN(x, y) ({ vd _mx = (x), _my = (y); SEL(_my < _mx, _my, _mx); })

/// Swift.max(x, y): y >= x ? y : x.
#define SWIFT_MAX(x, y) ({ vd _Mx = (x), _My = (y); SEL(_My >= _Mx, _My, _Mx); })

/// Finite: x − x is 0 (inf − inf and NaN give NaN).
#define FINITE(x) ({ vd _fv = (x); (vl)((_fv - _fv) == SPLAT(0.0)); })

/// CohortKit's fastExp, lane by lane, operation for operation.
#define FAST_EXP(x) ({                                                        \
    vd _c = SWIFT_MIN(SWIFT_MAX((x), SPLAT(-700.0)), SPLAT(700.0));           \
    vd _shifted = _c * 1.4426950408889634 + 6755399441055744.0;               \
    vd _k = _shifted - 6755399441055744.0;                                    \
    vd _r = (_c - _k * 0.6931471803691238) - _k * 1.9082149292705877e-10;     \
    vd _p = SPLAT(1.6059043836821613e-10);                                    \
    _p = _p * _r + 2.08767569878681e-09;                                      \
    _p = _p * _r + 2.505210838544172e-08;                                     \
    _p = _p * _r + 2.755731922398589e-07;                                     \
    _p = _p * _r + 2.7557319223985893e-06;                                    \
    _p = _p * _r + 2.48015873015873e-05;                                      \
    _p = _p * _r + 0.0001984126984126984;                                     \
    _p = _p * _r + 0.001388888888888889;                                      \
    _p = _p * _r + 0.008333333333333333;                                      \
    _p = _p * _r + 0.041666666666666664;                                      \
    _p = _p * _r + 0.16666666666666666;                                       \
    _p = _p * _r + 0.5;                                                       \
    _p = _p * _r + 1.0;                                                       \
    _p = _p * _r + 1.0;                                                       \
    _p * (vd)(((vu)_shifted + 1023) << 52);                                   \
})

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

double cohort_portable_log(double x) {
    vd v = SPLAT(x);
    return PORTABLE_LOG(v)[0];
}

int cohort_block_lanes(void) { return LANES; }

/// Vectors per thread: P, P′, S, P*, E and G for each sex, m(x), and W.
#define WORKSPACE_VECTORS 14

size_t cohort_block_workspace_count(int32_t ages) { return (size_t)WORKSPACE_VECTORS * (size_t)ages * LANES; }

#define CONCAT2(a, b) a##_##b
#define CONCAT(a, b) CONCAT2(a, b)

#define KERNEL_SUFFIX portable
#define KERNEL_ATTR
#include "block_kernel.h"
#undef KERNEL_SUFFIX
#undef KERNEL_ATTR

#if defined(__x86_64__)
#define KERNEL_SUFFIX avx2
#define KERNEL_ATTR __attribute__((target("avx2")))
#include "block_kernel.h"
#undef KERNEL_SUFFIX
#undef KERNEL_ATTR

#define KERNEL_SUFFIX avx512
#define KERNEL_ATTR __attribute__((target("avx512f,avx512dq")))
#include "block_kernel.h"
#undef KERNEL_SUFFIX
#undef KERNEL_ATTR
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
