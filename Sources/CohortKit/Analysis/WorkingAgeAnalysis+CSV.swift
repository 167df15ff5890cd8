extension WorkingAgeAnalysis {
    /// Counts of persons are written as whole persons (rounded here, only
    /// at output); ratios and ages with 4 and 2 decimals; a missing value is an empty cell.
    private static func persons(_ v: Double?) -> String { v.map { CSVNumber.format($0, places: 0) } ?? "" }
    private static func ratio(_ v: Double?) -> String { v.map { CSVNumber.format($0, places: 4) } ?? "" }

    /// The indicators this analysis reports, in ``Indicator`` order: all, less
    /// those of ``leftOutIndicators`` (ages above the open group).
    public var reportedIndicators: [Indicator] {
        leftOutIndicators.isEmpty ? Indicator.allCases : Indicator.allCases.filter { $0 != .oldestOld && $0 != .oldestOldShare }
    }

    /// `indicators.csv`: one row a year (base year and projected years), `year`
    /// and one column per indicator of ``reportedIndicators``, named, in the
    /// units and with the decimals of ``Indicator`` (band labels follow the options):
    /// `year,total,age_0_14,age_15_64,age_65_plus,age_85_plus,share_0_14,…,e0_male,entrants,leavers`.
    public func indicatorsCSV() -> String {
        Self.indicatorsCSV(reportedIndicators, options: options, rows: indicators.map { i in (i.year, { $0.value(in: i) }) })
    }

    /// `indicators.csv` without a working-age analysis (when the band does not
    /// fit below the open age group): the columns of ``Indicator/bandFree``,
    /// `year,total,median_age,births,deaths,net_migrants,crude_birth_rate,crude_death_rate,tfr,e0_female,e0_male`,
    /// written as ``indicatorsCSV()`` writes them.
    public static func indicatorsCSV(_ rows: [PopulationIndicators]) -> String {
        indicatorsCSV(Indicator.bandFree, options: .init(), rows: rows.map { p in (p.year, { $0.value(in: p) }) })
    }

    private static func indicatorsCSV(_ columns: [Indicator], options: AnalysisOptions,
                                      rows: [(year: Int, value: (Indicator) -> Double?)]) -> String {
        var out = CSVField.line(["year"] + columns.map { $0.name(options) })
        for row in rows {
            out += CSVField.line([String(row.year)] + columns.map { $0.machineText(row.value($0)) })
        }
        return out
    }

    /// The columns of `indicators.csv` that need a working-age band, for notes: those left out by ``indicatorsCSV(_:)``.
    public static let bandColumns = "the broad age groups, shares, dependency and support ratios, entrants and leavers"

    /// The `indicators.csv` columns this analysis cannot compute, with why:
    /// `age_85_plus` and `share_85_plus` when 85 lies above the open age group.
    public var leftOutIndicators: [(name: String, reason: String)] {
        let omega = result.openAge, age = options.oldestOld
        guard age > omega else { return [] }
        let why = "age \(age) lies above the open age group \(omega)+"
        return [(Indicator.oldestOld.name(options), why), (Indicator.oldestOldShare.name(options), why)]
    }

    /// `flows.csv`: `year,source,working_age,entrants,leavers,deaths,net_migrants,change`, one row a year
    /// (registered years with empty deaths and net migrants).
    public func flowsCSV() -> String {
        var out = CSVField.line(["year", "source", "working_age", "entrants", "leavers", "deaths", "net_migrants", "change"])
        for f in flows {
            out += CSVField.line([String(f.year), f.source.rawValue, Self.persons(f.workingAge), Self.persons(f.entrants),
                                  Self.persons(f.leavers), Self.persons(f.deaths), Self.persons(f.netMigrants), Self.persons(f.change)])
        }
        return out
    }

    /// `cohorts.csv`: `birth_year,births,births_source,alive_<base>,retirement_age,year_reaching_retirement,reaching_retirement,reaching_source`.
    public func cohortsCSV() -> String {
        var out = CSVField.line(["birth_year", "births", "births_source", "alive_\(result.baseYear)", "retirement_age",
                                 "year_reaching_retirement", "reaching_retirement", "reaching_source"])
        for c in cohorts {
            out += CSVField.line([String(c.birthYear), Self.persons(c.births), c.birthsSource?.rawValue ?? "",
                                  Self.persons(c.aliveAtBase), String(c.retirementAge), String(c.yearReachingRetirement),
                                  Self.persons(c.reachingRetirement), c.reachingSource?.rawValue ?? ""])
        }
        return out
    }

    /// `waves.csv`: one row a wave, `wave,first_birth_year,last_birth_year,published_births,registered_births,
    /// alive_<base>,reaching_retirement,complete,first_year,last_year,leavers,entrants,working_age_change`.
    public func wavesCSV(_ summaries: [WaveSummary]) -> String {
        var out = CSVField.line(["wave", "first_birth_year", "last_birth_year", "published_births", "registered_births",
                                 "alive_\(result.baseYear)", "reaching_retirement", "complete", "first_year", "last_year",
                                 "leavers", "entrants", "working_age_change"])
        for s in summaries {
            out += CSVField.line([s.wave.name, String(s.wave.birthYears.lowerBound), String(s.wave.birthYears.upperBound),
                                  Self.persons(s.wave.publishedBirths), Self.persons(s.registeredBirths), Self.persons(s.aliveAtBase),
                                  Self.persons(s.reachingRetirement), s.complete ? "true" : "false",
                                  String(s.calendarYears.lowerBound), String(s.calendarYears.upperBound),
                                  Self.persons(s.leavers), Self.persons(s.entrants), Self.persons(s.workingAgeChange)])
        }
        return out
    }

    /// `policy.csv`: a retirement-age policy against the default, one row a year.
    public static func policyCSV(_ years: [RetirementPolicyYear]) -> String {
        var out = CSVField.line(["year", "working_age_default", "working_age_policy", "staying", "leavers_default",
                                 "leavers_policy", "support_ratio_default", "support_ratio_policy"])
        for y in years {
            out += CSVField.line([String(y.year), persons(y.workingAgeDefault), persons(y.workingAgePolicy), persons(y.staying),
                                  persons(y.leaversDefault), persons(y.leaversPolicy), ratio(y.supportRatioDefault), ratio(y.supportRatioPolicy)])
        }
        return out
    }
}
