import Foundation

/// Registered deaths and exposures by sex, age group and year, for fitting
/// ``LeeCarter``: single ages below ``groupAge`` and one group ``groupAge``+.
///
/// Exposure of year t at age x = the mean of the end-of-(t − 1) and
/// end-of-t populations aged x (the definition of the dataset's own
/// 2023 rates), so the first year is the one after the first population.
/// The age groups are the same in every year, so years whose deaths stop at
/// an open group 95+ (Taiwan before 1998) fit with later ones.
///
/// A dataset without registered deaths may give death rates instead, in
/// `history/death_rates.csv` (`year,sex,age,mx`, single ages or groups such as
/// the UN's abridged `0`, `1-4`, `5-9`, …, `100+`, years consecutive or evenly
/// spaced, as the UN's 5-year periods labelled by their midpoints are). Groups
/// are graduated to single ages as in `mortality.csv` (through the life table),
/// rates ending below ω are extended by the Kannisto model, and each year's
/// exposures are its own stationary population: the life table's person-years
/// L(x) for a radix of 100,000, with deaths m(x) · L(x). The model then fits the
/// rates' own age pattern with each year weighted alike, and k is re-estimated
/// to the life table's deaths.
public struct DeathRateHistory: Sendable, Equatable {
    /// The years, consecutive (registered deaths) or evenly spaced (death rates).
    public var years: [Int]
    /// First age of the last, open group (95 for Taiwan).
    public var groupAge: Int
    /// Deaths, persons: rows = ages 0…groupAge − 1 and groupAge+, columns = years.
    public var deaths: BySex<AgeMatrix>
    /// Person-years, the same shape.
    public var exposures: BySex<AgeMatrix>
    /// Death rates of the last year at every age 0…ω of the dataset (ω = its open group).
    public var lastYearRates: BySex<[Double]>
    /// Registered deaths or published rates.
    public var source: MortalityHistorySource

    /// Row labels: "0", "1", …, "94", "95+".
    public var groupLabels: [String] { (0..<groupAge).map(String.init) + ["\(groupAge)+"] }

    /// Reads `history/deaths.csv` and `history/population.csv` of the dataset
    /// in `folder` (populations with open age `openAge`), for the years that
    /// have deaths and populations at both ends, optionally limited to `years`.
    ///
    /// - Throws: ``InputError`` for unreadable files; ``StochasticModelError``
    ///   when fewer than three years can be formed or the open group of a
    ///   year's deaths starts above ω or below `groupAge`.
    public static func load(
        from folder: URL, openAge: Int, groupAge: Int = 95, years limit: ClosedRange<Int>? = nil
    ) throws -> DeathRateHistory {
        let url = folder.appendingPathComponent("history/deaths.csv")
        guard FileSystem.kind(url.path) != .none else {
            let rates = folder.appendingPathComponent("history/death_rates.csv")
            if FileSystem.kind(rates.path) != .none {
                return try loadRates(rates, openAge: openAge, groupAge: groupAge, years: limit)
            }
            throw StochasticModelError.missingHistory(
                "\(folder.lastPathComponent) has neither history/deaths.csv (deaths by sex and age, with history/population.csv) nor history/death_rates.csv (death rates by sex and age), one of which the mortality model is fitted to: the stochastic projection is not available for this dataset"
            )
        }
        let history = try PopulationHistory.load(from: folder, openAge: openAge)
        let t = try CSVTable.read(url, displayName: "history/deaths.csv")
        let cy = try t.requireColumn("year"), cs = try t.requireColumn("sex"), ca = try t.requireColumn("age"),
            cd = try t.requireColumn("deaths")
        // Deaths by year and sex at ages 0…ω, plus the open age of each year's rows.
        var byYear: [Int: BySex<[Double]>] = [:]
        var openOf: [Int: Int] = [:]
        for r in t.records {
            let year = try t.integer(r, cy), sex = try t.sex(r, cs)
            let (age, isOpen) = try t.age(r, ca, openAge: nil)
            let value = try t.number(r, cd)
            guard value >= 0 else {
                throw InputError("\(value) deaths is negative", file: t.file, line: r.line, column: "deaths")
            }
            guard age <= openAge else {
                throw InputError(
                    "age \(age) is above the open age \(openAge)+ of population.csv", file: t.file, line: r.line,
                    column: "age")
            }
            if isOpen {
                guard age >= groupAge else {
                    throw InputError(
                        "the open group \(age)+ starts below \(groupAge), the model's last group", file: t.file,
                        line: r.line, column: "age")
                }
                openOf[year] = age
            }
            byYear[year, default: BySex { _ in [Double](repeating: 0, count: openAge + 1) }][sex][age] += value
        }
        let usable = byYear.keys.sorted().filter { y in
            history.populations[y] != nil && history.populations[y - 1] != nil && (limit?.contains(y) ?? true)
        }
        guard let first = usable.first, let last = usable.last, usable.count >= 3, usable.count == last - first + 1
        else {
            throw StochasticModelError.missingHistory(
                "history/deaths.csv and history/population.csv share \(usable.count) consecutive years with the previous year's population; the mortality model needs at least 3"
            )
        }
        let rows = groupAge + 1
        var deaths = BySex { _ in AgeMatrix(ages: rows, columns: usable.count) }
        var exposures = deaths
        for (j, y) in usable.enumerated() {
            for sex in Sex.allCases {
                let d = byYear[y]![sex], p0 = history.populations[y - 1]![sex], p1 = history.populations[y]![sex]
                for a in 0...openAge {
                    let row = Swift.min(a, groupAge)
                    deaths[sex][row, j] += d[a]
                    exposures[sex][row, j] += (p0[a] + p1[a]) / 2
                }
            }
        }
        guard openOf[last, default: openAge] == openAge else {
            throw StochasticModelError.missingHistory(
                "the deaths of \(last) stop at \(openOf[last]!)+; the last year needs every age to \(openAge)+")
        }
        let lastRates = try BySex { sex -> [Double] in
            let d = byYear[last]![sex], p0 = history.populations[last - 1]![sex], p1 = history.populations[last]![sex]
            return try (0...openAge).map { a in
                let e = (p0[a] + p1[a]) / 2
                guard e > 0 else {
                    throw StochasticModelError.badRate(
                        year: last, sex: sex, ageGroup: a == openAge ? "\(a)+" : String(a),
                        detail: "no population to divide deaths by")
                }
                return d[a] / e
            }
        }
        return DeathRateHistory(
            years: usable, groupAge: groupAge, deaths: deaths, exposures: exposures, lastYearRates: lastRates)
    }

