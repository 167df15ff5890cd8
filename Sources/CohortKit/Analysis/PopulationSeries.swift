/// End-year populations by year: the projection's from the base year on, the registers' before.
struct PopulationSeries {
    let result: ProjectionResult
    let history: PopulationHistory

    func population(_ year: Int) -> BySex<[Double]>? {
        result.population(in: year) ?? history.populations[year]
    }

    var years: [Int] {
        (Set(history.populations.keys).union(result.years)).sorted()
    }
}
