extension ScenarioRun {
    /// The life table of `sex` in projected year `year` (default: the first
    /// projected year), closed as the run's projection closes it.
    ///
    /// - Throws: ``RunOverrideError/lifeTableYear(_:allowed:run:)`` for a year
    ///   without rates; ``InputError`` when that year gives survival ratios
    ///   (there is no life table to show) or rates no life table accepts.
    public func lifeTable(year: Int? = nil, sex: Sex) throws -> LifeTable {
        let years = inputs.years
        guard let chosen = year.map({ y in years.first { $0.year == y } }) ?? years.first else {
            let first = years.first?.year ?? inputs.baseYear + 1
            throw RunOverrideError.lifeTableYear(
                year ?? first, allowed: first...(years.last?.year ?? first), run: label)
        }
        guard case .deathRates(let m) = chosen.mortality[sex] else {
            throw InputError(
                "\(InputError.printable(label)) gives survival ratios for \(chosen.year), not death rates: there is no life table to show"
            )
        }
        return try LifeTable(deathRates: m, sex: sex, closure: options.closure)
    }
}
