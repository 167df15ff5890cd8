// The waves table and the 15–64 prediction intervals of taiwan-medium, from
// CohortKit's public API only.
//
// Usage: waves-and-intervals DATA-FOLDER [DRAWS [SEED]]
// Prints waves.csv, a blank line, then one CSV row per key year:
// year,q2.5,q10,q90,q97.5,centre (persons aged 15–64 at 31 December).
import CohortKit
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let data = arguments.first else {
    FileHandle.standardError.write(Data("usage: waves-and-intervals DATA-FOLDER [DRAWS [SEED]]\n".utf8))
    exit(2)
}
let draws = arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000
let seed = arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 1

do {
    let run = try DataCatalog(root: URL(fileURLWithPath: data)).run("taiwan-medium")

    // Who leaves working age when: one row a wave.
    let waves = try run.retirementWaves()
    print(waves.analysis.wavesTable(waves.waves).csv(), terminator: "")
    print("")

    // The uncertainty around the working-age population.
    let simulation = try run.simulate(SimulationOptions(draws: draws, seed: seed))
    let probabilities = [0.025, 0.1, 0.9, 0.975]
    var table = DataTable(
        [.init("year", "Year", .year)]
            + probabilities.map { .init("q\(CSVNumber.format($0 * 100, places: 4))", "", .persons) }
            + [.init("centre", "Centre", .persons)])
    for year in simulation.years where year % 10 == 0 {
        let q = simulation.quantiles(.workingAge, year: year, probabilities: probabilities)!
        table.append(
            [.number(Double(year))] + q.map { .number($0) } + [
                DataTable.value(simulation.centre(.workingAge, year: year))
            ])
    }
    print(table.csv(), terminator: "")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
