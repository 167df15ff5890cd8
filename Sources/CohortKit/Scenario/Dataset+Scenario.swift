import Foundation

extension Dataset {
    /// The inputs of `scenario` on this dataset: its years up to the
    /// scenario's last year, with the scenario's fertility, mortality and
    /// migration assumptions applied.
    ///
    /// - Throws: ``InputError`` (naming the key) when the scenario asks for
    ///   something the dataset does not have or cannot give.
    ///   A problem in a file the scenario names (`tfr_csv`, `pattern_csv`, …)
    ///   is reported at the scenario's line and key, the file's own place after it.
    public func inputs(for scenario: Scenario) throws -> ProjectionInputs {
        do {
            return try applying(scenario)
        } catch let error as InputError {
            guard let file = error.file,
                let reference = scenario.fileReferences.first(where: {
                    URL(fileURLWithPath: $0.key).lastPathComponent == file
                })?.value
            else { throw error }
            throw InputError(error.description, file: reference.file, line: reference.line, key: reference.key)
        }
    }

    private func applying(_ scenario: Scenario) throws -> ProjectionInputs {
        var result = inputs
        let name = folder.lastPathComponent
        if let last = scenario.lastYear {
            let available = inputs.baseYear + inputs.years.count
            guard last > inputs.baseYear, last <= available else {
                throw InputError(
                    "the scenario runs to \(last), but \(name) has rates for \(inputs.baseYear + 1)…\(available)",
                    key: "to")
            }
            result.years = Array(result.years.prefix(last - inputs.baseYear))
        }
        let years = result.years.map(\.year)
        try applyFertility(scenario.fertility, pattern: scenario.fertilityPattern, to: &result, years: years)
        try applyMortality(scenario.mortality, closure: scenario.closure, to: &result)
        try applyMigration(scenario.migration, to: &result, years: years)
        return result
    }

    private func applyFertility(
        _ fertility: Scenario.Fertility, pattern file: URL?, to result: inout ProjectionInputs, years: [Int]
    ) throws {
        var custom: [Double]? = nil
        if let file {
            let t = try CSVTable.read(file, displayName: file.lastPathComponent)
            let ca = try t.requireColumn("age"), cs = try t.requireColumn("share")
            var shares = Array(repeating: 0.0, count: result.openAge + 1)
            for r in t.records {
                let v = try t.number(r, cs)
                guard v >= 0 else {
                    throw InputError("a share of \(v); shares must be ≥ 0", file: t.file, line: r.line, column: "share")
                }
                shares[try t.age(r, ca, openAge: result.openAge).age] += v
            }
            let total = shares.reduce(0, +)
            guard abs(total - 1) < 1e-6 else {
                throw InputError("the shares add up to \(total); they must add up to 1", file: t.file)
            }
            custom = shares
        }
        let tfr: [Double]
        switch fertility {
        case .dataset:
            guard custom != nil else { return }
            tfr = result.years.map { $0.fertility.reduce(0, +) }
        case .tfr(let path): tfr = years.map(path.value(in:))
        case .tfrPath(let path):
            guard let values = tfrPaths[path] else {
                let known = tfrPaths.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                throw InputError(
                    "\(folder.lastPathComponent) has no TFR path \(InputError.quote(path))"
                        + (known.isEmpty ? " (no tfr_paths.csv)" : "; it has \(known)"),
                    key: "fertility.tfr")
            }
            tfr = Array(values.prefix(years.count))
        case .tfrFile(let url):
            let t = try CSVTable.read(url, displayName: url.lastPathComponent)
            let cy = try t.requireColumn("year"), cv = try t.requireColumn("tfr")
            var byYear: [Int: Double] = [:]
            for r in t.records {
                let v = try t.number(r, cv)
                guard v > 0 && v <= 10 else {
                    throw InputError("a TFR of \(v) is out of range (0…10)", file: t.file, line: r.line, column: "tfr")
                }
                byYear[try t.integer(r, cy)] = v
            }
            tfr = try years.map { y in
                guard let v = byYear[y] else { throw InputError("no TFR for \(y)", file: t.file) }
                return v
            }
        }
        for i in result.years.indices {
            let shares: [Double]
            if let custom {
                shares = custom
            } else if let pattern = fertilityPattern {
                shares = pattern[i]
            } else {
                let own = result.years[i].fertility
                let total = own.reduce(0, +)
                guard total > 0 else {
                    throw InputError(
                        "\(result.years[i].year) has no fertility to take an age pattern from, and there is no fertility_pattern.csv",
                        key: "fertility.tfr")
                }
                shares = own.map { $0 / total }
            }
            result.years[i].fertility = shares.map { tfr[i] * $0 }
        }
    }

