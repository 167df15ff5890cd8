extension LifeTable {
    /// One row of the abridged table (see ``abridged(_:)``).
    public struct AbridgedRow: Sendable, Equatable {
        /// The ages, e.g. `1-4` or `100+`.
        public var ages: AgeSpan
        /// nmx, the group's central death rate, ndx / nLx, per person-year.
        public var deathRate: Double
        /// nax: years lived in the group by those who die in it, (nLx − n·l(x + n)) / ndx.
        public var separationFactor: Double
        /// nqx = ndx / l(x).
        public var deathProbability: Double
        /// l(x), survivors to the group's first age out of one newborn.
        public var survivors: Double
        /// ndx, deaths in the group.
        public var deaths: Double
        /// nLx, person-years lived in the group.
        public var personYears: Double
        /// T(x), person-years lived from the group's first age on.
        public var personYearsRemaining: Double
        /// e(x), life expectancy at the group's first age, years.
        public var lifeExpectancy: Double
    }

    /// The table summarised by age groups (default 0, 1–4, 5–9, …, ω+):
    /// survivors at each group's first age, and the group's deaths and
    /// person-years summed from the single ages, so l(x), T(x) and e(x) are
    /// this table's own and nmx = ndx / nLx, nqx = ndx / l(x) follow from them.
    public func abridged(_ groups: [AgeSpan]? = nil) -> [AbridgedRow] {
        (groups ?? AgeSpan.abridged(openAge: openAge)).map { g in
            let ages = g.ages(openAge: openAge)
            let l = survivors[g.lower]
            let d = ages.map { deaths[$0] }.reduce(0, +)
            let lived = ages.map { personYears[$0] }.reduce(0, +)
            let n = Double(ages.count)
            let next = g.isOpen ? 0 : (ages.upperBound + 1 <= openAge ? survivors[ages.upperBound + 1] : 0)
            return AbridgedRow(
                ages: g, deathRate: lived > 0 ? d / lived : 0,
                separationFactor: d > 0 ? (g.isOpen ? lived / d : (lived - n * next) / d) : n / 2,
                deathProbability: l > 0 ? d / l : 0, survivors: l, deaths: d, personYears: lived,
                personYearsRemaining: personYearsRemaining[g.lower], lifeExpectancy: lifeExpectancy[g.lower])
        }
    }
}
