extension WorkingAgeAnalysis {
    /// The indicators this analysis reports, in ``Indicator`` order: all, less
    /// those of ``leftOutIndicators`` (ages above the open group) and, without
    /// participation rates, the labour-force ones.
    public var reportedIndicators: [Indicator] {
        Indicator.allCases.filter { i in
            (leftOutIndicators.isEmpty || (i != .oldestOld && i != .oldestOldShare))
                && (options.labour != nil || !i.needsLabour)
        }
    }

    /// `indicators.csv`: one row a year (base year and projected years), `year`
    /// and one column per indicator of ``reportedIndicators``, named, in the
    /// units and with the decimals of ``Indicator`` (band labels follow the options):
    /// `year,total,age_0_14,age_15_64,age_65_plus,age_85_plus,share_0_14,…,e0_male,entrants,leavers`.
    public func indicatorsTable() -> DataTable {
        Self.indicatorsTable(
            reportedIndicators, options: options, rows: indicators.map { i in (i.year, { $0.value(in: i) }) })
    }

    /// `indicators.csv` without a working-age analysis (when the band does not
    /// fit below the open age group): the columns of ``Indicator/bandFree``,
    /// `year,total,median_age,births,deaths,net_migrants,crude_birth_rate,crude_death_rate,tfr,e0_female,e0_male`.
    public static func indicatorsTable(_ rows: [PopulationIndicators]) -> DataTable {
        indicatorsTable(Indicator.bandFree, options: .init(), rows: rows.map { p in (p.year, { $0.value(in: p) }) })
    }

    private static func indicatorsTable(
        _ columns: [Indicator], options: AnalysisOptions,
        rows: [(year: Int, value: (Indicator) -> Double?)]
    ) -> DataTable {
        var table = DataTable([.init("year", "Year", .year)] + columns.map { .indicator($0, options) })
        for row in rows { table.append([.number(Double(row.year))] + columns.map { DataTable.value(row.value($0)) }) }
        return table
    }

    /// The columns of `indicators.csv` that need a working-age band, for notes: those left out by ``indicatorsTable(_:)``.
    public static let bandColumns = "the broad age groups, shares, dependency and support ratios, entrants and leavers"

    /// The `indicators.csv` columns this analysis cannot compute, with why:
    /// `age_85_plus` and `share_85_plus` when 85 lies above the open age group.
    public var leftOutIndicators: [(name: String, reason: String)] {
        let omega = result.openAge, age = options.oldestOld
        guard age > omega else { return [] }
        let why = "age \(age) lies above the open age group \(omega)+"
        return [(Indicator.oldestOld.name(options), why), (Indicator.oldestOldShare.name(options), why)]
    }

    /// `flows.csv`: one row a year (registered years with empty deaths and net
    /// migrants): `year,source,working_age,entrants,leavers,entrants_minus_leavers,deaths,net_migrants,change`,
    /// persons; from `firstYear` when given.
    public func flowsTable(from firstYear: Int? = nil) -> DataTable {
        var table = DataTable([
            .init("year", "Year", .year), .init("source", "Source", .text),
            .init("working_age", "Working age", .persons),
            .init("entrants", "Entrants (\(options.workingAge.lowerBound))", .persons),
            .init("leavers", "Leavers (\(options.retirementAge))", .persons),
            .init("entrants_minus_leavers", "Entrants − leavers", .signedPersons), .init("deaths", "Deaths", .persons),
            .init("net_migrants", "Net migrants", .signedPersons), .init("change", "Change", .signedPersons),
        ])
        for f in flows where f.year >= firstYear ?? Int.min {
            table.append([
                .number(Double(f.year)), .text(f.source.rawValue), .number(f.workingAge), .number(f.entrants),
                .number(f.leavers), .number(f.entrants - f.leavers), DataTable.value(f.deaths),
                DataTable.value(f.netMigrants), DataTable.value(f.change),
            ])
        }
        return table
    }

