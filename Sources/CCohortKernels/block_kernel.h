// The body of the block kernel, included by CohortKernels.c once per
// instruction set with KERNEL_SUFFIX (a name) and KERNEL_ATTR (its target
// attribute). Not a header of its own: it has no include guard on purpose.
//
// Each function mirrors a piece of CohortKit's Swift path; the comments name
// it. Lanes are members (draws); ages run in the outer loops.

#define KFN(name) CONCAT(name, KERNEL_SUFFIX)
#define KINLINE static KERNEL_ATTR inline __attribute__((always_inline))

/// StochasticProjection.survival's death rates, m(x) = centre(x)·fastExp(b₁(x)·d₁ + b₂(x)·d₂) (b₁(x)·d₁ alone
/// when d2 is NULL: the same bits as b₁d₁ + b₂·0), for LANES departures at once. `largest1` and `largest2`
/// are max |b₁(x)| and max |b₂(x)| (largest()). The exponential's clamp to ±700 changes nothing when
/// |b₁d₁ + b₂d₂| stays below it at every age, as it does but for absurd departures, and is then left out:
/// max|b₁|·|d₁| + max|b₂|·|d₂| < 699 bounds it with room for rounding (a NaN anywhere keeps the clamp).
KINLINE void KFN(rates)(
    vd *m, int n, const double *centre, const double *b1, double largest1, const vd *first, const double *b2,
    double largest2, const vd *d2) {
    const vd zero = SPLAT(0.0), d1 = *first;
    vd bound = SWIFT_MAX(d1, zero - d1) * largest1;
    if (d2) bound = bound + SWIFT_MAX(*d2, zero - *d2) * largest2;
    const int clamp = !__builtin_reduce_and(bound < SPLAT(699.0));
    if (d2) {
        const vd e2 = *d2;
        if (clamp) {
            for (int a = 0; a < n; a++) m[a] = centre[a] * FAST_EXP(b1[a] * d1 + b2[a] * e2);
        } else {
            for (int a = 0; a < n; a++) m[a] = centre[a] * FAST_EXP_UNCLAMPED(b1[a] * d1 + b2[a] * e2);
        }
    } else if (clamp) {
        for (int a = 0; a < n; a++) m[a] = centre[a] * FAST_EXP(b1[a] * d1);
    } else {
        for (int a = 0; a < n; a++) m[a] = centre[a] * FAST_EXP_UNCLAMPED(b1[a] * d1);
    }
}

/// Death rates for tests: rates() for LANES departures d1 (and d2 unless NULL), out [lane][n].
static KERNEL_ATTR void KFN(death_rates)(
    const double *centre, const double *b1, const double *b2, const double *d1, const double *d2, int32_t n,
    double *out) {
    vd m[n], e1, e2;
    for (int l = 0; l < LANES; l++) {
        e1[l] = d1[l];
        e2[l] = d2 ? d2[l] : 0;
    }
    KFN(rates)(m, n, centre, b1, largest(b1, n), &e1, b2, largest(b2, n), d2 ? &e2 : NULL);
    for (int x = 0; x < n; x++)
        for (int l = 0; l < LANES; l++) out[(size_t)l * n + x] = m[x][l];
}

