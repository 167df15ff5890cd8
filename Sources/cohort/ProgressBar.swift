import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A progress bar on standard error, drawn only when standard error is a
/// terminal; safe to call from several threads.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = -1

    /// A bar for `total` units, labelled `label`; `enabled` false draws nothing.
    init(total: Int, label: String, enabled: Bool = ProgressBar.stderrIsTerminal) {
        self.total = max(total, 1)
        self.label = label
        self.enabled = enabled
    }

    static var stderrIsTerminal: Bool {
        #if canImport(Glibc)
            return isatty(STDERR_FILENO) != 0
        #else
            return false
        #endif
    }

    /// Shows `done` of the total (redraws only when the percentage changes).
    func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        lock.lock()
        defer { lock.unlock() }
        guard percent > shown else { return }
        shown = percent
        let width = 30, filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)%".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, shown >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
