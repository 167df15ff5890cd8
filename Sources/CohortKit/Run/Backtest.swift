import Foundation

/// Out-of-sample tests of the history-fitted uncertainty: for each origin
/// year, the stochastic models are refitted to the history up to that year
/// only, a projection starts from the population registered at its end
/// along the models' own central paths, and the registered values of the
/// following years are scored against the draws' intervals.
///
/// For origin O and projected year O + h:
/// - mortality: the Lee–Carter expected rates from the registered rates of O
///   (deaths and populations 1993…O), m(x, O) · exp(b(x) · h · d);
/// - fertility: the TFR's AR(1) expected path from the estimate of O
///   (1984…O), z = μ + φʰ (z(O) − μ), times the age pattern of O
///   (`history/fertility_pattern.csv`);
/// - net migrants: the AR(1) expected path of the total from O (1993…O),
///   spread by the model's age profile;
/// - the sex ratio at birth: the registered population aged 0 at the end of O.
///
/// Nothing after O enters the projection except the migration age profile,
/// which comes from the dataset's projected net migrants (no registered
/// migration by age exists). Deaths of a draw are its population balance,
/// P(t − 1) + births + net migrants − P(t); 0–14 is total − 15–64 − 65+ of
/// the same draw.
public struct Backtest: Sendable {
    /// One registered value against one origin's draws.
    public struct Row: Sendable, Equatable {
        /// The origin year (the last year the models saw).
        public var origin: Int
        /// Years after the origin.
        public var horizon: Int
        /// What is scored: `total`, `age_0_14`, `age_15_64`, `age_65_plus`, `births` or `deaths`.
        public var indicator: String
        /// The registered value, persons.
        public var registered: Double
        /// The draws' 2.5%, 10%, 50%, 90% and 97.5% quantiles, persons.
        public var quantiles: [Double]

        /// The median's error, percent of the registered value (positive: the median was too high).
        public var medianError: Double { 100 * (quantiles[2] / registered - 1) }
        /// Whether the registered value lies in the 80% interval.
        public var inside80: Bool { quantiles[1] <= registered && registered <= quantiles[3] }
        /// Whether the registered value lies in the 95% interval.
        public var inside95: Bool { quantiles[0] <= registered && registered <= quantiles[4] }
        /// The 80% interval's width, percent of the median.
        public var width80: Double { 100 * (quantiles[3] - quantiles[1]) / quantiles[2] }
        /// The 95% interval's width, percent of the median.
        public var width95: Double { 100 * (quantiles[4] - quantiles[0]) / quantiles[2] }
    }

    /// Every origin, horizon and indicator scored.
    public var rows: [Row]

    /// The quantiles kept per draw and year.
    public static let probabilities = [0.025, 0.1, 0.5, 0.9, 0.975]