/// LifeTable.drawSurvivalRatios for LANES sets of rates at once: m and s are [age] vectors.
/// Sets `failed` to the mask of lanes whose rates give no life table, and `e0` (when not NULL) to each
/// lane's life expectancy at birth, ΣL(x) up to the first age nobody survives, or with the open interval.
KINLINE void KFN(survive)(
    const vd *m, vd *s, int n, int sex, int kannisto, int fit_first, int fit_end, int last_age, vl *failed,
    vd *e0) {
    const int omega = n - 1;
    const vd one = SPLAT(1.0), zero = SPLAT(0.0);
    vl bad = (vl){0};
    // Age 0, as in the full table (l(0) = 1).
    const vd m0 = m[0];
    bad |= ~(FINITE(m0) & (m0 >= zero));
    // AndreevKingkade.infantSeparationFactor.
    const vd a0 = sex == 1 ? SEL(m0 < SPLAT(0.02300), 0.14929 - 1.99545 * m0,
                                 SEL(m0 < SPLAT(0.08307), 0.02832 + 3.26021 * m0, SPLAT(0.29915)))
                           : SEL(m0 < SPLAT(0.01724), 0.14903 - 2.05527 * m0,
                                 SEL(m0 < SPLAT(0.06891), 0.04667 + 3.88089 * m0, SPLAT(0.31411)));
    const vd oneMinusA = 1.0 - a0;
    const vd d0 = SWIFT_MIN(one, m0 / (1.0 + oneMinusA * m0));
    vd prevL = 1.0 - oneMinusA * d0;
    s[0] = prevL;
    vd l = 1.0 - d0;
    vl restarted = (vl){0};
    if (1 < omega) {
        restarted = ~(l > zero);
        l = SEL(restarted, one, l);
    }
    const vd lStart = l;
    const vl deadAtStart = restarted;
    vl dead = (vl){0};
    vd years = prevL;
    vd prevH = zero;
    // Ages 1 … ω − 1. The fast loop assumes that l(x) stays above 0 (no restart: the selections below would
    // then keep every value as it is, so it gives the same bits) and keeps the checks off the chain
    // l(x) → l(x + 1); when some lane does restart or its start restarted, the exact loop redoes the ages.
    vl anyRestart = restarted;
    {
        // Validity as one accumulation each: m·0 is NaN for a rate that is not finite, and the lowest
        // rate tells a negative one.
        vd poison = zero, lowest = zero;
        vd lx = l, pL = prevL, pH = prevH, ex = years;
        for (int x = 1; x < omega; x++) {
            vd mx = m[x];
            poison += mx * 0.0;
            lowest = SWIFT_MIN(lowest, mx);
            vd h = SWIFT_MIN(0.5 * mx, one);
            vd inverse = 1.0 / (1.0 + h);
            vd bigL = lx * inverse;
            if (e0) ex += bigL;
            s[x] = x == 1 ? SEL(pL > zero, bigL / pL, zero) : (1.0 - pH) * inverse;
            pL = bigL;
            pH = h;
            lx = lx * ((1.0 - h) * inverse);
            if (x + 1 < omega) anyRestart |= ~(lx > zero);
        }
        bad |= ~FINITE(poison) | (lowest < zero);
        l = lx;
        prevL = pL;
        prevH = pH;
        years = ex;
    }
    if (__builtin_reduce_or(anyRestart)) {
        l = lStart;
        prevL = s[0];
        prevH = zero;
        years = s[0];
        dead = deadAtStart;
        for (int x = 1; x < omega; x++) {
            vd mx = m[x];
            vd h = SWIFT_MIN(0.5 * mx, one);
            vd inverse = 1.0 / (1.0 + h);
            vd bigL = l * inverse;
            if (e0) years += SEL(dead, zero, bigL);
            if (x == 1) {
                s[1] = SEL((prevL > zero) & ~restarted, bigL / prevL, zero);
            } else {
                s[x] = SEL(restarted, zero, (1.0 - prevH) * inverse);
            }
            prevL = bigL;
            prevH = h;
            restarted = (vl){0};
            l = l * ((1.0 - h) * inverse);
            if (x + 1 < omega) {
                vl r = ~(l > zero);
                l = SEL(r, one, l);
                restarted = r;
                dead |= r;
            }
        }
    }
    vd mOpen = m[omega];
    bad |= ~(FINITE(mOpen) & (mOpen >= zero));
    vd open;
    if (kannisto) {
        // KannistoFit.fit: least squares of logit m(x) on x − x₀ over the fit ages with 0 < m < 1.
        const double x0 = (double)fit_first;
        vd count = zero, sx = zero, sy = zero, sxx = zero, sxy = zero;
        for (int x = fit_first; x < fit_end && x < n; x++) {
            vd v = m[x];
            vl ok = (v > zero) & (v < one);
            double dx = (double)x - x0;
            vd y = PORTABLE_LOG(v / (1.0 - v));
            count += SEL(ok, one, zero);
            sx += SEL(ok, SPLAT(dx), zero);
            sy += SEL(ok, y, zero);
            sxx += SEL(ok, SPLAT(dx * dx), zero);
            sxy += SEL(ok, dx * y, zero);
        }
        bad |= ~(count >= SPLAT(2.0));
        vd slope = (sxy - sx * sy / count) / (sxx - sx * sx / count);
        vd intercept = sy / count - slope * (sx / count);
        vd logA = intercept - slope * x0;
        // The extension from ω to last_age, q = e^z/(1 + 1.5·e^z), then a constant rate.
        vd growth = FAST_EXP(slope);
        vd ez = FAST_EXP(logA + slope * (double)omega);
        vd lx = l, total = zero;
        for (int x = omega; x < last_age; x++) {
            vd wide = 1.5 * ez;
            vd q = SEL(FINITE(wide), ez / (1.0 + wide), SPLAT(1.0 / 1.5));
            vd dx = lx * q;
            total += lx - 0.5 * dx;
            lx -= dx;
            ez *= growth;
        }
        vd last = SEL(FINITE(ez), ez / (1.0 + ez), one);
        open = total + lx / last;
    } else {
        bad |= ~(mOpen > zero);
        open = l / mOpen;
    }
    vd t = prevL + open;
    s[omega] = SEL(t > zero, open / t, zero);
    if (e0) *e0 = years + SEL(dead, zero, open);
    *failed = bad;
}

