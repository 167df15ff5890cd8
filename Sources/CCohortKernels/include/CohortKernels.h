#ifndef COHORT_KERNELS_H
#define COHORT_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// The block kernel of the stochastic projection: draws as SIMD lanes.
///
/// One call projects a run of members (draws) through every projected year:
/// for each block of `cohort_block_lanes()` members and each year it computes
/// the death rates m(x) = centre(x)·exp(b₁(x)·d₁ + b₂(x)·d₂), the life table's
/// survival ratios (Andreev–Kingkade a(0), the Kannisto closure or a constant
/// open rate), the cohort-component step (survivors, births, migrants under
/// `end` or `even` timing, the guard against emigrating more people than are
/// present) and the indicators, with the same arithmetic, in the same order,
/// as CohortKit's Swift path (CohortComponentStep with the portable life
/// table), so that every kernel gives the same bits.
///
/// Each instruction set has its own compiled copy of one body (block_kernel.h);
/// floating-point contraction (FMA) is off everywhere, so the copies differ in
/// speed only.

/// The instruction sets a kernel can be compiled for.
typedef enum {
    /// The build's baseline instruction set (SSE2 on x86-64, NEON on arm64).
    cohort_kernel_portable = 0,
    /// AVX2 (x86-64 only).
    cohort_kernel_avx2 = 1,
    /// AVX-512 F and DQ (x86-64 only).
    cohort_kernel_avx512 = 2,
} cohort_kernel;

/// 1 when `kernel` was compiled into this build and the CPU running it has its instructions, else 0.
int cohort_kernel_supported(int kernel);

/// Members per SIMD block.
int cohort_block_lanes(void);

/// Doubles of scratch memory one thread needs for a population of `ages` ages.
size_t cohort_block_workspace_count(int32_t ages);

/// Indicator codes, as SimulationIndicator orders them in Swift.
enum {
    cohort_indicator_total = 0,
    cohort_indicator_working_age = 1,
    cohort_indicator_old = 2,
    cohort_indicator_old_age_dependency = 3,
    cohort_indicator_births = 4,
    cohort_indicator_leavers = 5,
    cohort_indicator_tfr = 6,
    cohort_indicator_net_migrants = 7,
    cohort_indicator_labour_force = 8,
};

/// Everything a run needs. Sexes are ordered female, male; `n` is the number of ages (ω + 1), `Y` of years,
/// `D` of members. Arrays indexed `[member * Y + y]` hold one value per member and year.
typedef struct {
    int32_t ages;
    int32_t years;
    int32_t members;
    /// 1: half the net migrants arrive at the start of the year; 0: all at the end.
    int32_t even_timing;
    /// 1: close the life table with the Kannisto model; 0: with a constant open-age rate.
    int32_t kannisto;
    /// The Kannisto fit's ages [fit_first, fit_end) and the age it extends the table to.
    int32_t fit_first, fit_end, last_age;
    /// The working-age band, inclusive.
    int32_t band_lower, band_upper;
    /// The base population [2][n].
    const double *base;
    /// The centre death rates [Y][2][n].
    const double *centre_rates;
    /// b₁ and b₂ [2][n].
    const double *factor_first, *factor_second;
    /// d₁ and d₂ by sex, each [D·Y]; d₂ NULL for a sex means zeros (no second factor).
    const double *deviation_first[2];
    const double *deviation_second[2];
    /// The scenario's fertility rates [Y][n] and TFR [Y]; each member's TFR [D·Y].
    const double *fertility, *tfr_centre, *tfr_member;
    /// The scenario's net migrants [Y][2][n], the migration profile [2][n], each member's deviation [D·Y].
    const double *migrants_centre, *profile, *migration_deviation;
    /// Boys per girl at birth [Y].
    const double *sex_ratio;
    /// 1 where age a counts among the year's leavers [Y][n].
    const uint8_t *leaver_ages;
    /// Participation rates [Y][2][n], or NULL.
    const double *labour;
    /// The indicators to store, as codes above, and their number.
    const int32_t *indicators;
    int32_t indicator_count;
    /// Receives indicator i of member d in year y at [(i·Y + y)·D + d] (the TFR is not written).
    double *out;
} cohort_block_inputs;

