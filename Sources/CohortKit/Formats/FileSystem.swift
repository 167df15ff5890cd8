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
        case none, regularFile, folder, symbolicLink, other(String)
    }

    /// What stands at `path` (the link itself when it is a symbolic link).
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        case S_IFCHR: return .other("a character device")
        case S_IFBLK: return .other("a block device")
        case S_IFIFO: return .other("a FIFO (named pipe)")
        case S_IFSOCK: return .other("a socket")
        default: return .other("not a regular file")
        }
    }

    /// What `path` is, following symbolic links (`.none` for a dangling one).
    static func resolvedKind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        default: return kind(realPath(path) ?? path)
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

    /// Whether the process `pid` is alive (or exists under another user).
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
