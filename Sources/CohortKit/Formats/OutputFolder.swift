import Foundation

/// Writes a set of files into a folder atomically: everything goes into a
/// temporary folder beside the target, which is renamed into place only
/// when every file has been written. A failed write leaves no partial folder.
public enum OutputFolder {
    /// Writes `files` (name → contents; a name may hold sub-folders, `history/births.csv`)
    /// as the folder `target`.
    ///
    /// - Parameters:
    ///   - replacing: when `true`, an existing `target` is replaced (only
    ///     after the new folder is complete); when `false`, an existing
    ///     `target` is an error and is left untouched.
    /// - Throws: ``InputError`` (with no file) saying what failed.
    public static func write(_ files: [(name: String, contents: String)], to target: URL, replacing: Bool) throws {
        let fm = FileManager.default
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let exists = fm.fileExists(atPath: target.path)
        if exists && !replacing {
            throw InputError("the output folder \(target.path) already exists; choose another or allow replacing it (--force)")
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the folder \(parent.path): \(error.localizedDescription)")
        }
        let token = UUID().uuidString.prefix(8)
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(token)")
        do {
            try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
            for file in files {
                let url = temporary.appendingPathComponent(file.name)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            }
            if exists {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
                try fm.moveItem(at: target, to: old)
                try fm.moveItem(at: temporary, to: target)
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: temporary, to: target)
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw InputError("cannot write the output folder \(target.path): \(error.localizedDescription)")
        }
    }
}
