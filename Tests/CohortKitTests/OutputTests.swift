import Foundation
import Testing

@testable import CohortKit

@Suite("Writing results")
struct OutputTests {
    @Test("Numbers: plain decimals, at most 6 places, no exponent, no negative zero")
    func numbers() {
        #expect(CSVNumber.format(0) == "0")
        #expect(CSVNumber.format(-0.0) == "0")
        #expect(CSVNumber.format(23_400_220) == "23400220")
        #expect(CSVNumber.format(41.2195121951) == "41.219512")
        #expect(CSVNumber.format(-101.85) == "-101.85")
        #expect(CSVNumber.format(0.000_000_4) == "0")
        #expect(CSVNumber.format(0.000_001) == "0.000001")
        #expect(CSVNumber.format(1e-5) == "0.00001")
        #expect(CSVNumber.format(1.000_000_4) == "1")
        #expect(CSVNumber.format(-0.000_000_4) == "0")
    }

    @Test("An output folder appears whole or not at all, and is replaced only when asked")
    func atomicFolder() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-out-\(UUID().uuidString)")
        let target = parent.appendingPathComponent("result")
        try OutputFolder.write([("a.csv", "x\n1\n")], to: target, replacing: false)
        #expect(try String(contentsOf: target.appendingPathComponent("a.csv"), encoding: .utf8) == "x\n1\n")

        expectInputError("already exists; choose another or allow replacing it") {
            try OutputFolder.write([("b.csv", "y\n")], to: target, replacing: false)
        }
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("b.csv").path))

        // A write that fails half-way (a file where a folder already stands) leaves the old folder and no temporary one.
        expectInputError("cannot write the output folder \(target.path)") {
            try OutputFolder.write(
                [("c.csv", "z\n"), ("sub/d.csv", "w\n"), ("sub", "v\n")], to: target, replacing: true)
        }
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("a.csv").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["result"])

        try OutputFolder.write([("b.csv", "y\n")], to: target, replacing: true)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == [
                OutputFolder.markerName, "b.csv",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["result"])
    }

    @Test("A one-column projection writes DESIGN.md's columns, ages 0…ω−1 and ω+")
    func projectionCSV() throws {
        let inputs = ProjectionInputs(
            baseYear: 2024,
            basePopulation: BySex(female: [10, 20, 30], male: [12, 18, 25]),
            years: [
                YearInputs(
                    year: 2025,
                    mortality: BySex(
                        female: .survivalRatios([0.9, 0.8, 0.5]), male: .survivalRatios([0.85, 0.75, 0.4])),
                    fertility: [0, 0.6, 0.2], sexRatioAtBirth: 1)
            ])
        let result = try Projection.run(inputs)
        let population = result.populationCSV(decimals: 6).split(separator: "\n")
        #expect(population.first == "year,sex,age,population")
        #expect(population.count == 1 + 2 * 2 * 3)
        #expect(population[3] == "2024,female,2+,30")
        // The toy of ProjectionStepTests without migrants: women (6.255, 8, 25).
        #expect(population[7] == "2025,female,0,6.255")
        let components = result.componentsCSV(decimals: 6).split(separator: "\n")
        #expect(components.first == "year,sex,births,deaths,net_migrants,population,emigration_cut")
        #expect(components[1] == "2025,female,6.95,27.695,0,39.255,0")
        // By default counts are whole persons, rounded at output only.
        #expect(result.populationCSV().split(separator: "\n")[7] == "2025,female,0,6")
        #expect(result.componentsCSV().split(separator: "\n")[1] == "2025,female,7,28,0,39,0")
    }
}
