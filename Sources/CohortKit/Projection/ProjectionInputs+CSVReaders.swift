/// Values read from one input file, by year, with the line each year first appears on.
struct YearTable<Value> {
    var values: [Int: Value] = [:]
    var firstLine: [Int: Int] = [:]
}

extension ProjectionInputs {
    /// `population.csv`: one year, both sexes, ages 0…ω−1 and ω+.
    static func readPopulation(_ t: CSVTable) throws -> (year: Int, population: BySex<[Double]>) {
        let cYear = try t.requireColumn("year"), cSex = try t.requireColumn("sex")
        let cAge = try t.requireColumn("age"), cValue = try t.requireColumn("population")
        guard let first = t.records.first else {
            throw InputError("a header but no data rows; expected the base population by sex and age", file: t.file)
        }
        let year = try t.integer(first, cYear)
        if t.hasAgeGroups(cAge) {
            return (
                year, try readGroupedPopulation(t, year: year, first: first.line, columns: (cYear, cSex, cAge, cValue))
            )
        }
        var open: (age: Int, line: Int)? = nil
        var rows: [(sex: Sex, age: Int, isOpen: Bool, value: Double, line: Int)] = []
        for r in t.records {
            let y = try t.integer(r, cYear)
            guard y == year else {
                throw InputError(
                    "rows for \(y) and for \(year) (line \(first.line)); population.csv holds one base year only",
                    file: t.file, line: r.line, column: "year")
            }
            let sex = try t.sex(r, cSex)
            let (age, isOpen) = try t.age(r, cAge, openAge: nil)
            if isOpen {
                if let o = open, o.age != age {
                    throw InputError(
                        "two open age groups, \(o.age)+ (line \(o.line)) and \(age)+", file: t.file, line: r.line,
                        column: "age")
                }
                open = (age, r.line)
            }
            let value = try t.number(r, cValue)
            guard value >= 0 else {
                throw InputError(
                    "\(value) is negative; a population cannot be", file: t.file, line: r.line, column: "population")
            }
            if let message = personsProblem(value) {
                throw InputError("\(value) \(message)", file: t.file, line: r.line, column: "population")
            }
            rows.append((sex, age, isOpen, value, r.line))
        }
        guard let omega = open?.age else {
            throw InputError("no open age group; write the last age group with a plus, e.g. 100+", file: t.file)
        }
        guard omega >= 1 else {
            throw InputError("the open age group is \(omega)+; it must be 1+ or older", file: t.file, line: open!.line)
        }
        var values = BySex { _ in [Double?](repeating: nil, count: omega + 1) }
        var lines = BySex { _ in [Int](repeating: 0, count: omega + 1) }
        for row in rows {
            if !row.isOpen && row.age >= omega {
                throw InputError(
                    row.age == omega
                        ? "age \(row.age) is the open age group; write it \(omega)+"
                        : "age \(row.age) is above the open age group \(omega)+",
                    file: t.file, line: row.line, column: "age")
            }
            if values[row.sex][row.age] != nil {
                throw InputError(
                    "a second row for \(row.sex), age \(label(row.age, omega)) (the first is on line \(lines[row.sex][row.age]))",
                    file: t.file, line: row.line)
            }
            values[row.sex][row.age] = row.value
            lines[row.sex][row.age] = row.line
        }
        let population = try BySex<[Double]> { sex in
            try values[sex].enumerated().map { age, v in
                guard let v else {
                    throw InputError("no row for \(sex), age \(label(age, omega)) in \(year)", file: t.file)
                }
                return v
            }
        }
        return (year, population)
    }

    /// `population.csv` by age groups: ω from the open group, each sex's groups
    /// tiling 0…ω − 1, graduated to single ages (see ``GroupedSeries``).
    private static func readGroupedPopulation(
        _ t: CSVTable, year: Int, first: Int, columns: (year: Int, sex: Int, age: Int, value: Int)
    ) throws -> BySex<[Double]> {
        var series = BySex(female: GroupedSeries(), male: GroupedSeries())
        var open: (age: Int, line: Int)? = nil
        for r in t.records {
            let y = try t.integer(r, columns.year)
            guard y == year else {
                throw InputError(
                    "rows for \(y) and for \(year) (line \(first)); population.csv holds one base year only",
                    file: t.file, line: r.line, column: "year")
            }
            let sex = try t.sex(r, columns.sex)
            let span = try t.ageSpan(r, columns.age)
            if span.isOpen {
                if let o = open, o.age != span.lower {
                    throw InputError(
                        "two open age groups, \(o.age)+ (line \(o.line)) and \(span)", file: t.file, line: r.line,
                        column: "age")
                }
                open = (span.lower, r.line)
            }
            let value = try t.number(r, columns.value)
            guard value >= 0 else {
                throw InputError(
                    "\(value) is negative; a population cannot be", file: t.file, line: r.line, column: "population")
            }
            if let message = personsProblem(value) {
                throw InputError("\(value) \(message)", file: t.file, line: r.line, column: "population")
            }
            series[sex].rows.append(.init(span: span, value: value, line: r.line))
        }
        guard let omega = open?.age else {
            throw InputError("no open age group; write the last age group with a plus, e.g. 100+", file: t.file)
        }
        guard omega >= 1 else {
            throw InputError("the open age group is \(omega)+; it must be 1+ or older", file: t.file, line: open!.line)
        }
        return try BySex { sex in
            guard !series[sex].rows.isEmpty else { throw InputError("no rows for \(sex) in \(year)", file: t.file) }
            return try series[sex].singleAges(kind: .counts, openAge: omega, file: t.file, what: "\(sex)")
        }
    }

