import Dispatch

/// Indices 0..<count in chunks spread over threads: each index handled once,
/// by whichever thread takes its chunk. `body` must write only the results
/// of its own indices, so that the outcome does not depend on the threads.
struct ParallelChunks {
    /// Indices per chunk.
    var chunk: Int
    /// Threads at most.
    var threads: Int

    /// Calls `body(range)` for every chunk; rethrows the first error any chunk threw (the rest are skipped).
    func run(count: Int, _ body: @Sendable (Range<Int>) throws -> Void) throws {
        guard count > 0 else { return }
        let size = Swift.max(1, chunk)
        let chunks = (count + size - 1) / size
        let next = ChunkCounter(count: chunks), failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, chunks))) { _ in
            while let c = next.take(), !failure.isSet {
                do {
                    try body((c * size)..<Swift.min(count, (c + 1) * size))
                } catch {
                    failure.set(error)
                }
            }
        }
        if let error = failure.error { throw error }
    }
}

/// Doubles that threads write at disjoint indices (the draws' paths), freed with the value that owns them.
final class SharedDoubles: @unchecked Sendable {
    /// The values.
    let pointer: UnsafeMutableBufferPointer<Double>

    /// `count` zeros.
    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: 0)
    }

    /// A copy of `values`.
    init(_ values: [Double]) {
        pointer = .allocate(capacity: values.count)
        _ = pointer.initialize(from: values)
    }

    deinit { pointer.deallocate() }

    /// A copy as an array.
    var array: [Double] { Array(pointer) }
}

/// A value the threads only read (a buffer pointer into an array that outlives the run).
struct UnsafeSendable<Value>: @unchecked Sendable {
    /// The value.
    let value: Value

    init(_ value: Value) { self.value = value }
}
