import Dispatch
import Foundation

/// The first error thrown by any worker.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return error != nil
    }

    func set(_ e: Error) {
        lock.lock()
        if error == nil { error = e }
        lock.unlock()
    }
}
