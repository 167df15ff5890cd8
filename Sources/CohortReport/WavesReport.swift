import CohortKit

/// Screen tables of the working-age analysis.
public enum WavesReport {
    /// One row a wave: birth years, births (published and registered),
    /// survivors at the base year, those reaching the retirement age, the
    /// calendar years, leavers and entrants over them, and the net change of
    /// the working-age population.
    public static func waves(_ summaries: [WaveSummary], baseYear: Int) -> TextTable {
        var table = TextTable(["Wave", "Born", "Births (published)", "Births (registered)", "Alive \(baseYear)",
                               "Reaching retirement", "Years", "Leavers", "Entrants", "Working-age change"],
                              alignments: [.left, .left] + Array(repeating: .right, count: 8))
        for s in summaries {
            table.append([
                s.wave.name,
                "\(s.wave.birthYears.lowerBound)–\(s.wave.birthYears.upperBound)",
                s.wave.publishedBirthsText ?? "",
                s.registeredBirths.map(NumberFormat.persons) ?? "",
                s.aliveAtBase.map(NumberFormat.persons) ?? "",
                NumberFormat.persons(s.reachingRetirement) + (s.complete ? "" : " (partial)"),
                "\(s.calendarYears.lowerBound)–\(s.calendarYears.upperBound)",
                NumberFormat.persons(s.leavers),
                NumberFormat.persons(s.entrants),
                s.workingAgeChange.map(NumberFormat.signedPersons) ?? "",
            ])
        }
        return table
    }

    /// One row a year: working-age population, entrants, leavers, their
    /// difference, deaths and net migrants of working age, the change.
    public static func flows(_ flows: [WorkingAgeFlow], lowerAge: Int, retirementAge: RetirementAge) -> TextTable {
        var table = TextTable(["Year", "Source", "Working age", "Entrants (\(lowerAge))", "Leavers (\(retirementAge))",
                               "Entrants − leavers", "Deaths", "Net migrants", "Change"],
                              alignments: [.right, .left] + Array(repeating: .right, count: 7))
        for f in flows {
            table.append([
                String(f.year), f.source.rawValue, NumberFormat.persons(f.workingAge),
                NumberFormat.persons(f.entrants), NumberFormat.persons(f.leavers),
                NumberFormat.signedPersons(f.entrants - f.leavers),
                f.deaths.map(NumberFormat.persons) ?? "", f.netMigrants.map(NumberFormat.signedPersons) ?? "",
                f.change.map(NumberFormat.signedPersons) ?? "",
            ])
        }
        return table
    }

    /// A retirement-age policy against the default, year by year (say which policy above the table).
    public static func policy(_ years: [RetirementPolicyYear], defaultAge: RetirementAge) -> TextTable {
        var table = TextTable(["Year", "Working age (\(defaultAge))", "Working age (policy)", "Staying",
                               "Leavers (\(defaultAge))", "Leavers (policy)", "Support ratio (\(defaultAge))", "Support ratio (policy)"])
        for y in years {
            table.append([
                String(y.year), NumberFormat.persons(y.workingAgeDefault), NumberFormat.persons(y.workingAgePolicy),
                NumberFormat.signedPersons(y.staying), NumberFormat.persons(y.leaversDefault), NumberFormat.persons(y.leaversPolicy),
                NumberFormat.decimal(y.supportRatioDefault, places: 2), NumberFormat.decimal(y.supportRatioPolicy, places: 2),
            ])
        }
        return table
    }
}