static KERNEL_ATTR int KFN(survival_sets)(
    const double *rates, int32_t n, int32_t sets, int32_t sex, int32_t kannisto, int32_t fit_first,
    int32_t fit_end, int32_t last_age, double *ratios) {
    vd m[n], s[n];
    for (int32_t b = 0; b + LANES <= sets; b += LANES) {
        for (int x = 0; x < n; x++)
            for (int l = 0; l < LANES; l++) m[x][l] = rates[(size_t)(b + l) * n + x];
        vl bad;
        KFN(survive)(m, s, n, sex, kannisto, fit_first, fit_end, last_age, &bad, NULL);
        for (int l = 0; l < LANES; l++)
            if (bad[l]) return 1;
        for (int x = 0; x < n; x++)
            for (int l = 0; l < LANES; l++) ratios[(size_t)(b + l) * n + x] = s[x][l];
    }
    return 0;
}

/// LifeTable.drawLifeExpectancyAtBirth for each k of `ks`: the rates centre(x)·exp(b(x)·k), as the
/// projection computes them, and their e(0). Returns 0, or 1 when some k's rates give no life table.
static KERNEL_ATTR int KFN(life_expectancies)(
    const double *centre, const double *factor, const double *ks, int32_t count, int32_t n, int32_t sex,
    int32_t kannisto, int32_t fit_first, int32_t fit_end, int32_t last_age, double *e0) {
    vd m[n], s[n];
    for (int32_t b = 0; b < count; b += LANES) {
        const int32_t c = count - b < LANES ? count - b : LANES;
        vd k;
        // Lanes past the last k repeat it; their results are not stored.
        for (int l = 0; l < LANES; l++) k[l] = ks[b + (l < c ? l : c - 1)];
        for (int x = 0; x < n; x++) m[x] = centre[x] * FAST_EXP(factor[x] * k);
        vl bad;
        vd e;
        KFN(survive)(m, s, n, sex, kannisto, fit_first, fit_end, last_age, &bad, &e);
        for (int l = 0; l < c; l++)
            if (bad[l]) return 1;
        for (int l = 0; l < c; l++) e0[b + l] = e[l];
    }
    return 0;
}