    /// Backtests `dataset` from each of `origins` over `horizons` (years after
    /// the origin) with `draws` draws of `seed` (each drawing its parameters when
    /// `parameterUncertainty`); a horizon whose year the
    /// registers do not reach is left out.
    ///
    /// - Throws: ``StochasticModelError`` when the history before an origin
    ///   cannot support a fit; ``InputError`` when the registers lack the
    ///   origin's population or its fertility pattern.
    public static func run(
        dataset: Dataset, origins: [Int], horizons: [Int], draws: Int, seed: UInt64 = 1,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, parameterUncertainty: Bool = true
    ) throws -> Backtest {
        let omega = dataset.inputs.openAge
        let history = try dataset.history()
        let deathsHistory = try DeathRateHistory.load(from: dataset.folder, openAge: omega)
        var registeredDeaths: [Int: Double] = [:]
        for (j, y) in deathsHistory.years.enumerated() {
            registeredDeaths[y] = Sex.allCases.reduce(0) { s, sex in
                s + (0..<deathsHistory.deaths[sex].ages).reduce(0) { $0 + deathsHistory.deaths[sex][$1, j] }
            }
        }
        let patterns = try Self.fertilityPatterns(dataset.folder, openAge: omega)
        let tfrs = try StochasticModel.series(dataset.folder, file: "history/tfr.csv", column: "tfr")
        let migrants = try StochasticModel.series(
            dataset.folder, file: "history/net_migration.csv", column: "net_migrants")
        var rows: [Row] = []
        for origin in origins {
            guard let base = history.populations[origin] else {
                throw InputError("the registers have no population at the end of \(origin), the origin")
            }
            guard let pattern = patterns[origin] else {
                throw InputError("no age pattern of fertility for \(origin)", file: "history/fertility_pattern.csv")
            }
            let settings = StochasticFitSettings(
                mortalityYears: 1993...origin, fertilityYears: 1984...origin, migrationYears: 1993...origin)
            let model = try StochasticModel.fit(dataset: dataset, settings: settings)
            guard let tfr0 = tfrs[origin], let mig0 = migrants[origin] else {
                throw StochasticModelError.missingHistory("no TFR or net migration estimate for \(origin)")
            }
            let f = model.fertility, m = model.migration.ar
            let z0 = FertilityModel.logit(tfr0, f.bounds)
            let srb = base.female[0] > 0 ? base.male[0] / base.female[0] : 1.05
            let last = horizons.max() ?? 0
            let years = (1...last).map { h -> YearInputs in
                let zf =
                    f.ar.persistence < 1
                    ? f.ar.level + Foundation.pow(f.ar.persistence, Double(h)) * (z0 - f.ar.level) : z0
                let tfr = FertilityModel.tfr(logit: zf, f.bounds)
                let total =
                    m.persistence < 1 ? m.level + Foundation.pow(m.persistence, Double(h)) * (mig0 - m.level) : mig0
                return YearInputs(
                    year: origin + h,
                    mortality: BySex { sex in .deathRates(model.expectedDeathRates(sex: sex, yearsAfterJumpOff: h)) },
                    fertility: pattern.map { tfr * $0 }, sexRatioAtBirth: srb,
                    netMigrants: BySex { sex in model.migration.profile[sex].map { total * $0 } })
            }
            let inputs = ProjectionInputs(baseYear: origin, basePopulation: base, years: years)
            let result = try StochasticProjection(
                inputs: inputs, model: model,
                options: SimulationOptions(
                    draws: draws, seed: seed, threads: threads, uncertainty: .history,
                    parameterUncertainty: parameterUncertainty)
            ).run()
            for h in horizons {
                let year = origin + h
                guard let registered = history.populations[year] else { continue }
                let total = result.values(.total, year: year)!, working = result.values(.workingAge, year: year)!
                let old = result.values(.old, year: year)!, births = result.values(.births, year: year)!
                func sum(_ ages: ClosedRange<Int>) -> Double {
                    ages.reduce(0) { $0 + registered.female[$1] + registered.male[$1] }
                }
                var scored: [(String, Double?, [Double])] = [
                    ("total", sum(0...omega), total),
                    ("age_0_14", sum(0...14), zip(zip(total, working), old).map { $0.0 - $0.1 - $1 }),
                    ("age_15_64", sum(15...64), working), ("age_65_plus", sum(65...omega), old),
                    ("births", history.registeredBirths[year], births),
                ]
                // Deaths of the year by each draw's balance.
                let before =
                    year == origin + 1
                    ? [Double](repeating: base.female.reduce(0, +) + base.male.reduce(0, +), count: total.count)
                    : result.values(.total, year: year - 1)!
                let migration = result.values(.netMigrants, year: year)!
                let deaths = (0..<total.count).map { before[$0] + births[$0] + migration[$0] - total[$0] }
                scored.append(("deaths", registeredDeaths[year], deaths))
                for (name, value, draws) in scored {
                    guard let value else { continue }
                    rows.append(
                        Row(
                            origin: origin, horizon: h, indicator: name, registered: value,
                            quantiles: Quantiles.type7(draws, probabilities: probabilities)))
                }
            }
        }
        return Backtest(rows: rows)
    }

