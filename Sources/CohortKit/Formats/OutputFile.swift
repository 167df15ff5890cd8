import Foundation

/// Writes one file atomically: the text goes to a temporary file beside the
/// target, renamed over it only when complete, so a reader never sees half a
/// file and a failed write leaves the old file (or none) in place.
public enum OutputFile {
    /// Writes `contents` (UTF-8) to `target`, replacing an existing file.
    ///
    /// - Throws: ``InputError`` (with no file) when the folder does not exist
    ///   or the file cannot be written.
    public static func write(_ contents: String, to target: URL) throws {
        let folder = target.standardizedFileURL.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError("cannot write \(target.path): the folder \(folder.path) does not exist")
        }
        do {
            try Data(contents.utf8).write(to: target, options: .atomic)
        } catch {
            throw InputError("cannot write \(target.path): \(error.localizedDescription)")
        }
    }
}
