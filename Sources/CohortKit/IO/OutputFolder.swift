import Foundation

/// Writes a set of files into a folder atomically: everything goes into a
/// temporary folder beside the target, which is renamed into place only
/// when every file has been written. A failed write leaves no partial folder.
///
/// Every folder it writes holds a small marker file, ``markerName``, that
/// lists the files it wrote. Replacing an existing folder (`--force`) is
/// allowed only for a folder that carries the marker and holds nothing but
/// the files listed in it, and never for the working folder or one of its
/// ancestors, nor for a folder given in `protecting` (the input set, the
/// data folder, a scenario's folder) or an ancestor of one. A symbolic link
/// at the target is itself replaced; what it points to is never touched.
///
/// A run killed while writing leaves a hidden `.NAME.partial-PID-TOKEN`
/// folder; the next write into the same parent removes those whose process
/// is gone (and that carry the marker).
public enum OutputFolder {
    /// The marker file in every output folder: `.cohort-output`.
    public static let markerName = ".cohort-output"

    /// The first line of the marker; the files written follow, one a line.
    static let markerHeader =
        "cohort output folder: written by cohort; cohort --force may replace it. The files it wrote:"

    /// What may be replaced when the target exists.
    public enum Replacement: Sendable, Equatable {
        /// Nothing: an existing target is an error, left untouched.
        case never
        /// A folder that cohort wrote (it carries the marker) and that holds
        /// nothing else, or a symbolic link (the link, not what it points to).
        case cohortOutput
        /// Any folder: for tools that own the target, such as `cohort-data`
        /// rebuilding `data/taiwan`. Such a folder gets no marker, so that
        /// `--force` never replaces it.
        case anyFolder
    }

    /// Writes `files` (name → contents; a name may hold sub-folders, `history/births.csv`)
    /// as the folder `target`.
    ///
    /// - Parameters:
    ///   - files: the files, each a name (which may hold sub-folders) and its contents.
    ///   - target: the folder to write.
    ///   - replacing: when `true`, an existing `target` that cohort wrote is
    ///     replaced (``Replacement/cohortOutput``, only after the new folder is
    ///     complete); when `false`, an existing `target` is an error and is left untouched.
    ///   - protecting: folders that must never be replaced, nor any folder holding them.
    /// - Returns: warnings about clean-up that failed (the new folder is in place).
    /// - Throws: ``InputError`` (with no file) saying what failed and what to do.
    @discardableResult
    public static func write(
        _ files: [(name: String, contents: String)], to target: URL, replacing: Bool,
        protecting: [URL] = []
    ) throws -> [InputWarning] {
        try write(files, to: target, replacement: replacing ? .cohortOutput : .never, protecting: protecting)
    }

