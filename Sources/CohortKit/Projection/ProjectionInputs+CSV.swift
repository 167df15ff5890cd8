import Foundation

extension ProjectionInputs {
    /// Reads an input set: a folder of CSV files with a header row, long
    /// format (DESIGN.md, "Files"):
    ///
    /// | file | columns | notes |
    /// |---|---|---|
    /// | `population.csv` | `year,sex,age,population` | one base year; ages 0…ω−1 and `ω+`, both sexes |
    /// | `mortality.csv` | `year,sex,age,mx` or `year,sex,age,survival` | every year, sex and age |
    /// | `fertility.csv` | `year,age,asfr` | ages without a row have zero fertility |
    /// | `srb.csv` | `year,srb` | male births per female birth |
    /// | `migration.csv` | `year,sex,age,net_migrants` | optional (missing: no migration); if present, every year, sex and age |
    ///
    /// The years of `mortality.csv` are the projected years: they must run on
    /// one by one from the year after the base year, and the other files must
    /// cover exactly those years. Columns may come in any order; extra columns
    /// are ignored. Ages are whole years; the open group is written `ω+`, with
    /// ω taken from `population.csv`.
    ///
    /// - Throws: ``InputError`` naming the file, line and column of the first
    ///   problem: a missing file, column, year, sex or age; a duplicate row; a
    ///   cell that is not a number; a negative population, rate or fertility;
    ///   a survival ratio above 1; an SRB ≤ 0; an unknown sex.
    public static func load(from directory: URL) throws -> ProjectionInputs {
        var grouped: [String] = [], extrapolated: [String] = []
        return try load(from: directory, grouped: &grouped, extrapolated: &extrapolated)
    }

    /// ``load(from:)``, also naming (in `grouped`) the files given by age groups and graduated, and saying
    /// (in `extrapolated`) which ages were extrapolated.
    static func load(
        from directory: URL, grouped: inout [String], extrapolated: inout [String]
    ) throws -> ProjectionInputs {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw InputError("the input folder \(directory.path) does not exist or is not a folder")
        }
        func table(_ name: String, required: Bool = true) throws -> CSVTable? {
            let url = directory.appendingPathComponent(name)
            // A dangling link or a folder named like an input file is an error, not a missing file.
            guard FileSystem.kind(url.path) != .none else {
                if required { throw InputError("the input set has no \(name) (in \(directory.path))", file: name) }
                return nil
            }
            let t = try CSVTable.read(url, displayName: name)
            if let age = t.index(of: "age"), t.hasAgeGroups(age) { grouped.append(name) }
            return t
        }

        let (baseYear, population) = try readPopulation(try table("population.csv")!)
        let omega = population.female.count - 1

        // Mortality defines the projected years.
        let mortalityTable = try table("mortality.csv")!
        let hasMx = mortalityTable.index(of: "mx") != nil
        let hasSurvival = mortalityTable.index(of: "survival") != nil
        if hasMx && hasSurvival {
            throw InputError(
                "both an mx and a survival column; give death rates (mx) or survival ratios (survival), not both",
                file: mortalityTable.file, line: 1)
        }
        if !hasMx && !hasSurvival {
            throw InputError(
                "no mx (death rates) or survival (survival ratios) column; "
                    + (CSVTable.describeHeader(mortalityTable.header).map { "the header is \($0)" }
                        ?? "the first line is not a header of column names"),
                file: mortalityTable.file, line: 1)
        }
        if !hasMx, let cAge = mortalityTable.index(of: "age"), mortalityTable.hasAgeGroups(cAge) {
            throw InputError(
                "survival ratios are read by single year of age only; for age groups give death rates (an mx column)",
                file: mortalityTable.file, column: "age")
        }
        // Death rates may stop at a lower open age than the population (85+ against 100+, as many
        // national tables do): the ages above are extrapolated (see `extendedDeathRates`).
        let ratesOpenAge = hasMx ? try openAge(of: mortalityTable) ?? omega : omega
        if ratesOpenAge > omega {
            throw InputError(
                "the open age group \(ratesOpenAge)+ is above \(omega)+, the open group of population.csv",
                file: mortalityTable.file, column: "age")
        }
        var mortality = try readYearSexAge(
            mortalityTable, value: hasMx ? "mx" : "survival", openAge: ratesOpenAge,
            baseYear: baseYear, kind: .deathRates
        ) { v in
            if v < 0 {
                return hasMx ? "is negative; death rates must be ≥ 0" : "is negative; survival ratios lie in 0…1"
            }
            if !hasMx && v > 1 { return "is above 1; survival ratios lie in 0…1" }
            return nil
        }
        guard !mortality.values.isEmpty else {
            throw InputError(
                "no data rows; the input set needs rates for at least one year after \(baseYear)",
                file: mortalityTable.file)
        }
        if ratesOpenAge < omega {
            for (year, rates) in mortality.values {
                mortality.values[year] = try BySex { sex in
                    try extendedDeathRates(rates[sex], to: omega, file: mortalityTable.file, what: "\(year), \(sex)")
                }
            }
            extrapolated.append(
                "mortality.csv ends at \(ratesOpenAge)+: death rates at ages \(ratesOpenAge)–\(omega - 1) and \(omega)+ "
                    + "extrapolated by a Kannisto model fitted to ages \(ratesOpenAge - kannistoFitAges)–\(ratesOpenAge - 1) of each year and sex"
            )
        }
        let years = mortality.values.keys.sorted()
        for (i, y) in years.enumerated() {
            let expected = baseYear + 1 + i
            guard y == expected else {
                let message =
                    i == 0
                    ? "rates start in \(y); a base population of \(baseYear) needs rates from \(expected)"
                    : "no rows for \(expected), between \(expected - 1) and \(y); years must follow one another"
                throw InputError(message, file: mortalityTable.file)
            }
        }

