import Foundation

extension ProjectionResult {
    /// `population.csv`: `year,sex,age,population`, the base year and every
    /// projected year, female before male, ages `0`…`ω−1` and `ω+`; persons
    /// rounded at output to `decimals` places (default 0: whole persons; the
    /// engine keeps fractions, so sums of rounded cells may differ from
    /// rounded totals by a few persons). A batch of several columns gets a
    /// leading `member` column (0-based). With `scenario`, every row starts
    /// with a `scenario` column holding it (to write several scenarios in one
    /// file; `header: false` leaves out the header line for the second and later).
    public func populationCSV(decimals: Int = 0, scenario: String? = nil, header: Bool = true) -> String {
        let batch = columns > 1
        var out = CSVBytes(
            capacity: populations.count * 2 * (openAge + 1) * columns * (24 + (scenario?.utf8.count ?? 0)))
        let lead = scenario.map { CSVField.quote($0) + "," } ?? ""
        if header {
            out.append(
                (scenario == nil ? "" : "scenario,")
                    + (batch ? "member,year,sex,age,population\n" : "year,sex,age,population\n"))
        }
        let labels = (0...openAge).map { ageLabel($0) + "," }
        let sexes = Sex.allCases.map { $0.rawValue + "," }
        for j in 0..<columns {
            for (i, population) in populations.enumerated() {
                let year = String(baseYear + i) + ","
                for (s, sex) in Sex.allCases.enumerated() {
                    population[sex].storage.withUnsafeBufferPointer { p in
                        for age in 0...openAge {
                            out.append(lead)
                            if batch {
                                out.append(String(j))
                                out.append(",")
                            }
                            out.append(year)
                            out.append(sexes[s])
                            out.append(labels[age])
                            out.append(number: p[age + j * (openAge + 1)], places: decimals)
                            out.append("\n")
                        }
                    }
                }
            }
        }
        return out.string
    }

    /// `components.csv`: `year,sex,births,deaths,net_migrants,population,emigration_cut`,
    /// one row per projected year and sex (DESIGN.md's columns plus
    /// `emigration_cut`, the emigration the non-negativity guard could not
    /// apply). Persons rounded at output to `decimals` places (default 0);
    /// `member` leads when the batch has several columns; `scenario` and
    /// `header` as for ``populationCSV(decimals:scenario:header:)``.
    public func componentsCSV(decimals: Int = 0, scenario: String? = nil, header: Bool = true) -> String {
        let batch = columns > 1
        let lead = scenario.map { CSVField.quote($0) + "," } ?? ""
        var out =
            header
            ? (scenario == nil ? "" : "scenario,") + (batch ? "member," : "")
                + "year,sex,births,deaths,net_migrants,population,emigration_cut\n" : ""
        for j in 0..<columns {
            for (i, year) in components.enumerated() {
                for sex in Sex.allCases {
                    let c = year[sex]
                    out += lead
                    if batch { out += "\(j)," }
                    out += "\(baseYear + 1 + i),\(sex.rawValue),"
                    out +=
                        [c.births[j], c.deaths[j], c.netMigrants[j], c.population[j], c.emigrationCut[j]]
                        .map { CSVNumber.format($0, places: decimals) }.joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }

    /// Writes `population.csv` and `components.csv` into the folder
    /// `directory`, atomically (see ``OutputFolder``).
    public func write(to directory: URL, replacing: Bool = false, decimals: Int = 0) throws {
        try OutputFolder.write(
            [
                ("population.csv", populationCSV(decimals: decimals)),
                ("components.csv", componentsCSV(decimals: decimals)),
            ],
            to: directory, replacing: replacing)
    }

    private func ageLabel(_ age: Int) -> String { age == openAge ? "\(age)+" : String(age) }
}
