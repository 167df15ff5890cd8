import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The few file-system calls the writers make, through POSIX so that every
/// failure says what the system said ("No space left on device", "Permission
/// denied", "Is a directory") instead of a Foundation error code.
enum FileSystem {
    /// What stands at a path, not following a final symbolic link.
    enum Kind: Equatable {
        /// Nothing.
        case none
        /// A regular file.
        case regularFile
        /// A folder.
        case folder
        /// A symbolic link (not followed).
        case symbolicLink
        /// Something else, named ("a device", "a socket", …).
        case other(String)
    }

    /// What stands at `path` (the link itself when it is a symbolic link).
    static func kind(_ path: String) -> Kind {
        var info = stat()
        return lstat(path, &info) == 0 ? kind(mode: info.st_mode) : .none
    }

    /// What `path` is, following symbolic links (`.none` for a dangling one).
    static func resolvedKind(_ path: String) -> Kind {
        var info = stat()
        return stat(path, &info) == 0 ? kind(mode: info.st_mode) : .none
    }

    /// The kind a file mode says.
    private static func kind(mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .regularFile
        case S_IFDIR: .folder
        case S_IFLNK: .symbolicLink
        case S_IFCHR: .other("a character device")
        case S_IFBLK: .other("a block device")
        case S_IFIFO: .other("a FIFO (named pipe)")
        case S_IFSOCK: .other("a socket")
        default: .other("not a regular file")
        }
    }

    /// The system's text for the current `errno`.
    static var lastError: String { String(cString: strerror(errno)) }

    /// The canonical absolute path (symbolic links resolved), if `path` exists.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes `bytes` into a new file at `path` (which must not exist) and
    /// flushes it to the disk.
    ///
    /// - Throws: ``InputError`` with the system's reason.
    static func writeNew(_ bytes: some Collection<UInt8>, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw InputError("cannot write \(path): \(lastError)") }
        var failure: String? = nil
        let array = Array(bytes)
        array.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = lastError
                    return
                }
                offset += n
            }
        }
        if failure == nil && fsync(fd) != 0 && errno != EINVAL { failure = lastError }
        if close(fd) != 0 && failure == nil { failure = lastError }
        if let failure {
            unlink(path)
            throw InputError("cannot write \(path): \(failure)")
        }
    }

    /// Renames `from` to `to` (atomically replacing a file at `to`).
    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw InputError("cannot rename \(from) to \(to): \(lastError)") }
    }

    /// Creates the folder `path` (its parent must exist).
    static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw InputError("cannot create the folder \(path): \(lastError)") }
    }

    /// The largest input file read, in bytes (4 GiB).
    static let maximumFileSize = 1 << 32

    /// Why `path` cannot be read as a file, or `nil` when it is a regular file
    /// (possibly behind symbolic links).
    static func unreadableReason(_ path: String) -> String? {
        switch kind(path) {
        case .none: return "there is no such file"
        case .regularFile: return nil
        case .folder: return "it is a folder, not a file"
        case .other(let what): return "it is \(what), not a regular file"
        case .symbolicLink:
            switch resolvedKind(path) {
            case .none: return "it is a symbolic link to nothing (a dangling link)"
            case .regularFile: return nil
            case .folder: return "it is a link to a folder, not a file"
            case .other(let what): return "it links to \(what), not to a regular file"
            case .symbolicLink: return "it is a symbolic link that cannot be resolved"
            }
        }
    }

    /// The bytes of the regular file at `path`.
    ///
    /// - Throws: ``InputError`` with `displayName` as its file, saying why:
    ///   a missing file, a folder, a device or FIFO, a dangling link, or what
    ///   the system said ("Permission denied").
    static func readRegularFile(_ path: String, displayName: String) throws -> Data {
        if let reason = unreadableReason(path) {
            throw InputError("cannot read the file: \(reason)", file: displayName)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw InputError("cannot read the file: \(lastError)", file: displayName) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw InputError("cannot read the file: it is not a regular file", file: displayName)
        }
        guard Int(info.st_size) <= maximumFileSize else {
            throw InputError(
                "cannot read the file: it holds \(info.st_size) bytes, more than the \(maximumFileSize) an input file may",
                file: displayName)
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read the file: \(lastError)", file: displayName)
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            guard data.count <= maximumFileSize else {
                throw InputError(
                    "cannot read the file: it is larger than the \(maximumFileSize) bytes an input file may hold",
                    file: displayName)
            }
        }
        return data
    }

    /// Whether the process `pid` is alive (or exists under another user).
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
