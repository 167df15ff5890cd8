/// Every indicator Cohort reports, named once: its machine name (a CSV
/// column, a JSON field, a `--indicator` value), its title for people, its
/// unit and how it is read from a year's ``YearIndicators`` (where it is
/// computed). `indicators.csv`, the screen, Markdown, CSV and JSON tables,
/// `compare`, the simulation's quantiles and the report all take their
/// names, units and values from here.
///
/// Names of the broad groups follow the working-age band (`age_15_64`,
/// `share_65_plus`); the others are fixed.
///
/// ```swift
/// let options = AnalysisOptions(workingAge: 20...69)
/// Indicator.old.name(options)          // "age_70_plus"
/// Indicator.old.title(options)         // "70+"
/// Indicator.oldShare.unit              // .fraction
/// Indicator.named("age_20_69", options) // .working
/// ```
public enum Indicator: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Everyone at 31 December.
    case total
    /// Below the working-age band.
    case young
    /// In the working-age band.
    case working
    /// Above the working-age band.
    case old
    /// At or above ``AnalysisOptions/oldestOld`` (absent when that lies above the open age group).
    case oldestOld
    /// ``young`` over ``total``.
    case youngShare
    /// ``working`` over ``total``.
    case workingShare
    /// ``old`` over ``total``.
    case oldShare
    /// ``oldestOld`` over ``total``.
    case oldestOldShare
    /// Old per 100 of working age.
    case oldAgeDependency
    /// Young per 100 of working age.
    case youngAgeDependency
    /// Young and old per 100 of working age.
    case totalDependency
    /// People from the band's first age up to their retirement age, per person at or above it.
    case supportRatio
    /// The age that halves the population.
    case medianAge
    /// Births during the year.
    case births
    /// Deaths during the year.
    case deaths
    /// Net migrants during the year.
    case netMigrants
    /// Births per 1,000 of the mean population.
    case crudeBirthRate
    /// Deaths per 1,000 of the mean population.
    case crudeDeathRate
    /// The sum of the year's fertility rates.
    case totalFertilityRate
    /// Life expectancy at birth, women.
    case lifeExpectancyFemale
    /// Life expectancy at birth, men.
    case lifeExpectancyMale
    /// People reaching the band's first age in the year.
    case entrants
    /// People reaching their cohort's retirement age in the year.
    case leavers
    /// Entrants per 1,000 of the working-age band.
    case entrantsPerThousand
    /// Leavers per 1,000 of the working-age band.
    case leaversPerThousand
    /// The labour force: Σ population × participation rate (needs ``AnalysisOptions/labour``).
    case labourForce
    /// The labour force's change from the year before.
    case labourForceChange
    /// The labour force over the population at or above the band's first age.
    case participation
    /// People outside the labour force per 100 in it.
    case labourForceDependency
    /// The labour force per person above the working-age band.
    case workersPerOld
    /// People joining the labour force by ageing into ages of higher participation (see ``LabourForceFlows``).
    case labourForceEntrants
    /// People leaving it by ageing into ages of lower participation.
    case labourForceExits

    /// The machine name under `options`' band: `total`, `age_0_14`, `age_15_64`,
    /// `age_65_plus`, `age_85_plus`, `share_0_14`, …, `old_age_dependency`,
    /// `young_age_dependency`, `total_dependency`, `support_ratio`, `median_age`,
    /// `births`, `deaths`, `net_migrants`, `crude_birth_rate`, `crude_death_rate`,
    /// `tfr`, `e0_female`, `e0_male`, `entrants`, `leavers`.
    public func name(_ options: AnalysisOptions = .init()) -> String {
        let band = options.workingAge
        let young = "0_\(band.lowerBound - 1)", working = "\(band.lowerBound)_\(band.upperBound)"
        let old = "\(band.upperBound + 1)_plus", oldest = "\(options.oldestOld)_plus"
        switch self {
        case .total: return "total"
        case .young: return "age_" + young
        case .working: return "age_" + working
        case .old: return "age_" + old
        case .oldestOld: return "age_" + oldest
        case .youngShare: return "share_" + young
        case .workingShare: return "share_" + working
        case .oldShare: return "share_" + old
        case .oldestOldShare: return "share_" + oldest
        case .oldAgeDependency: return "old_age_dependency"
        case .youngAgeDependency: return "young_age_dependency"
        case .totalDependency: return "total_dependency"
        case .supportRatio: return "support_ratio"
        case .medianAge: return "median_age"
        case .births: return "births"
        case .deaths: return "deaths"
        case .netMigrants: return "net_migrants"
        case .crudeBirthRate: return "crude_birth_rate"
        case .crudeDeathRate: return "crude_death_rate"
        case .totalFertilityRate: return "tfr"
        case .lifeExpectancyFemale: return "e0_female"
        case .lifeExpectancyMale: return "e0_male"
        case .entrants: return "entrants"
        case .leavers: return "leavers"
        case .entrantsPerThousand: return "entrants_per_1000"
        case .leaversPerThousand: return "leavers_per_1000"
        case .labourForce: return "labour_force"
        case .labourForceChange: return "labour_force_change"
        case .participation: return "participation_\(band.lowerBound)_plus"
        case .labourForceDependency: return "labour_force_dependency"
        case .workersPerOld: return "workers_per_" + old
        case .labourForceEntrants: return "labour_force_entrants"
        case .labourForceExits: return "labour_force_exits"
        }
    }

    /// The title for people under `options`' band, e.g. "15–64", "65+ %", "Old-age dependency".
    public func title(_ options: AnalysisOptions = .init()) -> String {
        let band = options.workingAge
        let young = "0–\(band.lowerBound - 1)", working = "\(band.lowerBound)–\(band.upperBound)"
        let old = "\(band.upperBound + 1)+", oldest = "\(options.oldestOld)+"
        switch self {
        case .total: return "Total"
        case .young: return young
        case .working: return working
        case .old: return old
        case .oldestOld: return oldest
        case .youngShare: return young + " %"
        case .workingShare: return working + " %"
        case .oldShare: return old + " %"
        case .oldestOldShare: return oldest + " %"
        case .oldAgeDependency: return "Old-age dependency"
        case .youngAgeDependency: return "Young-age dependency"
        case .totalDependency: return "Total dependency"
        case .supportRatio: return "Support ratio"
        case .medianAge: return "Median age"
        case .births: return "Births"
        case .deaths: return "Deaths"
        case .netMigrants: return "Net migrants"
        case .crudeBirthRate: return "Crude birth rate"
        case .crudeDeathRate: return "Crude death rate"
        case .totalFertilityRate: return "TFR"
        case .lifeExpectancyFemale: return "e(0) women"
        case .lifeExpectancyMale: return "e(0) men"
        case .entrants: return "Entrants"
        case .leavers: return "Leavers"
        case .entrantsPerThousand: return "Entrants per 1,000 of " + working
        case .leaversPerThousand: return "Leavers per 1,000 of " + working
        case .labourForce: return "Labour force"
        case .labourForceChange: return "Labour-force change"
        case .participation: return "Participation \(options.workingAge.lowerBound)+ %"
        case .labourForceDependency: return "Labour-force dependency"
        case .workersPerOld: return "Workers per " + old
        case .labourForceEntrants: return "Labour-force entrants"
        case .labourForceExits: return "Labour-force exits"
        }
    }

    /// The unit.
    public var unit: IndicatorUnit {
        switch self {
        case .total, .young, .working, .old, .oldestOld, .births, .deaths, .netMigrants, .entrants, .leavers,
            .labourForce, .labourForceChange, .labourForceEntrants, .labourForceExits:
            .persons
        case .youngShare, .workingShare, .oldShare, .oldestOldShare: .fraction
        case .oldAgeDependency, .youngAgeDependency, .totalDependency: .perHundredOfWorkingAge
        case .supportRatio: .personsPerPerson
        case .medianAge: .age
        case .crudeBirthRate, .crudeDeathRate: .perThousand
        case .entrantsPerThousand, .leaversPerThousand: .perThousandOfWorkingAge
        case .totalFertilityRate: .childrenPerWoman
        case .lifeExpectancyFemale, .lifeExpectancyMale: .years
        case .participation: .participation
        case .labourForceDependency: .perHundredOfLabourForce
        case .workersPerOld: .personsPerPerson
        }
    }

    /// Whether it needs participation rates (``AnalysisOptions/labour``).
    public var needsLabour: Bool { Self.labour.contains(self) }

    /// The labour-force indicators, in catalogue order.
    public static let labour: [Indicator] = [
        .labourForce, .labourForceChange, .participation, .labourForceDependency, .workersPerOld,
        .labourForceEntrants, .labourForceExits,
    ]

    /// Whether it can be negative and is shown with a sign (net migrants).
    public var isSigned: Bool { self == .netMigrants || self == .labourForceChange }

    /// Whether it needs the working-age band (else it is one of ``PopulationIndicators``).
    public var needsBand: Bool { !Self.bandFree.contains(self) }

    /// The indicators of ``PopulationIndicators``, which need no band.
    public static let bandFree: [Indicator] = [
        .total, .medianAge, .births, .deaths, .netMigrants, .crudeBirthRate,
        .crudeDeathRate, .totalFertilityRate, .lifeExpectancyFemale, .lifeExpectancyMale,
    ]

    /// The indicator named `name` under `options`' band, if any.
    public static func named(_ name: String, _ options: AnalysisOptions = .init()) -> Indicator? {
        allCases.first { $0.name(options) == name }
    }

    /// A value written for machines (CSV, JSON): ``IndicatorUnit/machineDecimals``
    /// decimals, an empty string for a missing value.
    public func machineText(_ value: Double?) -> String {
        value.map { CSVNumber.format($0, places: unit.machineDecimals) } ?? ""
    }

    /// Its value in a year's indicators; `nil` when the year has none (components of the base year, 85+ above the open age).
    public func value(in i: YearIndicators) -> Double? {
        switch self {
        case .young: i.young
        case .working: i.working
        case .old: i.old
        case .oldestOld: i.oldestOld
        case .youngShare: i.youngShare
        case .workingShare: i.workingShare
        case .oldShare: i.oldShare
        case .oldestOldShare: i.oldestOldShare
        case .oldAgeDependency: i.oldAgeDependency
        case .youngAgeDependency: i.youngAgeDependency
        case .totalDependency: i.totalDependency
        case .supportRatio: i.supportRatio
        case .entrants: i.entrants
        case .leavers: i.leavers
        case .entrantsPerThousand: i.working > 0 ? 1000 * i.entrants / i.working : nil
        case .leaversPerThousand: i.working > 0 ? 1000 * i.leavers / i.working : nil
        case .labourForce: i.labour?.total
        case .labourForceChange: i.labour?.flows?.change
        case .participation: i.labour?.participation
        case .labourForceDependency: i.labour?.dependency
        case .workersPerOld: i.labour.flatMap { $0.old > 0 ? $0.workersPerOld : nil }
        case .labourForceEntrants: i.labour?.flows?.entrants
        case .labourForceExits: i.labour?.flows?.exits
        default: value(in: i.population)
        }
    }

    /// Its value in a year's band-free indicators; `nil` for an indicator that needs the band.
    public func value(in p: PopulationIndicators?) -> Double? {
        guard let p else { return nil }
        switch self {
        case .total: return p.total
        case .medianAge: return p.medianAge
        case .births: return p.births
        case .deaths: return p.deaths
        case .netMigrants: return p.netMigrants
        case .crudeBirthRate: return p.crudeBirthRate
        case .crudeDeathRate: return p.crudeDeathRate
        case .totalFertilityRate: return p.totalFertilityRate
        case .lifeExpectancyFemale: return p.lifeExpectancy?.female
        case .lifeExpectancyMale: return p.lifeExpectancy?.male
        default: return nil
        }
    }
}