    /// The history of `history/death_rates.csv` at `url` (see the type's description).
    ///
    /// - Throws: ``InputError`` for unreadable rows, gaps or overlaps in an age
    ///   tiling; ``StochasticModelError`` for fewer than three years or years
    ///   not evenly spaced.
    static func loadRates(
        _ url: URL, openAge omega: Int, groupAge: Int, years limit: ClosedRange<Int>?
    ) throws -> DeathRateHistory {
        let t = try CSVTable.read(url, displayName: "history/death_rates.csv")
        let ratesOpenAge = try ProjectionInputs.openAge(of: t) ?? omega
        guard ratesOpenAge <= omega else {
            throw InputError(
                "the open age group \(ratesOpenAge)+ is above \(omega)+, the open group of population.csv",
                file: t.file,
                column: "age")
        }
        let table = try ProjectionInputs.readYearSexAge(
            t, value: "mx", openAge: ratesOpenAge, baseYear: Int.min, kind: .deathRates
        ) { v in v < 0 ? "is negative; death rates must be ≥ 0" : nil }
        let years = table.values.keys.sorted().filter { limit?.contains($0) ?? true }
        guard years.count >= 3 else {
            throw StochasticModelError.missingHistory(
                "history/death_rates.csv has \(years.count) years\(limit.map { " in \($0.lowerBound)…\($0.upperBound)" } ?? ""); the mortality model needs at least 3"
            )
        }
        let step = years[1] - years[0]
        if let uneven = zip(years.dropFirst(), years).first(where: { $0 - $1 != step }) {
            throw StochasticModelError.missingHistory(
                "history/death_rates.csv has years \(uneven.1) and \(uneven.0), \(uneven.0 - uneven.1) years apart, but the first two \(step) apart; the years must be evenly spaced"
            )
        }
        let rows = groupAge + 1, radix = 100_000.0
        var deaths = BySex { _ in AgeMatrix(ages: rows, columns: years.count) }
        var exposures = deaths
        var rates: [Int: BySex<[Double]>] = [:]
        for (j, y) in years.enumerated() {
            let given = table.values[y]!
            let full =
                ratesOpenAge < omega
                ? try BySex { sex in
                    try ProjectionInputs.extendedDeathRates(given[sex], to: omega, file: t.file, what: "\(y), \(sex)")
                } : given
            rates[y] = full
            for sex in Sex.allCases {
                let life = try LifeTable(deathRates: full[sex], sex: sex)
                for a in 0...omega {
                    let row = Swift.min(a, groupAge), l = life.personYears[a] * radix
                    exposures[sex][row, j] += l
                    deaths[sex][row, j] += full[sex][a] * l
                }
            }
        }
        return DeathRateHistory(
            years: years, groupAge: groupAge, deaths: deaths, exposures: exposures, lastYearRates: rates[years.last!]!,
            source: .deathRates)
    }

    /// A history from its parts (see the properties for shapes).
    public init(
        years: [Int], groupAge: Int, deaths: BySex<AgeMatrix>, exposures: BySex<AgeMatrix>,
        lastYearRates: BySex<[Double]>, source: MortalityHistorySource = .registeredDeaths
    ) {
        self.source = source
        self.years = years
        self.groupAge = groupAge
        self.deaths = deaths
        self.exposures = exposures
        self.lastYearRates = lastYearRates
    }
}