/// DrawPaths.KGrid.k for `rows` rows of `years` targets each, in place: target y of a row is inverted on
/// year y's grid, k[y·size …] and e0[y·size …] (e0 decreasing). The same steps as the Swift search, lane by
/// lane (a lane whose interval is down to one step stays put), for ROWS rows at once so that their gathers
/// overlap.
#define ROWS 4
static KERNEL_ATTR void KFN(invert_grids)(
    double *values, int64_t rows, int32_t years, int32_t size, const double *k, const double *e0) {
    // Enough halvings for the longest interval: size − 1 steps, at worst ⌈L/2⌉ left after each.
    int steps = 0;
    for (int32_t length = size - 1; length > 1; length = (length + 1) / 2) steps++;
    for (int64_t r0 = 0; r0 < rows; r0 += ROWS) {
        const int64_t rc = rows - r0 < ROWS ? rows - r0 : ROWS;
        for (int32_t y0 = 0; y0 < years; y0 += LANES) {
            const int32_t c = years - y0 < LANES ? years - y0 : LANES;
            vl base;
            for (int l = 0; l < LANES; l++) base[l] = (int64_t)(y0 + (l < c ? l : c - 1)) * size;
            const vl end = base + (size - 1);
            vd t[ROWS];
            vl lo[ROWS], hi[ROWS];
            // Rows past the last repeat it; lanes past the last year repeat it; neither is stored.
            for (int i = 0; i < ROWS; i++) {
                const double *row = values + (r0 + (i < rc ? i : rc - 1)) * years;
                for (int l = 0; l < LANES; l++) t[i][l] = row[y0 + (l < c ? l : c - 1)];
                // Absolute indexes: base + (i + j)/2 is (base + i + base + j)/2, base + base being even.
                lo[i] = base;
                hi[i] = end;
            }
            for (int step = 0; step < steps; step++) {
                for (int i = 0; i < ROWS; i++) {
                    const vl open = (hi[i] - lo[i]) > 1;
                    const vl mid = (lo[i] + hi[i]) >> 1;
                    const vl above = GATHER_AT(e0, mid) > t[i];
                    lo[i] = SEL_L(open & above, mid, lo[i]);
                    hi[i] = SEL_L(open & ~above, mid, hi[i]);
                }
            }
            const vd first = GATHER_AT(e0, base), last = GATHER_AT(e0, end);
            const vd kFirst = GATHER_AT(k, base), kLast = GATHER_AT(k, end);
            for (int i = 0; i < rc; i++) {
                const vd elo = GATHER_AT(e0, lo[i]), ehi = GATHER_AT(e0, hi[i]);
                const vd klo = GATHER_AT(k, lo[i]), khi = GATHER_AT(k, hi[i]);
                const vd w = (elo - t[i]) / (elo - ehi);
                const vd inside = klo + w * (khi - klo);
                const vd out = SEL(t[i] >= first, kFirst, SEL(t[i] <= last, kLast, inside));
                double *row = values + (r0 + i) * years;
                for (int l = 0; l < c; l++) row[y0 + l] = out[l];
            }
        }
    }
}
#undef ROWS

