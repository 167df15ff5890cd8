extension Quantiles {
    /// Puts the values a sort would put at each of `ranks` (ascending, all within lo...hi) there,
    /// partitioning `a[lo...hi]` three ways around a median-of-three pivot and recursing only into the
    /// sides that hold ranks.
    static func multiselect(
        _ a: UnsafeMutableBufferPointer<Double>, _ low: Int, _ high: Int, _ ranks: Slice<UnsafeBufferPointer<Int>>
    ) {
        guard !ranks.isEmpty, low < high else { return }
        let mid = low + (high - low) / 2
        let x = a[low], y = a[mid], z = a[high]
        let pivot = Swift.max(Swift.min(x, y), Swift.min(Swift.max(x, y), z))
        // [low, lt) < pivot, [lt, gt] == pivot, (gt, high] > pivot.
        var lt = low, i = low, gt = high
        while i <= gt {
            let e = a[i]
            if e < pivot {
                a.swapAt(lt, i)
                lt += 1
                i += 1
            } else if e > pivot {
                a.swapAt(i, gt)
                gt -= 1
            } else {
                i += 1
            }
        }
        let left = ranks.prefix { $0 < lt }
        let right = ranks.suffix(from: ranks.firstIndex { $0 > gt } ?? ranks.endIndex)
        multiselect(a, low, lt - 1, left)
        multiselect(a, gt + 1, high, right)
    }
}

extension Quantiles {
    /// The same numbers as ``type7(_:probabilities:)`` without sorting: every
    /// needed order statistic found by one radix selection (three passes
    /// over the values, then a sort of the few values that share a needed
    /// rank's 11-bit digit), O(n) for a handful of statistics.
    /// NaN values are not allowed.
    public static func type7(selecting values: [Double], probabilities: [Double]) -> [Double] {
        var scratch = RadixScratch()
        return values.withUnsafeBufferPointer { type7(radix: $0, probabilities: probabilities, scratch: &scratch) }
    }
}

extension Quantiles {
    /// Memory a thread's radix selections reuse from call to call.
    struct RadixScratch {
        var keys: [UInt64] = []
        var counts = [Int](repeating: 0, count: Quantiles.radixBuckets)
        /// Where each bucket starts in the sorted order (one more entry than buckets).
        var starts = [Int](repeating: 0, count: Quantiles.radixBuckets + 1)
        var target = [Int](repeating: -1, count: Quantiles.radixBuckets)
        var buckets: [[UInt64]] = []
    }

    /// Buckets of the radix selection's one digit.
    static let radixBuckets = 2048

    /// ``type7(_:probabilities:)``'s numbers from the order statistics ``radixSelect(_:ranks:scratch:)``
    /// finds, or, when `values` hold a NaN (not allowed, but no crash), from ``multiselect(_:_:_:_:)`` on a
    /// copy.
    static func type7(
        radix values: UnsafeBufferPointer<Double>, probabilities: [Double], scratch: inout RadixScratch
    ) -> [Double] {
        let n = values.count
        guard n > 0 else { return probabilities.map { _ in .nan } }
        let positions = probabilities.map { Double(n - 1) * Swift.min(Swift.max($0, 0), 1) }
        var needed = Set<Int>()
        for h in positions {
            let lo = Int(h.rounded(.down))
            needed.insert(lo)
            needed.insert(Swift.min(lo + 1, n - 1))
        }
        let ranks = needed.sorted()
        let found: [Double]
        if let selected = radixSelect(values, ranks: ranks, scratch: &scratch) {
            found = selected
        } else {
            var copy = Array(values)
            copy.withUnsafeMutableBufferPointer { a in
                ranks.withUnsafeBufferPointer { r in multiselect(a, 0, n - 1, r[...]) }
            }
            found = ranks.map { copy[$0] }
        }
        func at(_ rank: Int) -> Double { found[ranks.firstIndex(of: rank)!] }
        return positions.map { h in
            let lo = Int(h.rounded(.down)), hi = Swift.min(lo + 1, n - 1)
            return at(lo) + (h - Double(lo)) * (at(hi) - at(lo))
        }
    }

    /// The values a sort would put at each of `ranks` (ascending, distinct, each in `0..<values.count`), in
    /// that order, by radix selection: each value's bits as an unsigned key in the values' order (−0 just
    /// below +0, which compare equal, so either is a sort's), one 11-bit digit below the bits every key
    /// shares, and a sort of only the buckets that hold a rank. Three passes over the values instead of a
    /// partition's branch per value and level. nil when a value is NaN.
    static func radixSelect(
        _ values: UnsafeBufferPointer<Double>, ranks: [Int], scratch: inout RadixScratch
    ) -> [Double]? {
        let n = values.count, sign: UInt64 = 1 << 63
        if scratch.keys.count < n { scratch.keys = [UInt64](repeating: 0, count: n) }
        var lowest = UInt64.max, highest = UInt64.min, unordered = false
        scratch.keys.withUnsafeMutableBufferPointer { keys in
            for i in 0..<n {
                let v = values[i], bits = v.bitPattern
                unordered = unordered || v.isNaN
                let key = bits & sign != 0 ? ~bits : bits | sign
                keys[i] = key
                lowest = Swift.min(lowest, key)
                highest = Swift.max(highest, key)
            }
        }
        guard !unordered else { return nil }
        func value(_ key: UInt64) -> Double { Double(bitPattern: key & sign != 0 ? key ^ sign : ~key) }
        guard lowest != highest else { return ranks.map { _ in value(lowest) } }
        // The digit: the 11 bits from the highest one in which some keys differ, relative to the lowest key.
        let top = 63 - (lowest ^ highest).leadingZeroBitCount
        let shift = UInt64(Swift.max(0, top - 10)), base = lowest >> shift
        let buckets = Self.radixBuckets
        scratch.counts.withUnsafeMutableBufferPointer { counts in
            for b in 0..<buckets { counts[b] = 0 }
            scratch.keys.withUnsafeBufferPointer { keys in
                for i in 0..<n { counts[Int((keys[i] >> shift) &- base)] += 1 }
            }
            scratch.starts.withUnsafeMutableBufferPointer { starts in
                for b in 0..<buckets { starts[b + 1] = starts[b] + counts[b] }
            }
        }
        let starts = scratch.starts
        // Each rank's bucket; the buckets that hold one gather their keys in one more pass.
        var bucketOfRank = [Int](), wanted = [Int]()
        var b = 0
        for r in ranks {
            while starts[b + 1] <= r { b += 1 }
            bucketOfRank.append(b)
            if wanted.last != b { wanted.append(b) }
        }
        while scratch.buckets.count < wanted.count { scratch.buckets.append([]) }
        for (j, w) in wanted.enumerated() {
            scratch.target[w] = j
            scratch.buckets[j].removeAll(keepingCapacity: true)
        }
        scratch.keys.withUnsafeBufferPointer { keys in
            scratch.target.withUnsafeBufferPointer { target in
                for i in 0..<n {
                    let j = target[Int((keys[i] >> shift) &- base)]
                    if j >= 0 { scratch.buckets[j].append(keys[i]) }
                }
            }
        }
        for j in wanted.indices { scratch.buckets[j].sort() }
        let result = ranks.indices.map { i in
            let bucket = bucketOfRank[i]
            return value(scratch.buckets[scratch.target[bucket]][ranks[i] - starts[bucket]])
        }
        for w in wanted { scratch.target[w] = -1 }
        return result
    }
}
