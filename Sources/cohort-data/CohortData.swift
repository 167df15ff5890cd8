import ArgumentParser
import CohortKit
import Foundation

/// `cohort-data`: rebuilds `data/taiwan/` and `seeds/taiwan.json` from the
/// public tables in `data-sources/` of the repository. The output is deterministic:
/// running it again on the same sources gives the same bytes.
@main
struct CohortData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort-data",
        abstract: "Build Cohort's bundled Taiwan dataset and seeds from the public source tables.",
        discussion: """
            Reads moi/ and wpp2024/ under --sources and writes <root>/data/taiwan/ \
            (replacing it, atomically) and <root>/seeds/taiwan.json; reads \
            wpp2024-countries/ and writes <root>/data/japan/, data/korea/ and data/singapore/.

            Example:
              cohort-data --sources data-sources --root .
            """
    )

    @Option(
        help: ArgumentHelp(
            "The data-sources folder (with moi/, wpp2024/, wpp2024-countries/ and labour/).", valueName: "dir"))
    var sources = "data-sources"

    @Option(help: ArgumentHelp("The repository root to write data/ and seeds/ into.", valueName: "dir"))
    var root = "."

    func run() throws {
        let sourcesURL = URL(fileURLWithPath: sources)
        let moi = try MinistryTables.load(from: sourcesURL.appendingPathComponent("moi"))
        let wpp = try WorldPopulationProspects.load(from: sourcesURL.appendingPathComponent("wpp2024"))
        var built = try TaiwanDatasetBuilder.build(moi: moi, wpp: wpp)
        built.files += try LabourTables.files(from: sourcesURL.appendingPathComponent("labour"))
        built.files.append(
            (
                "projection_bounds.csv",
                try ProjectionBoundsTable.build(
                    folder: sourcesURL.appendingPathComponent("wpp2024"), prefix: "wpp2024/", country: nil,
                    years: Array((TaiwanDatasetBuilder.baseYear + 1)...TaiwanDatasetBuilder.lastYear),
                    meanOfTwoYears: false)
            ))
        let rootURL = URL(fileURLWithPath: root)
        try OutputFolder.write(built.files, to: rootURL.appendingPathComponent("data/taiwan"), replacement: .anyFolder)
        let seeds = rootURL.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try Data(built.seeds.utf8).write(to: seeds.appendingPathComponent("taiwan.json"), options: .atomic)
        for line in built.report { print(line) }
        print(
            "Wrote \(built.files.count) files to \(rootURL.appendingPathComponent("data/taiwan").path) and seeds/taiwan.json"
        )
        for country in CountryDatasetBuilder.countries {
            let files = try CountryDatasetBuilder.build(
                country, sources: sourcesURL.appendingPathComponent("wpp2024-countries"))
            let target = rootURL.appendingPathComponent("data/\(country.folder)")
            try OutputFolder.write(files, to: target, replacement: .anyFolder)
            print("Wrote \(files.count) files to \(target.path)")
        }
    }
}
