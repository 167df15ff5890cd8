import Foundation
import Testing

@testable import CohortKit

/// The library's run: boundaries, overrides, provenance, and the simulation's centre.
@Suite("Scenario runs")
struct ScenarioRunTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    @Test("Boundaries: the caller's override, then the scenario's, then the seeds', then 15–64 and the band's end + 1")
    func boundaries() throws {
        let medium = try Self.catalog.run("taiwan-medium")
        #expect(medium.analysis.workingAge == 15...64 && medium.analysis.retirementAge == .fixed(65))
        #expect(!medium.setsAnalysis)
        // The seeds keep retirement at 65 when only the band changes.
        let wider = try Self.catalog.run("taiwan-medium", overrides: .init(workingAge: 20...69))
        #expect(wider.analysis.workingAge == 20...69 && wider.analysis.retirementAge == .fixed(65))
        #expect(wider.setsAnalysis)
        // An input folder has no seeds: the retirement age follows the band.
        let folder = repositoryRoot.appendingPathComponent("data/taiwan")
        #expect(try ScenarioRun.inputs(folder: folder).analysis.retirementAge == .fixed(65))
        #expect(
            try ScenarioRun.inputs(folder: folder, overrides: .init(workingAge: 20...69)).analysis.retirementAge
                == .fixed(70))
    }

    @Test("Overrides the data do not cover are refused with the years they do cover")
    func overrideErrors() throws {
        #expect(throws: RunOverrideError.lastYear(2200, allowed: 2025...2100, run: "taiwan-medium")) {
            try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2200))
        }
        #expect(throws: RunOverrideError.firstReportedYear(2071, allowed: 2024...2070, run: "taiwan-medium")) {
            try Self.catalog.run("taiwan-medium", overrides: .init(firstReportedYear: 2071))
        }
        #expect(
            RunOverrideError.lastYear(2200, allowed: 2025...2100, run: "taiwan-medium").description
                == "the last year 2200 is outside 2025…2100, the years taiwan-medium has rates for")
        let run = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2040, firstReportedYear: 2030))
        #expect(run.inputs.years.last?.year == 2040 && run.firstReportedYear == 2030)
    }

    @Test("Provenance comes from sources.toml: place, credit line, sources table")
    func provenance() throws {
        let run = try Self.catalog.run("taiwan-low")
        let provenance = try #require(run.provenance)
        #expect(provenance.place == "Taiwan")
        #expect(provenance.sources.map(\.folder) == ["moi/", "wpp2024/"])
        #expect(
            run.credit
                == "dataset taiwan: registered population, births and deaths (Ministry of the Interior, Taiwan); "
                + "UN World Population Prospects 2024 assumptions")
        #expect(run.title.hasPrefix("Scenario taiwan-low: "))
        // A folder without sources.toml has none, and its credit says it is an input set.
        let folder = try temporaryInputSet()
        let mine = try ScenarioRun.inputs(folder: folder)
        #expect(
            mine.provenance == nil && mine.credit == "input set \(folder.lastPathComponent)"
                && mine.title.hasPrefix("Input set "))
    }

    @Test("sources.toml round-trips, quotes and control characters included; a missing key names the file and line")
    func provenanceFile() throws {
        let folder = try temporaryInputSet()
        let p = Provenance(
            place: "A \"quoted\" place\twith a tab",
            sources: [
                .init(name: "one", folder: "one/", credit: "c1", source: "s\\1", licence: "l1"),
                .init(name: "two", folder: "two/", credit: "c2", source: "s2\u{1}", licence: "l2"),
            ])
        try p.toml().write(to: folder.appendingPathComponent("sources.toml"), atomically: true, encoding: .utf8)
        #expect(try Provenance.load(from: folder) == p)
        #expect(p.creditLine == "c1; c2")
        try "place = \"X\"\n\n[sources.one]\nfolder = \"one/\"\ncredit = \"c\"\nsource = \"s\"\n"
            .write(to: folder.appendingPathComponent("sources.toml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: InputError.self) { try Provenance.load(from: folder) }
        #expect(
            error.message == "missing key sources.one.licence" && error.line == 3
                && error.file?.hasSuffix("sources.toml") == true)
    }

    /// The centre of a simulation is its deterministic projection: with nothing varying every draw equals it too.
    @Test(
        "A zero-variance simulation and every simulation's centre give the deterministic values of every indicator it reports"
    )
    func centreIsDeterministic() throws {
        let run = try Self.catalog.run("taiwan-medium", overrides: .init(lastYear: 2045))
        let projection = try run.project()
        let still = try run.simulate(SimulationOptions(draws: 3, seed: 5, threads: 1, vary: []))
        let varied = try run.simulate(SimulationOptions(draws: 3, seed: 5, threads: 2, chunkSize: 2))
        // Taiwan has participation rates: the labour force is among the indicators checked.
        #expect(still.indicators == SimulationIndicator.allCases)
        for year in run.inputs.years.map(\.year) {
            for s in SimulationIndicator.allCases {
                let expected = try #require(projection.value(s.indicator, year: year))
                for result in [still, varied] {
                    let centre = try #require(result.centre(s, year: year))
                    #expect(
                        isClose(centre, expected, relative: 1e-10, absolute: 1e-6),
                        "\(s) \(year): \(centre) against \(expected)")
                }
                for v in try #require(still.values(s, year: year)) {
                    #expect(
                        isClose(v, expected, relative: 1e-10, absolute: 1e-6),
                        "\(s) \(year), no variation: \(v) against \(expected)")
                }
            }
        }
        #expect(still.draws == 3 && still.values(.births, year: 2030)?.count == 3)
    }

    /// A copy of the fixture input set (three years) in a new folder.
    func temporaryInputSet() throws -> URL {
        let source = repositoryRoot.appendingPathComponent("Tests/CohortCLITests/Fixtures/three-year")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-run-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: folder)
        return folder
    }
}
