import Foundation

/// Decodes a parsed TOML table into a ``Scenario``, checking keys, types and ranges.
struct ScenarioReader {
    let file: String
    let folder: URL
    /// Folders besides ``folder`` that paths in the file may lead into (the data catalog).
    let allowedFolders: [URL]
    /// The files the keys name, by path, with the line and key that named each.
    var references: [String: Scenario.FileReference] = [:]

    func fail(_ message: String, _ entry: TOMLTable.Entry, _ key: String) -> InputError {
        InputError(message, file: file, line: entry.line, key: key)
    }

    func string(_ entry: TOMLTable.Entry, _ key: String) throws -> String {
        guard case .string(let s) = entry.value else {
            throw fail("expected a string in quotes, found \(entry.value.typeName)", entry, key)
        }
        return s
    }

    func integer(_ entry: TOMLTable.Entry, _ key: String, in range: ClosedRange<Int>, what: String) throws -> Int {
        guard case .integer(let v) = entry.value else {
            throw fail("expected \(what) (a whole number), found \(entry.value.typeName)", entry, key)
        }
        guard range.contains(v) else {
            throw fail("\(v) is out of range; \(what) lies in \(range.lowerBound)…\(range.upperBound)", entry, key)
        }
        return v
    }

    /// The path of `entry`, relative to the scenario's folder, which must
    /// stay inside that folder or an allowed one (symbolic links resolved):
    /// a scenario file cannot make cohort read `/etc/passwd`.
    func confinedPath(_ entry: TOMLTable.Entry, _ key: String) throws -> URL {
        let path = try string(entry, key)
        guard !path.isEmpty else { throw fail("the path is empty", entry, key) }
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw fail(
                "\(InputError.quote(path)) is an absolute path; paths in a scenario file are relative to its folder and stay inside it (or the data folder)",
                entry, key)
        }
        let url = folder.appendingPathComponent(path).standardizedFileURL
        let real = FileSystem.realPath(url.path) ?? url.path
        let roots = ([folder] + allowedFolders).map { FileSystem.realPath($0.path) ?? $0.standardizedFileURL.path }
        guard roots.contains(where: { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
            throw fail(
                "\(InputError.quote(path)) leads outside the scenario's folder; paths in a scenario file stay inside its folder (or the data folder)",
                entry, key)
        }
        return url
    }

    /// A regular file named by `entry` (see ``confinedPath(_:_:)``), remembered for messages.
    mutating func file(_ entry: TOMLTable.Entry, _ key: String) throws -> URL {
        let url = try confinedPath(entry, key)
        if let reason = FileSystem.unreadableReason(url.path) {
            throw fail("cannot read \(InputError.quote(try string(entry, key))): \(reason)", entry, key)
        }
        references[url.path] = Scenario.FileReference(file: file, line: entry.line, key: key)
        return url
    }

