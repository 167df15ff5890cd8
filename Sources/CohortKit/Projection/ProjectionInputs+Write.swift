import Foundation

extension ProjectionInputs {
    /// The input set as the files ``load(from:)`` reads: `population.csv`,
    /// `mortality.csv` (`mx` when every year gives death rates, else
    /// `survival`), `fertility.csv` (the ages with a non-zero rate),
    /// `srb.csv` and, when any year has net migrants, `migration.csv`.
    /// Numbers keep every bit (``CSVNumber/exact(_:)``), so reading the files
    /// back gives these inputs exactly.
    ///
    /// - Throws: ``InputError`` when the years mix death rates and survival ratios (one file cannot hold both).
    public func files() throws -> [(name: String, contents: String)] {
        func bySexAge(_ header: String, _ rows: [(year: Int, values: BySex<[Double]>)]) -> String {
            var out = CSVBytes(capacity: rows.count * 2 * (openAge + 1) * 32)
            out.append(header + "\n")
            let labels = (0...openAge).map { ageLabel($0) }
            for (year, values) in rows {
                let prefix = String(year) + ","
                for sex in Sex.allCases {
                    for (a, v) in values[sex].enumerated() {
                        out.append(prefix + sex.rawValue + "," + labels[a] + "," + CSVNumber.exact(v) + "\n")
                    }
                }
            }
            return out.string
        }
        var files = [
            (name: "population.csv", contents: bySexAge("year,sex,age,population", [(baseYear, basePopulation)]))
        ]
        let rates = years.map { year in
            year.mortality.map { schedule -> [Double]? in
                if case .deathRates(let m) = schedule { return m } else { return nil }
            }
        }
        let survival = years.map { year in
            year.mortality.map { schedule -> [Double]? in
                if case .survivalRatios(let s) = schedule { return s } else { return nil }
            }
        }
        if rates.allSatisfy({ $0.female != nil && $0.male != nil }) {
            files.append(
                ("mortality.csv", bySexAge("year,sex,age,mx", zip(years, rates).map { ($0.year, $1.map { $0! }) })))
        } else if survival.allSatisfy({ $0.female != nil && $0.male != nil }) {
            files.append(
                (
                    "mortality.csv",
                    bySexAge("year,sex,age,survival", zip(years, survival).map { ($0.year, $1.map { $0! }) })
                ))
        } else {
            throw InputError("the years mix death rates and survival ratios; mortality.csv holds one or the other")
        }
        var fertility = "year,age,asfr\n"
        for year in years {
            for (a, f) in year.fertility.enumerated() where f != 0 {
                fertility += "\(year.year),\(ageLabel(a)),\(CSVNumber.exact(f))\n"
            }
        }
        files.append(("fertility.csv", fertility))
        files.append(
            ("srb.csv", "year,srb\n" + years.map { "\($0.year),\(CSVNumber.exact($0.sexRatioAtBirth))\n" }.joined()))
        if years.contains(where: { $0.netMigrants != nil }) {
            let zero = BySex { _ in [Double](repeating: 0, count: openAge + 1) }
            files.append(
                (
                    "migration.csv",
                    bySexAge("year,sex,age,net_migrants", years.map { ($0.year, $0.netMigrants ?? zero) })
                ))
        }
        return files
    }

    /// Writes ``files()`` as the folder `directory`, atomically (see ``OutputFolder``):
    /// a new folder, or one Cohort wrote when `replacing`.
    public func write(to directory: URL, replacing: Bool = false) throws {
        try OutputFolder.write(try files(), to: directory, replacing: replacing)
    }
}