        let fertility = try readFertility(try table("fertility.csv")!, openAge: omega, baseYear: baseYear)
        let srb = try readSexRatio(try table("srb.csv")!, baseYear: baseYear)
        var migration: ([Int: BySex<[Double]>], CSVTable)? = nil
        if let migrationTable = try table("migration.csv", required: false) {
            let values = try readYearSexAge(
                migrationTable, value: "net_migrants", openAge: omega,
                baseYear: baseYear, kind: .signedCounts, problem: personsProblem)
            migration = (values.values, migrationTable)
        }

        let span = "\(years.first!)…\(years.last!)"
        func checkCovers(_ covered: Set<Int>, _ file: String, lines: [Int: Int]) throws {
            if let missing = years.first(where: { !covered.contains($0) }) {
                throw InputError(
                    "no rows for \(missing); mortality.csv has rates for \(span) and every file must cover those years",
                    file: file)
            }
            if let extra = covered.subtracting(years).min() {
                throw InputError(
                    "rates for \(extra), outside the years of mortality.csv (\(span))", file: file, line: lines[extra])
            }
        }
        try checkCovers(Set(fertility.values.keys), "fertility.csv", lines: fertility.firstLine)
        try checkCovers(Set(srb.values.keys), "srb.csv", lines: srb.firstLine)
        if let (values, t) = migration {
            try checkCovers(Set(values.keys), t.file, lines: [:])
        }

        let yearInputs = years.map { y in
            YearInputs(
                year: y,
                mortality: mortality.values[y]!.map { hasMx ? .deathRates($0) : .survivalRatios($0) },
                fertility: fertility.values[y]!,
                sexRatioAtBirth: srb.values[y]!,
                netMigrants: migration.map { $0.0[y]! })
        }
        let inputs = ProjectionInputs(baseYear: baseYear, basePopulation: population, years: yearInputs)
        try inputs.validate()
        return inputs
    }

    /// Ages below the rates' open group the extrapolation is fitted to.
    static let kannistoFitAges = 15

    /// The open age of a `year,sex,age,…` table: the age of its `N+` cells (nil when there is none).
    static func openAge(of t: CSVTable) throws -> Int? {
        guard let c = t.index(of: "age") else { return nil }
        for r in t.records {
            let cell = t.text(r, c)
            if cell.hasSuffix("+") { return try t.ageSpan(r, c).lower }
        }
        return nil
    }

    /// Death rates 0…ω′ (ω′+ open) extended to 0…ω: a Kannisto model, logit m(x) = ln A + B·x, fitted by
    /// least squares to the ``kannistoFitAges`` single ages below ω′, gives m at ω′…ω − 1 and at ω (the open group).
    static func extendedDeathRates(_ m: [Double], to omega: Int, file: String, what: String) throws -> [Double] {
        let given = m.count - 1
        let fitAges = Swift.max(1, given - kannistoFitAges)..<given
        guard given >= 50 else {
            throw InputError(
                "the death rates end at \(given)+, too young to extrapolate to \(omega)+ (from 50+ up); give rates to \(omega)+",
                file: file, column: "age")
        }
        let model: KannistoFit
        do {
            model = try KannistoFit.fit(deathRates: m, ages: fitAges)
        } catch {
            throw InputError(
                "\(what): the death rates at ages \(fitAges.lowerBound)–\(fitAges.upperBound - 1) give no Kannisto model to extrapolate above \(given)+ (\(error))",
                file: file)
        }
        return Array(m.prefix(given)) + (given...omega).map { model.deathRate(atAge: Double($0)) }
    }
}
