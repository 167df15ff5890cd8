import ArgumentParser
import CohortKit
import Foundation

/// Writing the files of `--out`, the same way for every command.
enum OutputWriting {
    /// Writes `files` as the folder `out` (replacing a folder cohort wrote when
    /// `force`), never replacing what `runs` read; says what was written.
    static func folder(_ files: [(String, String)], out: String, force: Bool, runs: [ScenarioRun]) throws {
        guard !out.isEmpty else { throw InputError("--out needs a folder name, e.g. --out results") }
        let warnings = try OutputFolder.write(
            files.map { (name: $0.0, contents: $0.1) }, to: URL(fileURLWithPath: out),
            replacing: force, protecting: runs.flatMap(\.readFolders))
        for warning in warnings { Terminal.warn("\(warning)") }
        Terminal.warn("Wrote \(files.map(\.0).joined(separator: ", ")) to \(InputError.printable(out))")
    }

    /// Writes `contents` to the file `out` (atomically; only a regular file is replaced), or prints it when `out` is nil.
    static func file(_ contents: String, out: String?) throws {
        guard let out else {
            print(contents, terminator: "")
            return
        }
        guard !out.isEmpty else { throw InputError("--out needs a file name, e.g. --out report.html") }
        try OutputFile.write(contents, to: URL(fileURLWithPath: out))
        Terminal.warn("Wrote \(InputError.printable(out))")
    }
}