    /// Writes `files` as the folder `target`, replacing what `replacement` allows.
    ///
    /// - Returns: warnings about clean-up that failed (the new folder is in place).
    /// - Throws: ``InputError`` (with no file) saying what failed and what to do.
    @discardableResult
    public static func write(
        _ files: [(name: String, contents: String)], to target: URL, replacement: Replacement,
        protecting: [URL] = []
    ) throws -> [InputWarning] {
        let fm = FileManager.default
        guard !target.path.isEmpty else {
            throw InputError("the output folder has no name; give a folder name, e.g. --out results")
        }
        let target = target.standardizedFileURL
        let name = target.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw InputError(
                "cannot write the output folder \(target.path): give a new folder's name, e.g. --out results")
        }
        for file in files {
            let parts = file.name.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.name.hasPrefix("/"), !parts.isEmpty,
                !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
                file.name != markerName
            else {
                throw InputError(
                    "cannot write \(InputError.quote(file.name)) into an output folder: not a plain file name")
            }
        }
        let parent = target.deletingLastPathComponent()
        let kind = FileSystem.kind(target.path)
        if kind != .none {
            try checkReplaceable(target, kind: kind, replacement: replacement, protecting: protecting)
        }
        if FileSystem.resolvedKind(parent.path) != .folder {
            if FileSystem.kind(parent.path) != .none {
                throw InputError("cannot write the output folder \(target.path): \(parent.path) is not a folder")
            }
            do {
                try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                throw InputError("cannot create the folder \(parent.path): \(FileSystem.lastError)")
            }
        }
        var warnings = removeStaleFolders(in: parent)

        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let temporary = parent.appendingPathComponent(".\(name).partial-\(token)")
        do {
            try FileSystem.makeFolder(temporary.path)
            // The marker first, so that a run killed half-way leaves a folder the next run knows as its own.
            try FileSystem.writeNew(
                Array((markerHeader + "\n").utf8), to: temporary.appendingPathComponent(markerName).path)
            for file in files {
                let url = temporary.appendingPathComponent(file.name)
                try makeFolders(url.deletingLastPathComponent(), below: temporary)
                try FileSystem.writeNew(file.contents.utf8, to: url.path)
            }
            let marker = temporary.appendingPathComponent(markerName).path
            if replacement == .anyFolder {
                unlink(marker)
            } else {
                let list = markerHeader + "\n" + files.map { $0.name + "\n" }.joined()
                try FileSystem.writeNew(Array(list.utf8), to: marker + ".new")
                try FileSystem.rename(marker + ".new", marker)
            }
            if kind != .none {
                let old = parent.appendingPathComponent(".\(name).old-\(token)")
                try FileSystem.rename(target.path, old.path)
                do {
                    try FileSystem.rename(temporary.path, target.path)
                } catch {
                    try? FileSystem.rename(old.path, target.path)
                    throw error
                }
                do {
                    try fm.removeItem(at: old)
                } catch {
                    warnings.append(
                        InputWarning(
                            "the previous \(target.path) could not be removed and is left at \(old.path): \(FileSystem.lastError); remove it yourself"
                        ))
                }
            } else {
                try FileSystem.rename(temporary.path, target.path)
            }
        } catch let error as InputError {
            try? fm.removeItem(at: temporary)
            throw InputError("cannot write the output folder \(target.path): \(error.message)")
        }
        return warnings
    }

    /// Throws unless `target` (which exists, of `kind`) may be replaced.
    private static func checkReplaceable(
        _ target: URL, kind: FileSystem.Kind, replacement: Replacement, protecting: [URL]
    ) throws {
        let path = target.path
        guard replacement != .never else {
            throw InputError("the output folder \(path) already exists; choose another or allow replacing it (--force)")
        }
        switch kind {
        case .symbolicLink:
            return  // the link itself is replaced, never what it points to
        case .regularFile:
            throw InputError(
                "\(path) is a file, not a folder; --force replaces only a folder that cohort wrote. Choose a new folder name"
            )
        case .other(let what):
            throw InputError(
                "\(path) is \(what), not a folder; --force replaces only a folder that cohort wrote. Choose a new folder name"
            )
        case .none, .folder:
            break
        }
        let real = FileSystem.realPath(path) ?? path
        let here =
            FileSystem.realPath(FileManager.default.currentDirectoryPath) ?? FileManager.default.currentDirectoryPath
        if contains(real, here) {
            throw InputError(
                real == here
                    ? "\(path) is the working folder; --force never replaces it. Give a new folder inside it, e.g. --out results"
                    : "\(path) holds the working folder; --force never replaces it. Give a new folder, e.g. --out results"
            )
        }
        for protected in protecting {
            let p = FileSystem.realPath(protected.path) ?? protected.standardizedFileURL.path
            if contains(real, p) {
                throw InputError(
                    real == p
                        ? "\(path) is a folder this run reads (its inputs, data, seeds or scenario); --force never replaces it. Choose another --out"
                        : "\(path) holds \(protected.path), which this run reads; --force never replaces it. Choose another --out"
                )
            }
        }
        guard replacement == .cohortOutput else { return }
        let markerPath = target.appendingPathComponent(markerName).path
        guard FileSystem.kind(markerPath) == .regularFile,
            let data = FileManager.default.contents(atPath: markerPath), data.count < 1 << 20,
            let text = String(data: data, encoding: .utf8),
            text.hasPrefix(markerHeader + "\n")
        else {
            throw InputError(
                "\(path) exists and was not written by cohort (it has no \(markerName) file); --force replaces only cohort's own output folders. Choose a new folder, or move this one away yourself"
            )
        }
        let listed = Set(text.split(separator: "\n").dropFirst().map(String.init))
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let entry = enumerator?.nextObject() as? String {
            let kind = FileSystem.kind(target.appendingPathComponent(entry).path)
            if kind == .folder { continue }
            if entry == markerName || (kind == .regularFile && listed.contains(entry)) { continue }
            throw InputError(
                "\(path) holds \(InputError.quote(entry)), which cohort did not write; --force replaces only a folder holding nothing but cohort's own output. Move that file, or choose another --out"
            )
        }
    }

    /// Whether the canonical path `a` is `b` or one of its ancestors.
    private static func contains(_ a: String, _ b: String) -> Bool {
        a == b || a == "/" || b.hasPrefix(a.hasSuffix("/") ? a : a + "/")
    }

    /// Creates `folder` and the folders above it up to `root` (which exists).
    private static func makeFolders(_ folder: URL, below root: URL) throws {
        if folder.standardizedFileURL.path == root.standardizedFileURL.path { return }
        switch FileSystem.kind(folder.path) {
        case .folder: return
        case .none:
            try makeFolders(folder.deletingLastPathComponent(), below: root)
            try FileSystem.makeFolder(folder.path)
        default:
            throw InputError("\(folder.lastPathComponent) is both a file and a folder of the output")
        }
    }

    /// Removes the `.NAME.partial-PID-TOKEN` and `.NAME.old-PID-TOKEN` folders
    /// in `parent` that carry the marker and whose process is gone.
    private static func removeStaleFolders(in parent: URL) -> [InputWarning] {
        var warnings: [InputWarning] = []
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        for entry in entries where entry.hasPrefix(".") {
            guard
                let range = entry.range(of: ".partial-", options: .backwards)
                    ?? entry.range(of: ".old-", options: .backwards)
            else { continue }
            let rest = entry[range.upperBound...].split(separator: "-")
            guard rest.count == 2, let pid = Int32(rest[0]), rest[1].count == 8, !FileSystem.isAlive(pid) else {
                continue
            }
            let folder = parent.appendingPathComponent(entry)
            guard FileSystem.kind(folder.path) == .folder,
                FileSystem.kind(folder.appendingPathComponent(markerName).path) == .regularFile
            else { continue }
            do {
                try FileManager.default.removeItem(at: folder)
            } catch {
                warnings.append(
                    InputWarning("could not remove \(folder.path), left by an interrupted run: \(FileSystem.lastError)")
                )
            }
        }
        return warnings
    }
}
