import CohortKit

/// Tables of the working-age analysis.
public enum WavesReport {
    /// One row a wave: birth years, births (published and registered),
    /// survivors at the base year, those reaching the retirement age, the
    /// calendar years, leavers and entrants over them, and the net change of
    /// the working-age population. Column names as `waves.csv`.
    public static func waves(_ summaries: [WaveSummary], baseYear: Int) -> DataTable {
        var table = DataTable([
            .init("wave", "Wave", .text), .init("birth_years", "Born", .text),
            .init("published_births", "Births (published)", .persons), .init("registered_births", "Births (registered)", .persons),
            .init("alive_\(baseYear)", "Alive \(baseYear)", .persons), .init("reaching_retirement", "Reaching retirement", .persons),
            .init("years", "Years", .text), .init("leavers", "Leavers", .persons), .init("entrants", "Entrants", .persons),
            .init("working_age_change", "Working-age change", .signedPersons),
        ])
        for s in summaries {
            table.append([
                .text(s.wave.name), .text("\(s.wave.birthYears.lowerBound)–\(s.wave.birthYears.upperBound)"),
                DataTable.value(s.wave.publishedBirths), DataTable.value(s.registeredBirths), DataTable.value(s.aliveAtBase),
                .number(s.reachingRetirement), .text("\(s.calendarYears.lowerBound)–\(s.calendarYears.upperBound)" + (s.complete ? "" : " (partial)")),
                .number(s.leavers), .number(s.entrants), DataTable.value(s.workingAgeChange),
            ])
        }
        return table
    }

    /// One row a year: working-age population, entrants, leavers, their
    /// difference, deaths and net migrants of working age, the change.
    public static func flows(_ flows: [WorkingAgeFlow], lowerAge: Int, retirementAge: RetirementAge) -> DataTable {
        var table = DataTable([
            .init("year", "Year", .year), .init("source", "Source", .text), .init("working_age", "Working age", .persons),
            .init("entrants", "Entrants (\(lowerAge))", .persons), .init("leavers", "Leavers (\(retirementAge))", .persons),
            .init("entrants_minus_leavers", "Entrants − leavers", .signedPersons), .init("deaths", "Deaths", .persons),
            .init("net_migrants", "Net migrants", .signedPersons), .init("change", "Change", .signedPersons),
        ])
        for f in flows {
            table.append([.number(Double(f.year)), .text(f.source.rawValue), .number(f.workingAge), .number(f.entrants),
                          .number(f.leavers), .number(f.entrants - f.leavers), DataTable.value(f.deaths),
                          DataTable.value(f.netMigrants), DataTable.value(f.change)])
        }
        return table
    }

    /// A retirement-age policy against the default, year by year (say which policy above the table).
    public static func policy(_ years: [RetirementPolicyYear], defaultAge: RetirementAge) -> DataTable {
        var table = DataTable([
            .init("year", "Year", .year), .init("working_age_default", "Working age (\(defaultAge))", .persons),
            .init("working_age_policy", "Working age (policy)", .persons), .init("staying", "Staying", .signedPersons),
            .init("leavers_default", "Leavers (\(defaultAge))", .persons), .init("leavers_policy", "Leavers (policy)", .persons),
            .init("support_ratio_default", "Support ratio (\(defaultAge))", .decimal(2)),
            .init("support_ratio_policy", "Support ratio (policy)", .decimal(2)),
        ])
        for y in years {
            table.append([.number(Double(y.year)), .number(y.workingAgeDefault), .number(y.workingAgePolicy), .number(y.staying),
                          .number(y.leaversDefault), .number(y.leaversPolicy), .number(y.supportRatioDefault), .number(y.supportRatioPolicy)])
        }
        return table
    }
}