    private func applyMortality(
        _ mortality: Scenario.Mortality, closure: OpenAgeClosure?, to result: inout ProjectionInputs
    ) throws {
        if case .dataset = mortality { return }
        func rates(_ i: Int, _ sex: Sex) throws -> [Double] {
            guard case .deathRates(let m) = result.years[i].mortality[sex] else {
                throw InputError(
                    "the data give survival ratios, which cannot be improved or scaled; give death rates (mx)",
                    key: "mortality")
            }
            return m
        }
        switch mortality {
        case .dataset: return
        case .improvement(let r):
            let first = try BySex { try rates(0, $0) }
            for i in result.years.indices {
                let factor = pow(1 - r, Double(i))
                result.years[i].mortality = first.map { .deathRates($0.map { $0 * factor }) }
            }
        case .lifeExpectancy(let female, let male):
            for i in result.years.indices {
                for (sex, path) in [(Sex.female, female), (.male, male)] {
                    guard let path else { continue }
                    let year = result.years[i].year
                    let target = path.value(in: year)
                    let base = try rates(i, sex)
                    let factor = try Self.scale(base, sex: sex, closure: closure, toLifeExpectancy: target, year: year)
                    result.years[i].mortality[sex] = .deathRates(base.map { $0 * factor })
                }
            }
        }
    }

    /// The factor k such that death rates k·m give life expectancy `target` (bisection on ln k).
    static func scale(
        _ m: [Double], sex: Sex, closure: OpenAgeClosure?, toLifeExpectancy target: Double, year: Int
    ) throws -> Double {
        func e0(_ k: Double) throws -> Double {
            try LifeTable(deathRates: m.map { $0 * k }, sex: sex, closure: closure).lifeExpectancyAtBirth
        }
        // Keep the old-age rates below 1, where the Kannisto model (a logit) can be fitted.
        let oldest = m.dropLast().suffix(from: Swift.min(OpenAgeClosure.kannistoFitStartAge, m.count - 1)).max() ?? 0
        var lo = log(1e-3), hi = log(oldest > 0 ? Swift.min(1e2, 0.999 / oldest) : 1e2)
        let best = try e0(exp(lo)), worst = try e0(exp(hi))
        guard target <= best && target >= worst else {
            throw InputError(
                "a life expectancy of \(target) for \(sex)s in \(year) cannot be reached by scaling the death rates (possible: \(worst.rounded())…\(best.rounded()))",
                key: "mortality.e0_\(sex.rawValue)")
        }
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if try e0(exp(mid)) > target { lo = mid } else { hi = mid }
        }
        return exp((lo + hi) / 2)
    }

    private func applyMigration(_ migration: Scenario.Migration, to result: inout ProjectionInputs, years: [Int]) throws
    {
        let n = result.openAge + 1
        switch migration {
        case .dataset: return
        case .none:
            for i in result.years.indices { result.years[i].netMigrants = nil }
        case .file(let url):
            let t = try CSVTable.read(url, displayName: url.lastPathComponent)
            let table = try ProjectionInputs.readYearSexAge(
                t, value: "net_migrants", openAge: n - 1, baseYear: result.baseYear, kind: .signedCounts,
                problem: ProjectionInputs.personsProblem)
            for i in result.years.indices {
                guard let m = table.values[result.years[i].year] else {
                    throw InputError("no rows for \(result.years[i].year)", file: t.file)
                }
                result.years[i].netMigrants = m
            }
        case .total(let path, let profileURL):
            var profile = BySex { _ in [Double](repeating: 0, count: n) }
            if let profileURL {
                let t = try CSVTable.read(profileURL, displayName: profileURL.lastPathComponent)
                let cs = try t.requireColumn("sex"), ca = try t.requireColumn("age"), cv = try t.requireColumn("share")
                for r in t.records {
                    profile[try t.sex(r, cs)][try t.age(r, ca, openAge: n - 1).age] += try t.number(r, cv)
                }
            } else {
                for y in inputs.years {
                    if let m = y.netMigrants {
                        for sex in Sex.allCases { for a in 0..<n { profile[sex][a] += m[sex][a] } }
                    }
                }
            }
            let sum = profile.female.reduce(0, +) + profile.male.reduce(0, +)
            let gross = profile.female.map(abs).reduce(0, +) + profile.male.map(abs).reduce(0, +)
            guard sum > 0.01 * gross, sum > 0 else {
                throw InputError(
                    profileURL == nil
                        ? "the data's own migration sums to \(Int(sum.rounded())) over its years, too little to spread a total by; give migration.profile_csv"
                        : "the profile's shares add up to \(sum); they must add up to a positive total",
                    key: "migration.profile_csv")
            }
            for i in result.years.indices {
                let total = path.value(in: result.years[i].year)
                result.years[i].netMigrants = profile.map { $0.map { total * $0 / sum } }
            }
        }
    }
}