/// DrawPaths.normalPaths (UN-calibrated draws) for the streams first … first + count − 1 of `seed`, one row of
/// `years` values per stream in tfr, migration, female and male: each lane a RandomStream (xoshiro256**
/// seeded by SplitMix64) drawing its Box–Muller pairs with the portable logarithm and sine-cosine.
static KERNEL_ATTR void KFN(normal_paths)(
    uint64_t seed, int64_t first, int64_t count, int32_t years, double phiF, double phiM, double rho,
    double *tfr, double *migration, double *female, double *male) {
    // Swift.min(Swift.max(φ, −0.999), 0.999).
    phiF = -0.999 >= phiF ? -0.999 : phiF;
    phiF = 0.999 < phiF ? 0.999 : phiF;
    phiM = -0.999 >= phiM ? -0.999 : phiM;
    phiM = 0.999 < phiM ? 0.999 : phiM;
    const double innovationF = __builtin_sqrt(1 - phiF * phiF), innovationM = __builtin_sqrt(1 - phiM * phiM);
    const double other = __builtin_sqrt(1 - rho * rho), twoPi = 2 * 3.141592653589793;
    for (int64_t b = 0; b < count; b += LANES) {
        const int64_t c = count - b < LANES ? count - b : LANES;
        vu s0, s1, s2, s3;
        // Lanes past the last stream repeat it; their values are not stored.
        for (int l = 0; l < LANES; l++) {
            const uint64_t stream = (uint64_t)(first + b + (l < c ? l : c - 1));
            uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ull) ^ 0x5851F42D4C957F2Dull, w[4];
            for (int i = 0; i < 4; i++) {
                x += 0x9E3779B97F4A7C15ull;
                uint64_t z = x;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
                w[i] = z ^ (z >> 31);
            }
            w[3] ^= stream;
            if ((w[0] | w[1] | w[2] | w[3]) == 0) w[0] = 1;
            s0[l] = w[0];
            s1[l] = w[1];
            s2[l] = w[2];
            s3[l] = w[3];
        }
        // RandomStream.next and nextUniform, lane by lane.
#define NEXT_UNIFORM(u) do {                                                          \
        vu _five = s1 * 5;                                                            \
        vu _result = ((_five << 7) | (_five >> 57)) * 9;                              \
        vu _t = s1 << 17;                                                             \
        s2 ^= s0;                                                                     \
        s3 ^= s1;                                                                     \
        s1 ^= s2;                                                                     \
        s0 ^= s3;                                                                     \
        s2 ^= _t;                                                                     \
        s3 = (s3 << 45) | (s3 >> 19);                                                 \
        u = (__builtin_convertvector(_result >> 11, vd) + 0.5) / 9007199254740992.0;  \
    } while (0)
        vd zf = SPLAT(0.0), zm = SPLAT(0.0), walkF = SPLAT(0.0), walkM = SPLAT(0.0);
        for (int32_t y = 0; y < years; y++) {
            vd u1, u2, u3, u4, sine, cosine;
            // nextCorrelatedNormals: one Box–Muller pair.
            NEXT_UNIFORM(u1);
            NEXT_UNIFORM(u2);
            vd radius = __builtin_elementwise_sqrt(-2 * PORTABLE_LOG(u1));
            PORTABLE_SINCOS(twoPi * u2, sine, cosine);
            const vd z1 = radius * cosine, z2 = radius * sine;
            walkF += z1;
            walkM += rho * z1 + other * z2;
            // Two more normals: the next pair.
            NEXT_UNIFORM(u3);
            NEXT_UNIFORM(u4);
            radius = __builtin_elementwise_sqrt(-2 * PORTABLE_LOG(u3));
            PORTABLE_SINCOS(twoPi * u4, sine, cosine);
            const vd a = radius * cosine, bb = radius * sine;
            if (y == 0) {
                zf = a;
                zm = bb;
            } else {
                zf = phiF * zf + innovationF * a;
                zm = phiM * zm + innovationM * bb;
            }
            const double scale = 1 / __builtin_sqrt((double)(y + 1));
            const vd f = walkF * scale, m = walkM * scale;
            for (int l = 0; l < c; l++) {
                const size_t i = (size_t)(b + l) * years + y;
                tfr[i] = zf[l];
                migration[i] = zm[l];
                female[i] = f[l];
                male[i] = m[l];
            }
        }
#undef NEXT_UNIFORM
    }
}

/// One value per lane from an array indexed [member · Y + y].
#define GATHER(a, member, years, y) ({                                     \
    vd _g;                                                                  \
    for (int _l = 0; _l < LANES; _l++) _g[_l] = (a)[(size_t)(member)[_l] * (years) + (y)]; \
    _g;                                                                     \
})

