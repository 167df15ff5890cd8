import Dispatch
import Foundation

/// Hands out chunk indices to worker threads, each exactly once (also counts finished members).
final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Counts `n` more as done and returns the total so far.
    func add(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        nextIndex += n
        return nextIndex
    }
}
