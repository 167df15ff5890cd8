import Foundation

/// The three fitted models of a stochastic projection: Lee–Carter mortality
/// by sex (and its coherent Li–Lee alternative), an AR(1) for the logit TFR
/// and an AR(1) for net migration.
///
/// Fit them from a dataset's history with ``fit(dataset:settings:)``, or
/// assemble them from known parameters for experiments.
public struct StochasticModel: Sendable, Equatable {
    /// Lee–Carter by sex, fitted to age groups 0…g − 1 and g+ (``mortalityGroupAge`` = g).
    public var mortality: BySex<LeeCarter>
    /// g: ages g…ω take b(g+).
    public var mortalityGroupAge: Int
    /// The correlation of the two sexes' annual steps of k around their drifts.
    public var mortalityCorrelation: Double
    /// The coherent (Li–Lee) alternative, fitted to the same deaths and exposures.
    public var coherentMortality: CoherentLeeCarter
    /// Death rates of the last fitted year at ages 0…ω, the Lee–Carter jump-off.
    public var jumpOffRates: BySex<[Double]>
    /// The TFR model.
    public var fertility: FertilityModel
    /// The net migration model.
    public var migration: MigrationModel
    /// What the mortality models were fitted to.
    public var mortalitySource: MortalityHistorySource
    /// The correlation of the TFR's and net migration's AR(1) innovations over the years both
    /// were fitted to (0 when fewer than 4 years are shared); used only when
    /// ``SimulationOptions/correlateFertilityMigration`` asks for it.
    public var fertilityMigrationCorrelation: Double = 0

    /// A model from its parts.
    public init(
        mortality: BySex<LeeCarter>, mortalityGroupAge: Int, mortalityCorrelation: Double,
        coherentMortality: CoherentLeeCarter, jumpOffRates: BySex<[Double]>, fertility: FertilityModel,
        migration: MigrationModel, mortalitySource: MortalityHistorySource = .registeredDeaths
    ) {
        self.mortalitySource = mortalitySource
        self.mortality = mortality
        self.coherentMortality = coherentMortality
        self.mortalityGroupAge = mortalityGroupAge
        self.mortalityCorrelation = mortalityCorrelation
        self.jumpOffRates = jumpOffRates
        self.fertility = fertility
        self.migration = migration
    }

    /// The year of ``jumpOffRates`` (the last fitted year of mortality).
    public var jumpOffYear: Int { mortality.female.years.last! }

    /// A vector by age group spread over ages 0…`openAge` (the last group's value above it).
    static func byAge(_ groups: [Double], openAge: Int) -> [Double] {
        (0...openAge).map { groups[Swift.min($0, groups.count - 1)] }
    }

    /// b(x) of the sex's own Lee–Carter model for every age 0…`openAge`.
    public func b(sex: Sex, openAge: Int) -> [Double] { Self.byAge(mortality[sex].b, openAge: openAge) }

    /// The age patterns of the mortality model's two factors for ages
    /// 0…`openAge`: Lee–Carter by sex has one (b, and zeros); the coherent
    /// model has B (shared) and bᵢ.
    public func factors(sex: Sex, openAge: Int, kind: MortalityModelKind) -> (first: [Double], second: [Double]) {
        switch kind {
        case .leeCarter: (b(sex: sex, openAge: openAge), [Double](repeating: 0, count: openAge + 1))
        case .coherent:
            (
                Self.byAge(coherentMortality.common.b, openAge: openAge),
                Self.byAge(coherentMortality.b[sex], openAge: openAge)
            )
        }
    }

    /// The death rates of the model's expected path `h` years after the
    /// jump-off year T: m(x) = m(x, T) · exp(b(x) · h · d) for Lee–Carter by
    /// sex; m(x, T) · exp(B(x) · h · D + bᵢ(x) · (E kᵢ(T + h) − kᵢ(T))) for the coherent model.
    public func expectedDeathRates(
        sex: Sex, yearsAfterJumpOff h: Int, kind: MortalityModelKind = .leeCarter
    ) -> [Double] {
        let rates = jumpOffRates[sex]
        let f = factors(sex: sex, openAge: rates.count - 1, kind: kind)
        let shift: (Double, Double) =
            switch kind {
            case .leeCarter: (Double(h) * mortality[sex].drift, 0)
            case .coherent:
                (Double(h) * coherentMortality.common.drift, coherentMortality.expectedChange(sex: sex, steps: h))
            }
        return rates.indices.map { rates[$0] * Foundation.exp(f.first[$0] * shift.0 + f.second[$0] * shift.1) }
    }

