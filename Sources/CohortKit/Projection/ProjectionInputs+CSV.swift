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
        var grouped: [String] = []
        return try load(from: directory, grouped: &grouped)
    }

    /// ``load(from:)``, also naming (in `grouped`) the files given by age groups and graduated.
    static func load(from directory: URL, grouped: inout [String]) throws -> ProjectionInputs {
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
        let mortality = try readYearSexAge(
            mortalityTable, value: hasMx ? "mx" : "survival", openAge: omega,
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
}