    /// `cohorts.csv`: `birth_year,births,births_source,alive_<base>,retirement_age,year_reaching_retirement,reaching_retirement,reaching_source`.
    public func cohortsTable() -> DataTable {
        var table = DataTable([
            .init("birth_year", "Born", .year), .init("births", "Births", .persons),
            .init("births_source", "Births source", .text),
            .init("alive_\(result.baseYear)", "Alive \(result.baseYear)", .persons),
            .init("retirement_age", "Retirement age", .year),
            .init("year_reaching_retirement", "Year reaching it", .year),
            .init("reaching_retirement", "Reaching it", .persons),
            .init("reaching_source", "Source", .text),
        ])
        for c in cohorts {
            table.append([
                .number(Double(c.birthYear)), DataTable.value(c.births), DataTable.value(c.birthsSource?.rawValue),
                DataTable.value(c.aliveAtBase), .number(Double(c.retirementAge)),
                .number(Double(c.yearReachingRetirement)),
                DataTable.value(c.reachingRetirement), DataTable.value(c.reachingSource?.rawValue),
            ])
        }
        return table
    }

    /// The waves table, one row a wave: birth years, births (published and
    /// registered), survivors at the base year, those reaching the retirement
    /// age, the calendar years, leavers and entrants over them, and the net
    /// change of the working-age population. For machines (`waves.csv`):
    /// `wave,first_birth_year,last_birth_year,published_births,registered_births,
    /// alive_<base>,reaching_retirement,complete,first_year,last_year,leavers,entrants,working_age_change`;
    /// for people the year ranges are one column each ("1958–1966", "2023–2031 (partial)").
    public func wavesTable(_ summaries: [WaveSummary]) -> DataTable {
        let base = result.baseYear
        var table = DataTable([
            .init("wave", "Wave", .text), .init("birth_years", "Born", .text, audience: .people),
            .init("first_birth_year", "First birth year", .year, audience: .machines),
            .init("last_birth_year", "Last birth year", .year, audience: .machines),
            .init("published_births", "Births (published)", .persons),
            .init("registered_births", "Births (registered)", .persons),
            .init("alive_\(base)", "Alive \(base)", .persons),
            .init("reaching_retirement", "Reaching retirement", .persons),
            .init("complete", "Complete", .text, audience: .machines),
            .init("years", "Years", .text, audience: .people),
            .init("first_year", "First year", .year, audience: .machines),
            .init("last_year", "Last year", .year, audience: .machines),
            .init("leavers", "Leavers", .persons), .init("entrants", "Entrants", .persons),
            .init("working_age_change", "Working-age change", .signedPersons),
        ])
        for s in summaries {
            let born = s.wave.birthYears, years = s.calendarYears
            table.append([
                .text(s.wave.name), .text("\(born.lowerBound)–\(born.upperBound)"),
                .number(Double(born.lowerBound)), .number(Double(born.upperBound)),
                DataTable.value(s.wave.publishedBirths), DataTable.value(s.registeredBirths),
                DataTable.value(s.aliveAtBase),
                .number(s.reachingRetirement), .flag(s.complete),
                .text("\(years.lowerBound)–\(years.upperBound)" + (s.complete ? "" : " (partial)")),
                .number(Double(years.lowerBound)), .number(Double(years.upperBound)),
                .number(s.leavers), .number(s.entrants), DataTable.value(s.workingAgeChange),
            ])
        }
        return table
    }

    /// `policy.csv`: a retirement-age policy against the statutory age, one row a year:
    /// `year,working_age_default,working_age_policy,staying,leavers_default,leavers_policy,support_ratio_default,support_ratio_policy`.
    public static func policyTable(_ years: [RetirementPolicyYear], statutory: RetirementAge) -> DataTable {
        let ratio = DataTable.Kind.of(Indicator.supportRatio)
        var table = DataTable([
            .init("year", "Year", .year), .init("working_age_default", "Working age (\(statutory))", .persons),
            .init("working_age_policy", "Working age (policy)", .persons), .init("staying", "Staying", .signedPersons),
            .init("leavers_default", "Leavers (\(statutory))", .persons),
            .init("leavers_policy", "Leavers (policy)", .persons),
            .init("support_ratio_default", "Support ratio (\(statutory))", ratio),
            .init("support_ratio_policy", "Support ratio (policy)", ratio),
        ])
        for y in years {
            table.append([
                .number(Double(y.year)), .number(y.workingAgeDefault), .number(y.workingAgePolicy), .number(y.staying),
                .number(y.leaversDefault), .number(y.leaversPolicy), .number(y.supportRatioDefault),
                .number(y.supportRatioPolicy),
            ])
        }
        return table
    }
}

