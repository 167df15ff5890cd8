/// The unit of an indicator, which also fixes how it is written: decimals in
/// CSV and JSON (``machineDecimals``) and on the screen (``screenDecimals``).
public enum IndicatorUnit: String, Sendable, Equatable, CaseIterable {
    /// Persons (whole persons in CSV and on the screen).
    case persons
    /// A fraction of the total, 0…1 (4 decimals in CSV; a percentage with 1 decimal on the screen).
    case fraction
    /// Persons per 100 persons of working age.
    case perHundredOfWorkingAge = "per_100_working_age"
    /// Persons per person, e.g. working-age persons per person at or above the retirement age.
    case personsPerPerson = "persons_per_person"
    /// Events per 1,000 of the mean population.
    case perThousand = "per_1000"
    /// Persons per 1,000 of the working-age population.
    case perThousandOfWorkingAge = "per_1000_working_age"
    /// Years of age (2 decimals in CSV).
    case age = "years_of_age"
    /// Years of life.
    case years
    /// Children per woman.
    case childrenPerWoman = "children_per_woman"
    /// A fraction of the population at or above the working-age band's first age (participation, 0…1).
    case participation = "fraction_of_adults"
    /// Persons per 100 persons in the labour force.
    case perHundredOfLabourForce = "per_100_labour_force"

    /// Decimals in CSV and JSON.
    public var machineDecimals: Int {
        switch self {
        case .persons: 0
        case .age: 2
        case .fraction, .perHundredOfWorkingAge, .personsPerPerson, .perThousand, .perThousandOfWorkingAge, .years,
            .childrenPerWoman, .participation, .perHundredOfLabourForce:
            4
        }
    }

    /// Decimals on the screen (a fraction as a percentage).
    public var screenDecimals: Int {
        switch self {
        case .persons: 0
        case .fraction, .perHundredOfWorkingAge, .age, .participation, .perHundredOfLabourForce: 1
        case .personsPerPerson, .perThousand, .perThousandOfWorkingAge, .years, .childrenPerWoman: 2
        }
    }

    /// A phrase for notes, e.g. "per 100 of working age".
    public var phrase: String {
        switch self {
        case .persons: "persons"
        case .fraction: "fraction of the total (a percentage on screen)"
        case .perHundredOfWorkingAge: "per 100 of working age"
        case .personsPerPerson: "persons per person"
        case .perThousand: "per 1,000 of the mean population"
        case .perThousandOfWorkingAge: "per 1,000 of working age"
        case .age: "years of age"
        case .years: "years"
        case .childrenPerWoman: "children per woman"
        case .participation: "fraction of the population at or above the first working age (a percentage on screen)"
        case .perHundredOfLabourForce: "per 100 in the labour force"
        }
    }
}