/// Where a run stopped: a life table refused a member's rates.
typedef struct {
    int32_t year;
    int32_t sex;
    int32_t member;
} cohort_block_failure;

/// Projects members [first, first + count) with `kernel` (which must be supported), using `workspace`
/// (`cohort_block_workspace_count(ages)` doubles, 64-byte aligned). Returns 0, or 1 after filling `failure`
/// when some member's death rates give no life table (a rate not finite or negative, no usable age for the
/// Kannisto fit, a zero open-age rate under the constant closure).
int cohort_project_members(
    int kernel, const cohort_block_inputs *inputs, int32_t first, int32_t count, double *workspace,
    cohort_block_failure *failure);

/// The survival ratios of `lanes`·k sets of death rates (k whole blocks) with `kernel`: rates and ratios
/// [set][n], `sex` 0 female, 1 male. Returns 0, or 1 when some set gives no life table. For tests and
/// benchmarks of the life table alone.
int cohort_survival_ratios(
    int kernel, const double *rates, int32_t ages, int32_t sets, int32_t sex, int32_t kannisto,
    int32_t fit_first, int32_t fit_end, int32_t last_age, double *ratios);

/// Life expectancy at birth, by the draws' life table (LifeTable.drawLifeExpectancyAtBirth in CohortKit), of the
/// rates centre(x)·exp(b(x)·k) for each of the `count` values of `ks`, with `kernel`: centre and b [ages],
/// e0 [count], `sex` 0 female, 1 male. Returns 0, or 1 when some k's rates give no life table. For the
/// k grids of the UN-calibrated draws.
int cohort_life_expectancies(
    int kernel, const double *centre, const double *factor, const double *ks, int32_t count, int32_t ages,
    int32_t sex, int32_t kannisto, int32_t fit_first, int32_t fit_end, int32_t last_age, double *e0);

/// The k of each target life expectancy on its year's k grid (DrawPaths.KGrid.k in CohortKit: the last
/// grid point whose e(0) is above the target and the next, linear between them; the grid's ends beyond it),
/// with `kernel`, in place: `values` holds `rows` rows of `years` targets, and target y of a row uses year
/// y's grid, k[y·size …] and e0[y·size …] (e0 decreasing).
void cohort_invert_grids(
    int kernel, double *values, int64_t rows, int32_t years, int32_t size, const double *k, const double *e0);

/// The projection's death rates for `cohort_block_lanes()` departures at once, with `kernel`: centre(x)·exp(b₁(x)·d₁ +
/// b₂(x)·d₂) by CohortKit's fastExp (b₁(x)·d₁ alone when d2 is NULL). centre, b1, b2 [ages]; d1, d2 [lanes]; out
/// [lane][ages]. For tests.
void cohort_death_rates(
    int kernel, const double *centre, const double *b1, const double *b2, const double *d1, const double *d2,
    int32_t ages, double *out);

/// The standard normal paths of the UN-calibrated draws (DrawPaths.normalPaths in CohortKit) for the random streams
/// first … first + count − 1 of `seed` (RandomStream(seed:stream:)), with `kernel`: rows of `years` values per
/// stream, [count][years], of the TFR's and the migrants' AR(1) paths and the women's and men's e(0) walks scaled
/// by 1/√(t + 1).
void cohort_normal_paths(
    int kernel, uint64_t seed, int64_t first, int64_t count, int32_t years, double phiF, double phiM, double rho,
    double *tfr, double *migration, double *female, double *male);

/// The block kernels' sine and cosine of one 0 ≤ x ≤ 2π: the same bits as every kernel's lanes.
void cohort_portable_sincos(double x, double *sine, double *cosine);

/// The portable logarithm of the block kernel, one value: the same bits as every kernel's lanes.
double cohort_portable_log(double x);

#endif
