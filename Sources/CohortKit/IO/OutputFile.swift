import Foundation

/// Writes one file atomically: the text goes to a temporary file beside the
/// target, renamed over it only when complete, so a reader never sees half a
/// file and a failed write leaves the old file (or none) in place.
///
/// Only a regular file is ever replaced. A symbolic link is followed and the
/// file it points to is replaced (the link stays); a folder, a device, a FIFO
/// or a socket (or a link to one) is refused and left as it is.
public enum OutputFile {
    /// Writes `contents` (UTF-8) to `target`, replacing an existing regular file.
    ///
    /// - Throws: ``InputError`` (with no file) when the folder does not exist,
    ///   the target is not a regular file, or the file cannot be written.
    public static func write(_ contents: String, to target: URL) throws {
        guard !target.path.isEmpty else {
            throw InputError("the output file has no name; give one, e.g. --out report.html")
        }
        var path = target.standardizedFileURL.path
        switch FileSystem.kind(path) {
        case .symbolicLink:
            guard let real = FileSystem.realPath(path) else {
                throw InputError(
                    "cannot write \(path): it is a symbolic link to nothing (a dangling link); remove it or give another file"
                )
            }
            guard FileSystem.kind(real) == .regularFile else {
                throw InputError(
                    "cannot write \(path): it links to \(real), which is \(describe(FileSystem.kind(real))), not a regular file; give a file name"
                )
            }
            path = real
        case .folder:
            throw InputError("cannot write \(path): it is a folder; give a file name, e.g. \(path)/report.html")
        case .other(let what):
            throw InputError(
                "cannot write \(path): it is \(what), not a regular file; cohort replaces only regular files")
        case .none, .regularFile:
            break
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileSystem.resolvedKind(folder) == .folder else {
            throw InputError("cannot write \(path): the folder \(folder) does not exist")
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let temporary =
            folder + "/.\(name).partial-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        do {
            try FileSystem.writeNew(contents.utf8, to: temporary)
            try FileSystem.rename(temporary, path)
        } catch let error as InputError {
            unlink(temporary)
            throw error
        }
    }

    private static func describe(_ kind: FileSystem.Kind) -> String {
        switch kind {
        case .none: "missing"
        case .regularFile: "a regular file"
        case .folder: "a folder"
        case .symbolicLink: "a symbolic link"
        case .other(let what): what
        }
    }
}