    /// Fits the three models to the history files of `dataset`.
    ///
    /// - Mortality: `history/deaths.csv` and `history/population.csv`, or
    ///   `history/death_rates.csv` (see ``DeathRateHistory``), the years in
    ///   `settings.mortalityYears`.
    /// - Fertility: `history/tfr.csv`, `settings.fertilityYears`.
    /// - Migration: `history/net_migration.csv`, `settings.migrationYears`,
    ///   the age profile = the positive part of the dataset's net migrants
    ///   summed over its years (the ages of net gains). The net sum itself
    ///   will not do: Taiwan's nets out gains and losses 10 to 1, so a
    ///   deviation spread by it would move ten times as many people as it adds.
    ///
    /// - Throws: ``InputError`` for unreadable files, ``StochasticModelError``
    ///   for histories the models cannot be fitted to.
    public static func fit(dataset: Dataset, settings: StochasticFitSettings = .init()) throws -> StochasticModel {
        let omega = dataset.inputs.openAge
        let history = try DeathRateHistory.load(
            from: dataset.folder, openAge: omega, groupAge: settings.mortalityGroupAge,
            years: settings.mortalityYears)
        let labels = history.groupLabels
        let lc = try BySex { sex in
            try LeeCarter.fit(
                deaths: history.deaths[sex], exposures: history.exposures[sex], years: history.years,
                sex: sex, groupLabels: labels)
        }
        let tfr = try Self.series(dataset.folder, file: "history/tfr.csv", column: "tfr")
        let fertility = try FertilityModel.fit(tfr: tfr, years: settings.fertilityYears, bounds: settings.tfrBounds)
        let totals = try Self.series(dataset.folder, file: "history/net_migration.csv", column: "net_migrants")
        var profile = BySex { _ in [Double](repeating: 0, count: omega + 1) }
        for y in dataset.inputs.years {
            if let m = y.netMigrants { for sex in Sex.allCases { for a in 0...omega { profile[sex][a] += m[sex][a] } } }
        }
        profile = profile.map { $0.map { Swift.max($0, 0) } }
        let migration = try MigrationModel.fit(totals: totals, years: settings.migrationYears, profile: profile)
        let coherent = try CoherentLeeCarter.fit(
            deaths: history.deaths, exposures: history.exposures, years: history.years,
            groupLabels: labels)
        var model = StochasticModel(
            mortality: lc, mortalityGroupAge: settings.mortalityGroupAge,
            mortalityCorrelation: Self.stepCorrelation(lc.female.k, lc.male.k), coherentMortality: coherent,
            jumpOffRates: history.lastYearRates, fertility: fertility, migration: migration,
            mortalitySource: history.source)
        // The innovations of both AR(1)s in the years both models saw.
        func innovations(_ series: [Int: Double], _ ar: AR1, _ years: ClosedRange<Int>) -> [Int: Double] {
            var out: [Int: Double] = [:]
            for y in years.dropFirst() {
                guard let now = series[y], let before = series[y - 1] else { continue }
                out[y] = (now - ar.level) - ar.persistence * (before - ar.level)
            }
            return out
        }
        let logits = tfr.mapValues { v in
            v > settings.tfrBounds.lowerBound && v < settings.tfrBounds.upperBound
                ? FertilityModel.logit(v, settings.tfrBounds) : .nan
        }
        let ef = innovations(logits, fertility.ar, settings.fertilityYears)
        let em = innovations(totals, migration.ar, settings.migrationYears)
        let shared = ef.keys.filter { em[$0] != nil && ef[$0]!.isFinite }.sorted()
        if shared.count >= 4 {
            model.fertilityMigrationCorrelation = Self.correlation(shared.map { ef[$0]! }, shared.map { em[$0]! })
        }
        return model
    }

    /// The correlation of two series of the same length (0 when either is constant).
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }

    /// The correlation of the annual steps of two k series.
    static func stepCorrelation(_ x: [Double], _ y: [Double]) -> Double {
        correlation(zip(x.dropFirst(), x).map { $0 - $1 }, zip(y.dropFirst(), y).map { $0 - $1 })
    }

    /// Reads a `year,<column>` file of the dataset into a dictionary.
    static func series(_ folder: URL, file: String, column: String) throws -> [Int: Double] {
        let url = folder.appendingPathComponent(file)
        guard FileSystem.kind(url.path) != .none else {
            throw StochasticModelError.missingHistory(
                "\(folder.lastPathComponent) has no \(file), needed to fit the stochastic model")
        }
        let t = try CSVTable.read(url, displayName: file)
        let cy = try t.requireColumn("year"), cv = try t.requireColumn(column)
        var out: [Int: Double] = [:]
        for r in t.records {
            let y = try t.integer(r, cy)
            guard out[y] == nil else {
                throw InputError("\(y) appears twice", file: t.file, line: r.line, column: "year")
            }
            out[y] = try t.number(r, cv)
        }
        return out
    }
}
