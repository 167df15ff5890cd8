extension ProjectionResult {
    /// Persons of both sexes aged `ages` at the end of `year` in `column`,
    /// or `nil` if the year is outside ``years``.
    ///
    /// Ages are whole years; a range reaching ω or beyond includes the open
    /// group ω+ (so `65...Int.max` is "65 and over"), one ending below ω does not.
    public func persons(in year: Int, ages: ClosedRange<Int>, column: Int = 0) -> Double? {
        guard let population = population(in: year, column: column) else { return nil }
        let omega = openAge
        guard ages.lowerBound <= omega else { return 0 }
        let rows = ages.lowerBound...Swift.min(ages.upperBound, omega)
        return rows.reduce(0) { $0 + population.female[$1] + population.male[$1] }
    }
}