static KERNEL_ATTR int KFN(project_members)(
    const cohort_block_inputs *in, int32_t first, int32_t count, double *workspace, cohort_block_failure *failure) {
    const int n = in->ages, omega = n - 1, Y = in->years;
    const size_t D = (size_t)in->members;
    const int even = in->even_timing;
    vd *w = (vd *)workspace;
    vd *P[2], *Q[2], *S[2], *E[2];
    for (int sex = 0; sex < 2; sex++) {
        P[sex] = w + (0 + sex) * n;
        Q[sex] = w + (2 + sex) * n;
        S[sex] = w + (4 + sex) * n;
        E[sex] = w + (6 + sex) * n;
    }
    vd *M = w + 8 * n;
    const vd zero = SPLAT(0.0);
    const double largest1[2] = {largest(in->factor_first, n), largest(in->factor_first + n, n)};
    const double largest2[2] = {largest(in->factor_second, n), largest(in->factor_second + n, n)};
    for (int32_t base = first; base < first + count; base += LANES) {
        const int32_t c = first + count - base < LANES ? first + count - base : LANES;
        int32_t member[LANES];
        // Lanes past the last member repeat it; their results are not stored.
        for (int l = 0; l < LANES; l++) member[l] = base + (l < c ? l : c - 1);
        for (int sex = 0; sex < 2; sex++) {
            vd *p = P[sex];
            for (int a = 0; a < n; a++) p[a] = SPLAT(in->base[sex * n + a]);
        }
        for (int32_t y = 0; y < Y; y++) {
            // StochasticProjection.survival: the year's death rates and their survival ratios.
            for (int sex = 0; sex < 2; sex++) {
                const vd d1 = GATHER(in->deviation_first[sex], member, Y, y);
                const double *centre = in->centre_rates + ((size_t)y * 2 + sex) * n;
                const double *b1 = in->factor_first + sex * n, *b2 = in->factor_second + sex * n;
                if (in->deviation_second[sex]) {
                    const vd d2 = GATHER(in->deviation_second[sex], member, Y, y);
                    KFN(rates)(M, n, centre, b1, largest1[sex], &d1, b2, largest2[sex], &d2);
                } else {
                    KFN(rates)(M, n, centre, b1, largest1[sex], &d1, b2, largest2[sex], NULL);
                }
                vl bad;
                KFN(survive)(
                    M, S[sex], n, sex, in->kannisto, in->fit_first, in->fit_end, in->last_age, &bad, NULL);
                for (int l = 0; l < c; l++) {
                    if (bad[l]) {
                        failure->year = y;
                        failure->sex = sex;
                        failure->member = base + l;
                        return 1;
                    }
                }
            }
            // ColumnStep.firstHalf and secondHalf, fused into one pass over the ages per sex (with the women's
            // births): each sum still adds its terms in the Swift path's order. The net migrants g(a) =
            // centre(a) + deviation·profile(a) are computed where they are used.
            const vd deviation = GATHER(in->migration_deviation, member, Y, y);
            const vd scale = GATHER(in->tfr_member, member, Y, y) / in->tfr_centre[y];
            const double *f = in->fertility + (size_t)y * n;
            vd births = zero, startMoved[2], halfAtZero[2];
            for (int sex = 0; sex < 2; sex++) {
                const vd *p = P[sex], *s = S[sex];
                vd *q = Q[sex], *e = E[sex];
                const double *mc = in->migrants_centre + ((size_t)y * 2 + sex) * n, *pr = in->profile + sex * n;
                const int women = sex == 0;
                if (even) {
                    // Half the migrants at the start (st = p + moved), the other half guarded against the
                    // survivors; E keeps the second half's moves, summed after the first half's below.
                    vd total = zero;
                    vd half = (mc[0] + deviation * pr[0]) / 2.0;
                    vd moved = SWIFT_MAX(half, -p[0]);
                    vd previous = p[0] + moved;
                    total += moved;
                    halfAtZero[sex] = half;
                    if (women) births += (f[0] * scale) * (previous / 2.0);
                    for (int a = 1; a <= omega; a++) {
                        half = (mc[a] + deviation * pr[a]) / 2.0;
                        moved = SWIFT_MAX(half, -p[a]);
                        vd st = p[a] + moved;
                        total += moved;
                        vd qa = a < omega ? s[a] * previous : s[omega] * (previous + st);
                        vd second = SWIFT_MAX(half, -qa);
                        qa += second;
                        e[a] = second;
                        q[a] = qa;
                        if (women) births += (f[a] * scale) * ((st + qa) / 2.0);
                        previous = st;
                    }
                    startMoved[sex] = total;
                } else {
                    if (women) births += (f[0] * scale) * (p[0] / 2.0);
                    for (int a = 1; a <= omega; a++) {
                        vd qa = a < omega ? s[a] * p[a - 1] : s[omega] * (p[omega - 1] + p[omega]);
                        q[a] = qa;
                        if (women) births += (f[a] * scale) * ((p[a] + qa) / 2.0);
                    }
                }
            }
            // CohortComponentStep.finish, and StochasticProjection's measure in the same pass.
            const double srb = in->sex_ratio[y];
            vd born[2], net[2];
            vd total = zero, working = zero, old = zero, leavers = zero, labour = zero;
            const uint8_t *leaving = in->leaver_ages + (size_t)y * n;
            const int lower = in->band_lower, upper = in->band_upper;
            for (int sex = 0; sex < 2; sex++) {
                vd *q = Q[sex];
                const vd *s = S[sex], *e = E[sex];
                const double *r = in->labour ? in->labour + ((size_t)y * 2 + sex) * n : NULL;
                const double *mc = in->migrants_centre + ((size_t)y * 2 + sex) * n, *pr = in->profile + sex * n;
                born[sex] = births * (sex == 0 ? 1 / (1 + srb) : srb / (1 + srb));
                q[0] = s[0] * born[sex];
                vd local = zero, second = zero;
                if (even) {
                    vd moved = SWIFT_MAX(halfAtZero[sex], -q[0]);
                    q[0] += moved;
                    local += moved;
                    second = startMoved[sex];
                }
                for (int a = 0; a <= omega; a++) {
                    vd qa = q[a];
                    if (even) {
                        if (a >= 1) second += e[a];
                    } else {
                        vd moved = SWIFT_MAX(mc[a] + deviation * pr[a], -qa);
                        qa += moved;
                        local += moved;
                        q[a] = qa;
                    }
                    total += qa;
                    if (a > upper) {
                        old += qa;
                    } else if (a >= lower) {
                        working += qa;
                    }
                    if (leaving[a]) leavers += qa;
                    if (r) labour += qa * r[a];
                }
                net[sex] = even ? second + local : zero + local;
            }
            vd nan = SPLAT(__builtin_nan(""));
            vd dependency = SEL(working > zero, 100.0 * old / working, nan);
            vd bornTotal = born[0] + born[1], migrants = net[0] + net[1];
            for (int32_t i = 0; i < in->indicator_count; i++) {
                vd v;
                switch (in->indicators[i]) {
                case cohort_indicator_total: v = total; break;
                case cohort_indicator_working_age: v = working; break;
                case cohort_indicator_old: v = old; break;
                case cohort_indicator_old_age_dependency: v = dependency; break;
                case cohort_indicator_births: v = bornTotal; break;
                case cohort_indicator_leavers: v = leavers; break;
                case cohort_indicator_net_migrants: v = migrants; break;
                case cohort_indicator_labour_force: v = labour; break;
                default: continue;  // the TFR: known before projecting
                }
                double *to = in->out + ((size_t)i * Y + y) * D + base;
                for (int l = 0; l < c; l++) to[l] = v[l];
            }
            for (int sex = 0; sex < 2; sex++) {
                vd *t = P[sex];
                P[sex] = Q[sex];
                Q[sex] = t;
            }
        }
    }
    return 0;
}

#undef KFN
#undef KINLINE
#undef GATHER
