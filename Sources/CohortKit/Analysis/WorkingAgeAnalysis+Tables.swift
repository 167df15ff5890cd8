extension WorkingAgeAnalysis {
    static func flows(
        _ series: PopulationSeries, result: ProjectionResult, options: AnalysisOptions
    ) -> [WorkingAgeFlow] {
        let first = options.workingAge.lowerBound
        var flows: [WorkingAgeFlow] = []
        for year in series.years {
            guard let p = series.population(year) else { continue }
            let source: DataSource = year > result.baseYear ? .projected : .registered
            var flow = WorkingAgeFlow(
                year: year, source: source,
                workingAge: workingAge(p, year: year, options: options),
                entrants: p.female[first] + p.male[first],
                leavers: leavers(p, year: year, options: options))
            if let previous = series.population(year - 1) {
                flow.change = flow.workingAge - workingAge(previous, year: year - 1, options: options)
            }
            if let c = result.components(in: year), let df = c.female.deathsByAge, let dm = c.male.deathsByAge,
                let mf = c.female.netMigrantsByAge, let mm = c.male.netMigrantsByAge
            {
                // The cohorts of working age at the end of Y − 1 end Y aged a, L + 1 ≤ a ≤ R(Y − a).
                var deaths = 0.0, migrants = 0.0
                for a in (first + 1)...options.retirementAge.range.upperBound
                where a - 1 < options.retirementAge.age(forBirthYear: year - a) {
                    deaths += df[a, 0] + dm[a, 0]
                    migrants += mf[a, 0] + mm[a, 0]
                }
                flow.deaths = deaths
                flow.netMigrants = migrants
            }
            flows.append(flow)
        }
        return flows
    }

    static func indicators(
        inputs: ProjectionInputs, result: ProjectionResult, flows: [WorkingAgeFlow],
        options: AnalysisOptions, closure: OpenAgeClosure?
    ) throws -> [YearIndicators] {
        let band = options.workingAge
        let general = try PopulationIndicators.of(result, inputs: inputs, closure: closure)
        let labour = options.labour.map { LabourForceYear.series(result, rates: $0, options: options) }
        return general.map { g in
            let year = g.year
            let p = result.population(in: year)!
            let omega = result.openAge
            func sum(_ ages: ClosedRange<Int>) -> Double {
                ages.clamped(to: 0...omega).reduce(0) { $0 + p.female[$1] + p.male[$1] }
            }
            let young = sum(0...(band.lowerBound - 1))
            let working = sum(band)
            let old = sum((band.upperBound + 1)...omega)
            var retired = 0.0
            for a in options.retirementAge.range.lowerBound...omega
            where a >= options.retirementAge.age(forBirthYear: year - a) {
                retired += p.female[a] + p.male[a]
            }
            let flow = flows.first { $0.year == year }!
            return YearIndicators(
                population: g, young: young, working: working, old: old,
                oldestOld: options.oldestOld <= omega ? sum(options.oldestOld...omega) : nil,
                oldAgeDependency: 100 * old / working, youngAgeDependency: 100 * young / working,
                totalDependency: 100 * (young + old) / working,
                supportRatio: flow.workingAge / retired,
                entrants: flow.entrants, leavers: flow.leavers, labour: labour?.first { $0.year == year })
        }
    }

    /// The age that halves the population, people spread evenly within each year of age.
    static func medianAge(_ p: BySex<[Double]>) -> Double {
        let counts = zip(p.female, p.male).map { $0 + $1 }
        let half = counts.reduce(0, +) / 2
        var below = 0.0
        for (age, count) in counts.enumerated() {
            if below + count >= half && count > 0 { return Double(age) + (half - below) / count }
            below += count
        }
        return Double(counts.count - 1)
    }

    static func cohorts(
        _ series: PopulationSeries, result: ProjectionResult, history: PopulationHistory,
        options: AnalysisOptions
    ) -> [CohortRecord] {
        let base = result.baseYear
        let last = base + result.components.count
        let omega = result.openAge
        let basePopulation = result.population(in: base)!
        return ((base - omega + 1)...last).map { b in
            let age = options.retirementAge.age(forBirthYear: b)
            var record = CohortRecord(birthYear: b, retirementAge: age, yearReachingRetirement: b + age)
            if let registered = history.registeredBirths[b] {
                record.births = registered
                record.birthsSource = .registered
            } else if b > base, let c = result.components(in: b) {
                record.births = c.female.births[0] + c.male.births[0]
                record.birthsSource = .projected
            }
            if base - b >= 0 && base - b < omega {
                record.aliveAtBase = basePopulation.female[base - b] + basePopulation.male[base - b]
            }
            if let p = series.population(b + age) {
                record.reachingRetirement = p.female[age] + p.male[age]
                record.reachingSource = b + age > base ? .projected : .registered
            }
            return record
        }
    }

    /// The same projection under a different retirement age, year by year
    /// against this analysis (the default), over the years both cover.
    public func compare(policy: WorkingAgeAnalysis) -> [RetirementPolicyYear] {
        indicators.compactMap { base in
            guard let other = policy.indicators(in: base.year),
                let f0 = flow(in: base.year), let f1 = policy.flow(in: base.year)
            else { return nil }
            return RetirementPolicyYear(
                year: base.year, workingAgeDefault: f0.workingAge, workingAgePolicy: f1.workingAge,
                leaversDefault: f0.leavers, leaversPolicy: f1.leavers,
                supportRatioDefault: base.supportRatio, supportRatioPolicy: other.supportRatio)
        }
    }
}