extension WorkingAgeAnalysis {
    /// The 5-year groups from the band's first age up to the age above it (`oldFrom`, at most ω), the last
    /// cut at `oldFrom` − 1: the groups of the labour-force tables.
    var bandGroups: (within: [AgeSpan], oldFrom: Int) {
        let oldFrom = Swift.min(options.workingAge.upperBound + 1, result.openAge)
        let within = stride(from: options.workingAge.lowerBound, to: oldFrom, by: 5).map {
            AgeSpan(lower: $0, upper: Swift.min($0 + 4, oldFrom - 1))
        }
        return (within, oldFrom)
    }

    /// `labour_force.csv`, with participation rates: one row per year, sex and
    /// age group (5-year groups from the band's first age, the last one open at
    /// the age above the band): `year,sex,age,population,labour_force,participation`,
    /// persons and the group's labour force over its population; `nil` without rates.
    public func labourForceTable() -> DataTable? {
        guard let rates = options.labour else { return nil }
        let omega = result.openAge
        let groups = bandGroups.within + [AgeSpan(lower: bandGroups.oldFrom, upper: nil)]
        var table = DataTable([
            .init("year", "Year", .year), .init("sex", "Sex", .text), .init("age", "Age", .text),
            .init("population", "Population", .persons), .init("labour_force", "Labour force", .persons),
            .init("participation", "Participation", .of(.participation)),
        ])
        for year in result.years {
            let p = result.population(in: year)!, r = rates.rates(in: year)
            for sex in Sex.allCases {
                for g in groups {
                    let ages = g.ages(openAge: omega)
                    let people = ages.reduce(0.0) { $0 + p[sex][$1] }
                    let workers = ages.reduce(0.0) { $0 + p[sex][$1] * r[sex][$1] }
                    table.append([
                        .number(Double(year)), .text(sex.rawValue), .text(g.description), .number(people),
                        .number(workers), people > 0 ? .number(workers / people) : .missing,
                    ])
                }
            }
        }
        return table
    }

    /// `labour_flows.csv`, with participation rates: one row a projected year,
    /// `year,labour_force,entrants,exits,rate_change,deaths,net_migrants,change`
    /// (see ``LabourForceFlows``), persons; `nil` without rates.
    public func labourFlowsTable() -> DataTable? {
        guard options.labour != nil else { return nil }
        var table = DataTable([
            .init("year", "Year", .year), .init("labour_force", "Labour force", .persons),
            .init("entrants", "Entrants", .persons), .init("exits", "Exits", .persons),
            .init("rate_change", "Rate change", .signedPersons), .init("deaths", "Deaths", .signedPersons),
            .init("net_migrants", "Net migrants", .signedPersons), .init("change", "Change", .signedPersons),
        ])
        for i in indicators {
            guard let lf = i.labour, let f = lf.flows else { continue }
            table.append([
                .number(Double(i.year)), .number(lf.total), .number(f.entrants), .number(f.exits),
                .number(f.rateChange), DataTable.value(f.deaths), .number(f.netMigrants), .number(f.change),
            ])
        }
        return table
    }

    /// `labour_flows_by_age.csv`, with participation rates: the labour-force
    /// entrants and exits of each projected year by the age group the cohorts
    /// reach at the end of it (the groups of ``labourForceTable()``), both sexes:
    /// `year,age,entrants,exits`, persons; `nil` without rates.
    public func labourFlowsByAgeTable() -> DataTable? {
        guard options.labour != nil else { return nil }
        let omega = result.openAge, oldFrom = bandGroups.oldFrom
        var groups = [AgeSpan(lower: 0, upper: options.workingAge.lowerBound - 1)] + bandGroups.within
        groups += stride(from: oldFrom, to: Swift.min(oldFrom + 15, omega), by: 5).map {
            AgeSpan(lower: $0, upper: Swift.min($0 + 4, omega - 1))
        }
        groups.append(AgeSpan(lower: groups.last!.upper! + 1, upper: nil))
        var table = DataTable([
            .init("year", "Year", .year), .init("age", "Age", .text), .init("entrants", "Entrants", .persons),
            .init("exits", "Exits", .persons),
        ])
        for i in indicators {
            guard let f = i.labour?.flows, f.entrantsByAge.count == omega + 1 else { continue }
            for g in groups {
                let ages = g.ages(openAge: omega)
                table.append([
                    .number(Double(i.year)), .text(g.description),
                    .number(ages.reduce(0) { $0 + f.entrantsByAge[$1] }),
                    .number(ages.reduce(0) { $0 + f.exitsByAge[$1] }),
                ])
            }
        }
        return table
    }
}