    /// A `year,sex,age,<value>` file that must give every sex and age 0…ω for
    /// each year it has. `problem` returns a message for an invalid value.
    /// Ages may be groups (`35-39`), graduated as `kind` says (see ``GroupedSeries``).
    static func readYearSexAge(
        _ t: CSVTable, value name: String, openAge omega: Int, baseYear: Int, kind: GroupedSeries.Kind,
        problem: (Double) -> String?
    ) throws -> YearTable<BySex<[Double]>> {
        let cYear = try t.requireColumn("year"), cSex = try t.requireColumn("sex")
        let cAge = try t.requireColumn("age"), cValue = try t.requireColumn(name)
        if t.hasAgeGroups(cAge) {
            return try readGroupedYearSexAge(
                t, value: name, column: cValue, openAge: omega, baseYear: baseYear, kind: kind,
                problem: problem)
        }
        let n = omega + 1
        // Per year: values by sex and age, flat (female then male), and the line of each (0: no row yet).
        var values: [Int: [Double]] = [:]
        var lines: [Int: [Int]] = [:]
        var table = YearTable<BySex<[Double]>>()
        // Rows usually come year by year: keep the current year's arrays at hand.
        var year = Int.min
        var current: [Double] = [], currentLines: [Int] = []
        func flush() {
            if year != Int.min {
                values[year] = current
                lines[year] = currentLines
            }
        }
        for r in t.records {
            let y = try yearOfRates(t, r, cYear, baseYear: baseYear)
            let sex = try t.sex(r, cSex)
            let age = try t.age(r, cAge, openAge: omega).age
            let v = try t.number(r, cValue)
            if let message = problem(v) {
                throw InputError("\(v) \(message)", file: t.file, line: r.line, column: name)
            }
            if y != year {
                flush()
                year = y
                if let known = values[y] {
                    current = known
                    currentLines = lines[y]!
                } else {
                    current = [Double](repeating: 0, count: 2 * n)
                    currentLines = [Int](repeating: 0, count: 2 * n)
                    table.firstLine[y] = r.line
                }
            }
            let slot = (sex == .female ? 0 : n) + age
            let first = currentLines[slot]
            if first != 0 {
                throw InputError(
                    "a second row for \(y), \(sex), age \(label(age, omega)) (the first is on line \(first))",
                    file: t.file, line: r.line)
            }
            current[slot] = v
            currentLines[slot] = r.line
        }
        flush()
        for (year, flat) in values {
            if let missing = lines[year]!.firstIndex(of: 0) {
                let sex: Sex = missing < n ? .female : .male
                throw InputError("no row for \(year), \(sex), age \(label(missing % n, omega))", file: t.file)
            }
            table.values[year] = BySex(female: Array(flat[0..<n]), male: Array(flat[n...]))
        }
        return table
    }

    /// ``readYearSexAge(_:value:openAge:baseYear:kind:problem:)`` for a file with age groups.
    private static func readGroupedYearSexAge(
        _ t: CSVTable, value name: String, column cValue: Int, openAge omega: Int, baseYear: Int,
        kind: GroupedSeries.Kind,
        problem: (Double) -> String?
    ) throws -> YearTable<BySex<[Double]>> {
        let cYear = try t.requireColumn("year"), cSex = try t.requireColumn("sex"), cAge = try t.requireColumn("age")
        var series: [Int: BySex<GroupedSeries>] = [:]
        var table = YearTable<BySex<[Double]>>()
        for r in t.records {
            let y = try yearOfRates(t, r, cYear, baseYear: baseYear)
            let sex = try t.sex(r, cSex)
            let span = try t.ageSpan(r, cAge)
            let v = try t.number(r, cValue)
            if let message = problem(v) {
                throw InputError("\(v) \(message)", file: t.file, line: r.line, column: name)
            }
            if series[y] == nil {
                series[y] = BySex(female: GroupedSeries(), male: GroupedSeries())
                table.firstLine[y] = r.line
            }
            series[y]![sex].rows.append(.init(span: span, value: v, line: r.line))
        }
        for (year, bySex) in series {
            table.values[year] = try BySex { sex in
                guard !bySex[sex].rows.isEmpty else { throw InputError("no rows for \(year), \(sex)", file: t.file) }
                return try bySex[sex].singleAges(kind: kind, openAge: omega, file: t.file, what: "\(year), \(sex)")
            }
        }
        return table
    }