    /// `history/fertility_pattern.csv` (`year,age,share`) by year, shares at ages 0…ω.
    static func fertilityPatterns(_ folder: URL, openAge omega: Int) throws -> [Int: [Double]] {
        let url = folder.appendingPathComponent("history/fertility_pattern.csv")
        guard FileSystem.kind(url.path) != .none else {
            throw StochasticModelError.missingHistory(
                "\(folder.lastPathComponent) has no history/fertility_pattern.csv (the age pattern of fertility by year), needed to backtest"
            )
        }
        let t = try CSVTable.read(url, displayName: "history/fertility_pattern.csv")
        let cy = try t.requireColumn("year"), ca = try t.requireColumn("age"), cs = try t.requireColumn("share")
        var out: [Int: [Double]] = [:]
        for r in t.records {
            let a = try t.age(r, ca, openAge: omega).age
            out[try t.integer(r, cy), default: [Double](repeating: 0, count: omega + 1)][a] += try t.number(r, cs)
        }
        return out
    }

    /// `backtest.csv`: one row per origin, horizon and indicator:
    /// `origin,horizon,year,indicator,registered,lower_95,lower_80,median,upper_80,upper_95,median_error_percent,inside_80,inside_95,width_80_percent,width_95_percent`.
    public func table() -> DataTable {
        var t = DataTable([
            .init("origin", "Origin", .year), .init("horizon", "Horizon", .year), .init("year", "Year", .year),
            .init("indicator", "Indicator", .text), .init("registered", "Registered", .persons),
            .init("lower_95", "2.5%", .persons), .init("lower_80", "10%", .persons), .init("median", "50%", .persons),
            .init("upper_80", "90%", .persons), .init("upper_95", "97.5%", .persons),
            .init("median_error_percent", "Median error %", .fixed(screen: 1, machine: 2)),
            .init("inside_80", "In 80%", .text), .init("inside_95", "In 95%", .text),
            .init("width_80_percent", "80% width %", .fixed(screen: 1, machine: 2)),
            .init("width_95_percent", "95% width %", .fixed(screen: 1, machine: 2)),
        ])
        for r in rows {
            t.append(
                [
                    .number(Double(r.origin)), .number(Double(r.horizon)), .number(Double(r.origin + r.horizon)),
                    .text(r.indicator), .number(r.registered),
                ] + r.quantiles.map { .number($0) } + [
                    .number(r.medianError), .text(r.inside80 ? "yes" : "no"), .text(r.inside95 ? "yes" : "no"),
                    .number(r.width80), .number(r.width95),
                ])
        }
        return t
    }

    /// Coverage by horizon: the share of scored values inside the 80% and 95% intervals, the mean
    /// absolute median error and the mean widths (percent), over every origin and indicator:
    /// `horizon,scored,inside_80,inside_95,mean_abs_median_error_percent,mean_width_80_percent,mean_width_95_percent`.
    public func coverageTable() -> DataTable {
        var t = DataTable([
            .init("horizon", "Horizon", .year), .init("scored", "Scored", .persons),
            .init("inside_80", "In 80%", .percent(0)), .init("inside_95", "In 95%", .percent(0)),
            .init("mean_abs_median_error_percent", "Mean |median error| %", .fixed(screen: 1, machine: 2)),
            .init("mean_width_80_percent", "Mean 80% width %", .fixed(screen: 1, machine: 2)),
            .init("mean_width_95_percent", "Mean 95% width %", .fixed(screen: 1, machine: 2)),
        ])
        for h in Set(rows.map(\.horizon)).sorted() {
            let r = rows.filter { $0.horizon == h }
            let n = Double(r.count)
            t.append([
                .number(Double(h)), .number(n), .number(Double(r.filter(\.inside80).count) / n),
                .number(Double(r.filter(\.inside95).count) / n),
                .number(r.map { abs($0.medianError) }.reduce(0, +) / n),
                .number(r.map(\.width80).reduce(0, +) / n), .number(r.map(\.width95).reduce(0, +) / n),
            ])
        }
        return t
    }
}
