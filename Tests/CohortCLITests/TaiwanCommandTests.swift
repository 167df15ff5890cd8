import Foundation
import Testing

/// The repository's root, from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("cohort on the bundled Taiwan data, end to end")
struct TaiwanCommandTests {
    @Test("`cohort` with no arguments projects taiwan-medium from 2024 to 2070 and prints the key years")
    func noArguments() throws {
        let run = try CLIRunner.run([], in: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("taiwan-medium"))
        for header in ["Total", "0–14", "15–64", "65+"] { #expect(run.stdout.contains(header)) }
        let years = run.stdout.split(separator: "\n").compactMap { Int($0.split(separator: " ").first ?? "") }
        #expect(years == [2024, 2025, 2030, 2040, 2050, 2060, 2070])
        // The registered end of 2024, printed with separators.
        #expect(run.stdout.contains("23,400,220"))
    }

    @Test("`cohort scenarios` lists the six bundled scenarios")
    func scenarios() throws {
        let run = try CLIRunner.run(["scenarios"], in: repositoryRoot)
        #expect(run.status == 0)
        for name in [
            "taiwan-medium", "taiwan-low", "taiwan-high", "taiwan-constant-fertility",
            "taiwan-zero-migration", "taiwan-recent-fertility",
        ] {
            #expect(run.stdout.contains(name))
        }
    }

    @Test("A bad scenario file: one message with file, line and key; non-zero exit")
    func badScenario() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("mine.toml")
        try "dataset = \"taiwan\"\nhorizon = 2070\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run([
            "project", "--scenario", file.path, "--data", repositoryRoot.appendingPathComponent("data").path,
        ])
        #expect(run.status != 0)
        #expect(run.stderr.contains("mine.toml:2: key horizon: unknown key"), "stderr: \(run.stderr)")
    }

    @Test(
        "cohort-data rebuilds data/taiwan, japan, korea, singapore and seeds/taiwan.json byte for byte from data-sources/"
    )
    func reproducible() throws {
        let root = try CLIRunner.temporaryFolder()
        let sources = repositoryRoot.appendingPathComponent("data-sources")
        let run = try CLIRunner.run(
            ["--sources", sources.path, "--root", root.path], executable: CLIRunner.dataBuilder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let fm = FileManager.default
        for (dataset, least) in [("taiwan", 13), ("japan", 6), ("korea", 6), ("singapore", 6)] {
            let built = root.appendingPathComponent("data/\(dataset)")
            let bundled = repositoryRoot.appendingPathComponent("data/\(dataset)")
            func data(_ folder: URL) throws -> [String] {
                try fm.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") || $0.hasSuffix(".toml") }
                    .sorted()
            }
            let files = try data(bundled)
            #expect(try data(built) == files, "\(dataset)")
            #expect(files.count >= least, "\(dataset)")
            for file in files {
                let a = try Data(contentsOf: built.appendingPathComponent(file))
                let b = try Data(contentsOf: bundled.appendingPathComponent(file))
                #expect(a == b, "data/\(dataset)/\(file) differs from what cohort-data builds")
            }
        }
        #expect(
            try Data(contentsOf: root.appendingPathComponent("seeds/taiwan.json"))
                == Data(contentsOf: repositoryRoot.appendingPathComponent("seeds/taiwan.json")))
    }
}