    /// A message for a count of persons beyond ±``maximumPersons`` in one cell, else `nil`.
    static func personsProblem(_ value: Double) -> String? {
        abs(value) > maximumPersons
            ? "persons is beyond the plausible bound of ±1e12 persons in one cell (age and sex)"
            : nil
    }

    /// `fertility.csv`: `year,age,asfr`, ages without a row at zero.
    static func readFertility(_ t: CSVTable, openAge omega: Int, baseYear: Int) throws -> YearTable<[Double]> {
        let cYear = try t.requireColumn("year"), cAge = try t.requireColumn("age"), cValue = try t.requireColumn("asfr")
        let grouped = t.hasAgeGroups(cAge)
        var series: [Int: GroupedSeries] = [:]
        var table = YearTable<[Double]>()
        var lines: [Int: [Int]] = [:]
        for r in t.records {
            let year = try yearOfRates(t, r, cYear, baseYear: baseYear)
            let span = grouped ? try t.ageSpan(r, cAge) : nil
            let age = grouped ? 0 : try t.age(r, cAge, openAge: omega).age
            let v = try t.number(r, cValue)
            guard v >= 0 else {
                throw InputError(
                    "\(v) is negative; fertility rates must be ≥ 0", file: t.file, line: r.line, column: "asfr")
            }
            guard v <= maximumFertilityRate else {
                throw InputError(
                    "\(v) births per woman in one year of age is impossible; fertility rates are births per woman per year (per 1,000 women? divide by 1,000)",
                    file: t.file, line: r.line, column: "asfr")
            }
            if let span {
                if series[year] == nil { table.firstLine[year] = r.line }
                series[year, default: GroupedSeries()].rows.append(.init(span: span, value: v, line: r.line))
                continue
            }
            if table.values[year] == nil {
                table.values[year] = Array(repeating: 0, count: omega + 1)
                lines[year] = Array(repeating: 0, count: omega + 1)
                table.firstLine[year] = r.line
            }
            if lines[year]![age] != 0 {
                throw InputError(
                    "a second row for \(year), age \(label(age, omega)) (the first is on line \(lines[year]![age]))",
                    file: t.file, line: r.line)
            }
            table.values[year]![age] = v
            lines[year]![age] = r.line
        }
        for (year, rows) in series {
            table.values[year] = try rows.singleAges(
                kind: .rates, openAge: omega, partial: true, file: t.file, what: "\(year)")
        }
        return table
    }

    /// `srb.csv`: `year,srb`, one row a year, SRB > 0.
    static func readSexRatio(_ t: CSVTable, baseYear: Int) throws -> YearTable<Double> {
        let cYear = try t.requireColumn("year"), cValue = try t.requireColumn("srb")
        var table = YearTable<Double>()
        for r in t.records {
            let year = try yearOfRates(t, r, cYear, baseYear: baseYear)
            let v = try t.number(r, cValue)
            if let message = sexRatioProblem(v) { throw InputError(message, file: t.file, line: r.line, column: "srb") }
            if let first = table.firstLine[year] {
                throw InputError("a second row for \(year) (the first is on line \(first))", file: t.file, line: r.line)
            }
            table.values[year] = v
            table.firstLine[year] = r.line
        }
        return table
    }

    /// A message for an impossible sex ratio at birth (outside ``sexRatioBounds``), else `nil`.
    static func sexRatioProblem(_ v: Double) -> String? {
        if v <= 0 { return "\(v) is not a sex ratio; male births per female birth must be > 0" }
        if v >= 10 {
            return "\(v) male births per female birth is impossible; per 100 or 1,000 girls? write the ratio, e.g. 1.05"
        }
        if !sexRatioBounds.contains(v) {
            return
                "\(v) male births per female birth is impossible; sex ratios at birth lie near 1.05 (accepted: \(sexRatioBounds.lowerBound)–\(sexRatioBounds.upperBound))"
        }
        return nil
    }

    /// The year of a row of rates, which must come after the base year.
    private static func yearOfRates(_ t: CSVTable, _ r: CSVTable.Record, _ column: Int, baseYear: Int) throws -> Int {
        let year = try t.integer(r, column)
        guard year > baseYear else {
            throw InputError(
                "rates for \(year) cannot be used from the base year \(baseYear): rates labelled Y take the population of Y−1 to Y, so the first year is \(baseYear + 1)",
                file: t.file, line: r.line, column: "year")
        }
        return year
    }

    private static func label(_ age: Int, _ omega: Int) -> String { age == omega ? "\(age)+" : "\(age)" }
}
