import Foundation
import Testing

@testable import CohortKit

/// `ProjectionInputs.write(to:)`: what it writes reads back as the same inputs.
@Suite("Writing input sets")
struct ProjectionInputsWriteTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cohort-inputs-\(UUID().uuidString)")
    }

    @Test("The fixture and the Taiwan input set round-trip bit for bit through write(to:) and load(from:)")
    func roundTrip() throws {
        for source in [
            repositoryRoot.appendingPathComponent("Tests/CohortCLITests/Fixtures/three-year"),
            repositoryRoot.appendingPathComponent("data/taiwan"),
        ] {
            let inputs = try ProjectionInputs.load(from: source)
            let target = Self.folder()
            defer { try? FileManager.default.removeItem(at: target) }
            try inputs.write(to: target)
            #expect(try ProjectionInputs.load(from: target) == inputs, "\(source.lastPathComponent)")
        }
    }

    /// Two ages, survival ratios, no migration: the files written out by hand.
    @Test("Survival ratios go to a survival column; fertility keeps its non-zero ages; no migration, no migration.csv")
    func survivalAndFiles() throws {
        let inputs = ProjectionInputs(
            baseYear: 2000, basePopulation: BySex(female: [10, 5], male: [9, 4.5]),
            years: [
                YearInputs(
                    year: 2001,
                    mortality: BySex(female: .survivalRatios([0.99, 0.5]), male: .survivalRatios([0.98, 0.25])),
                    fertility: [0, 0.1], sexRatioAtBirth: 1.05)
            ])
        let files = Dictionary(uniqueKeysWithValues: try inputs.files().map { ($0.name, $0.contents) })
        #expect(
            files["population.csv"]
                == "year,sex,age,population\n2000,female,0,10\n2000,female,1+,5\n2000,male,0,9\n2000,male,1+,4.5\n")
        #expect(
            files["mortality.csv"]
                == "year,sex,age,survival\n2001,female,0,0.99\n2001,female,1+,0.5\n2001,male,0,0.98\n2001,male,1+,0.25\n"
        )
        #expect(files["fertility.csv"] == "year,age,asfr\n2001,1+,0.1\n")
        #expect(files["srb.csv"] == "year,srb\n2001,1.05\n")
        #expect(files["migration.csv"] == nil)
        let target = Self.folder()
        defer { try? FileManager.default.removeItem(at: target) }
        try inputs.write(to: target)
        #expect(try ProjectionInputs.load(from: target) == inputs)
    }

    @Test("Years that mix death rates and survival ratios are refused with why")
    func mixed() throws {
        let inputs = ProjectionInputs(
            baseYear: 2000, basePopulation: BySex(female: [10, 5], male: [9, 4.5]),
            years: [
                YearInputs(
                    year: 2001,
                    mortality: BySex(female: .survivalRatios([0.99, 0.5]), male: .deathRates([0.01, 0.5])),
                    fertility: [0, 0.1], sexRatioAtBirth: 1.05)
            ])
        let error = try #require(throws: InputError.self) { try inputs.files() }
        #expect(error.message == "the years mix death rates and survival ratios; mortality.csv holds one or the other")
    }
}