    func choice<T: RawRepresentable>(
        _ entry: TOMLTable.Entry, _ key: String, _ type: T.Type, _ options: [String]
    ) throws -> T
    where T.RawValue == String {
        let s = try string(entry, key)
        guard let v = T(rawValue: s) else {
            throw fail(
                "\(InputError.quote(s)) is not one of \(options.map { "\"\($0)\"" }.joined(separator: ", "))", entry,
                key)
        }
        return v
    }

    func table(_ entry: TOMLTable.Entry, _ key: String) throws -> TOMLTable {
        guard case .table(let t) = entry.value else {
            throw fail("expected a table [\(key)], found \(entry.value.typeName)", entry, key)
        }
        return t
    }

    /// Throws when `table` sets more than one of `keys`, which set the same
    /// assumption: the error is on the later key's line and names the earlier one.
    func exclusive(_ table: TOMLTable, _ keys: [String], prefix: String, what: String) throws {
        let set = table.entries.filter { keys.contains($0.key) }.sorted { $0.line < $1.line }
        guard set.count > 1 else { return }
        let first = set[0], second = set[1]
        throw fail(
            "\(prefix + second.key) and \(prefix + first.key) (line \(first.line)) both set \(what); give one of \(keys.map { prefix + $0 }.joined(separator: ", "))",
            second, prefix + second.key)
    }

    func unknown(_ entry: TOMLTable.Entry, _ key: String, known: [String]) -> InputError {
        fail("unknown key; this table knows \(known.joined(separator: ", "))", entry, key)
    }

    /// A number held constant, or `[[year, value], …]` with years increasing; each value in `range`.
    func path(_ entry: TOMLTable.Entry, _ key: String, range: ClosedRange<Double>, what: String) throws -> Scenario.Path
    {
        func check(_ v: Double) throws -> Double {
            guard range.contains(v) else {
                throw fail("\(v) is out of range; \(what) lies in \(range.lowerBound)…\(range.upperBound)", entry, key)
            }
            return v
        }
        if let v = entry.value.number { return Scenario.Path(constant: try check(v)) }
        guard case .array(let items) = entry.value, !items.isEmpty else {
            throw fail("expected a number or a list of [year, value] points, found \(entry.value.typeName)", entry, key)
        }
        var points: [(year: Int, value: Double)] = []
        for item in items {
            guard case .array(let pair) = item, pair.count == 2, case .integer(let year) = pair[0],
                let v = pair[1].number
            else {
                throw fail("each point is [year, value], e.g. [2050, 1.1]", entry, key)
            }
            if let last = points.last, year <= last.year {
                throw fail("the years of the points must increase (\(year) after \(last.year))", entry, key)
            }
            points.append((year, try check(v)))
        }
        return Scenario.Path(points)
    }

    mutating func read(_ root: TOMLTable, defaultName: String, resolve: (String) throws -> Scenario) throws -> Scenario
    {
        var scenario: Scenario
        if let entry = root["extends"] {
            let parentName = try string(entry, "extends")
            if parentName.hasSuffix(".toml") || parentName.contains("/") { _ = try confinedPath(entry, "extends") }
            do {
                scenario = try resolve(parentName)
            } catch let error as InputError {
                throw InputError(
                    "cannot extend \(InputError.quote(parentName)): \(error)", file: file, line: entry.line,
                    key: "extends")
            }
            scenario.name = defaultName
        } else {
            scenario = Scenario(name: defaultName, source: .dataset(""))
        }
        var hasSource = root["extends"] != nil
        try exclusive(root, ["dataset", "inputs"], prefix: "", what: "the base data")
        for entry in root.entries {
            switch entry.key {
            case "extends": break
            case "name": scenario.name = try string(entry, "name")
            case "description": scenario.description = try string(entry, "description")
            case "dataset":
                let name = try string(entry, "dataset")
                guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                    throw fail("a dataset is a folder name in the data catalog, such as \"taiwan\"", entry, "dataset")
                }
                scenario.source = .dataset(name)
                hasSource = true
            case "inputs":
                scenario.source = .inputs(try confinedPath(entry, "inputs"))
                hasSource = true
            case "to": scenario.lastYear = try integer(entry, "to", in: 1...9999, what: "a year")
            case "fertility": try readFertility(entry, into: &scenario)
            case "mortality": try readMortality(entry, into: &scenario)
            case "migration": try readMigration(entry, into: &scenario)
            case "labour": try readLabour(entry, into: &scenario)
            case "analysis":
                for e in try table(entry, "analysis").entries {
                    let key = "analysis." + e.key
                    switch e.key {
                    case "working_age":
                        guard case .array(let pair) = e.value, pair.count == 2, case .integer(let lo) = pair[0],
                            case .integer(let hi) = pair[1],
                            lo >= 1, lo < hi, hi < 99
                        else {
                            throw fail("expected [first, last] ages, e.g. [15, 64]", e, key)
                        }
                        scenario.workingAge = lo...hi
                    case "retirement_age":
                        scenario.retirementAge = try integer(e, key, in: 2...98, what: "a retirement age")
                    case "pension_age":
                        switch e.value {
                        case .integer:
                            scenario.pensionAge = String(try integer(e, key, in: 2...98, what: "a pension age"))
                        case .string(let name) where !name.isEmpty: scenario.pensionAge = name
                        default:
                            throw fail(
                                "expected an age or the name of a schedule in the dataset's pension_ages.csv, e.g. \"labour-insurance\"",
                                e, key)
                        }
                    case "pension_claims":
                        guard case .array(let pairs) = e.value else {
                            throw fail(
                                "expected a list of [offset in years, share], e.g. [[-1, 0.4], [0, 0.1], [1, 0.5]]", e,
                                key)
                        }
                        var shares: [Int: Double] = [:]
                        for pair in pairs {
                            guard case .array(let two) = pair, two.count == 2, case .integer(let offset) = two[0] else {
                                throw fail("expected [offset in years, share], e.g. [-1, 0.4]", e, key)
                            }
                            let share: Double
                            switch two[1] {
                            case .float(let v): share = v
                            case .integer(let v): share = Double(v)
                            default: throw fail("expected a share (a fraction) after the offset \(offset)", e, key)
                            }
                            guard shares[offset] == nil else {
                                throw fail("the offset \(offset) is given twice", e, key)
                            }
                            shares[offset] = share
                        }
                        do { scenario.pensionClaims = try PensionClaiming(shares: shares) } catch let error
                            as InputError
                        {
                            throw fail(error.message, e, key)
                        }
                    default:
                        throw unknown(
                            e, key, known: ["working_age", "retirement_age", "pension_age", "pension_claims"])
                    }
                }
            default:
                throw unknown(
                    entry, entry.key,
                    known: [
                        "name", "description", "extends", "dataset", "inputs", "to",
                        "[fertility]", "[mortality]", "[migration]", "[labour]", "[analysis]",
                    ])
            }
        }
        scenario.fileReferences.merge(references) { _, new in new }
        guard hasSource else {
            throw InputError(
                "no dataset or inputs; name one, e.g. dataset = \"taiwan\", or extends = \"taiwan-medium\"", file: file,
                key: "dataset")
        }
        return scenario
    }

    mutating func readFertility(_ entry: TOMLTable.Entry, into scenario: inout Scenario) throws {
        let fertility = try table(entry, "fertility")
        try exclusive(fertility, ["tfr", "tfr_csv"], prefix: "fertility.", what: "the TFR")
        for e in fertility.entries {
            let key = "fertility." + e.key
            switch e.key {
            case "tfr":
                switch e.value {
                case .string(let name): scenario.fertility = name == "dataset" ? .dataset : .tfrPath(name)
                case .integer, .float, .array:
                    scenario.fertility = .tfr(try path(e, key, range: 0.01...10, what: "a TFR (children per woman)"))
                default:
                    throw fail(
                        "expected the name of a TFR path in quotes, a number, or a list of [year, value] points, found \(e.value.typeName)",
                        e, key)
                }
            case "tfr_csv": scenario.fertility = .tfrFile(try file(e, key))
            case "pattern_csv": scenario.fertilityPattern = try file(e, key)
            default: throw unknown(e, key, known: ["tfr", "tfr_csv", "pattern_csv"])
            }
        }
    }

    /// `[labour]`: `rates_csv` (participation rates `year,sex,age,rate`) and
    /// `target`, a list of `{ages = "65-69", rate = 0.536, year = 2040}` (optionally `sex = "female"`).
    mutating func readLabour(_ entry: TOMLTable.Entry, into scenario: inout Scenario) throws {
        for e in try table(entry, "labour").entries {
            let key = "labour." + e.key
            switch e.key {
            case "rates_csv": scenario.labourRates = try file(e, key)
            case "target":
                guard case .array(let items) = e.value else {
                    throw fail("expected a list of {ages = \"65-69\", rate = 0.536, year = 2040}", e, key)
                }
                scenario.labourTargets = try items.map { item in
                    guard case .table(let t) = item else {
                        throw fail(
                            "expected {ages = \"65-69\", rate = 0.536, year = 2040}, found \(item.typeName)", e, key)
                    }
                    var ages: AgeSpan? = nil, rate: Double? = nil, year: Int? = nil, sex: Sex? = nil
                    for f in t.entries {
                        let k = key + "." + f.key
                        switch (f.key, f.value) {
                        case ("ages", .string(let text)):
                            switch AgeSpan.parse(text) {
                            case .success(let span): ages = span
                            case .failure(let problem): throw fail(problem.message, f, k)
                            }
                        case ("rate", .float(let v)): rate = v
                        case ("rate", .integer(let v)): rate = Double(v)
                        case ("year", .integer(let v)): year = v
                        case ("sex", .string(let v)):
                            guard let s = Sex(rawValue: v) else { throw fail("expected \"female\" or \"male\"", f, k) }
                            sex = s
                        case ("ages", _), ("rate", _), ("year", _), ("sex", _):
                            throw fail("\(f.value.typeName) is not a value for \(f.key)", f, k)
                        default: throw unknown(f, k, known: ["ages", "rate", "year", "sex"])
                        }
                    }
                    guard let ages, let rate, let year else {
                        throw fail("a target needs ages, rate (a fraction) and year", e, key)
                    }
                    guard (0...1).contains(rate) else {
                        throw fail(
                            "a rate of \(rate) is not a fraction in 0…1 (a percentage? write \(rate / 100))", e, key)
                    }
                    return LabourTarget(ages: ages, rate: rate, year: year, sex: sex)
                }
            default: throw unknown(e, key, known: ["rates_csv", "target"])
            }
        }
    }

    mutating func readMortality(_ entry: TOMLTable.Entry, into scenario: inout Scenario) throws {
        var female: Scenario.Path? = nil, male: Scenario.Path? = nil
        let mortality = try table(entry, "mortality")
        try exclusive(mortality, ["rates", "improvement", "e0_female"], prefix: "mortality.", what: "the death rates")
        try exclusive(mortality, ["rates", "improvement", "e0_male"], prefix: "mortality.", what: "the death rates")
        for e in mortality.entries {
            let key = "mortality." + e.key
            switch e.key {
            case "closure": scenario.closure = try choice(e, key, OpenAgeClosure.self, ["kannisto", "constant"])
            case "rates":
                guard try string(e, key) == "dataset" else {
                    throw fail("the only named rates are \"dataset\"", e, key)
                }
                scenario.mortality = .dataset
            case "improvement":
                guard let r = e.value.number else {
                    throw fail("expected a yearly rate such as 0.01, found \(e.value.typeName)", e, key)
                }
                guard r > -0.1 && r < 0.2 else {
                    throw fail(
                        "\(r) is out of range; a yearly improvement lies between −0.1 and 0.2 (0.01 = 1% a year)", e,
                        key)
                }
                scenario.mortality = .improvement(r)
            case "e0_female": female = try path(e, key, range: 20...110, what: "a life expectancy at birth (years)")
            case "e0_male": male = try path(e, key, range: 20...110, what: "a life expectancy at birth (years)")
            default: throw unknown(e, key, known: ["rates", "improvement", "e0_female", "e0_male", "closure"])
            }
        }
        if female != nil || male != nil { scenario.mortality = .lifeExpectancy(female: female, male: male) }
    }

    mutating func readMigration(_ entry: TOMLTable.Entry, into scenario: inout Scenario) throws {
        var total: Scenario.Path? = nil, profile: URL? = nil
        var profileEntry: TOMLTable.Entry? = nil
        let migration = try table(entry, "migration")
        try exclusive(migration, ["net", "total", "net_csv"], prefix: "migration.", what: "the net migrants")
        for e in migration.entries {
            let key = "migration." + e.key
            switch e.key {
            case "net":
                switch try string(e, key) {
                case "dataset": scenario.migration = .dataset
                case "none": scenario.migration = .none
                default:
                    throw fail("\(InputError.quote(try string(e, key))) is not one of \"dataset\", \"none\"", e, key)
                }
            case "timing": scenario.migrationTiming = try choice(e, key, MigrationTiming.self, ["end", "even"])
            case "total": total = try path(e, key, range: -1e8...1e8, what: "a total of net migrants per year")
            case "profile_csv":
                profile = try file(e, key)
                profileEntry = e
            case "net_csv": scenario.migration = .file(try file(e, key))
            default: throw unknown(e, key, known: ["net", "timing", "total", "profile_csv", "net_csv"])
            }
        }
        if let total {
            scenario.migration = .total(total, profile: profile)
        } else if let profileEntry {
            throw fail("profile_csv spreads a total; give migration.total too", profileEntry, "migration.profile_csv")
        }
    }
}
