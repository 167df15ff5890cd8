import Foundation

/// |a − b| ≤ max(absolute, relative·max(|a|, |b|)).
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
    abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}

/// Element-wise ``isClose(_:_:relative:absolute:)`` of two arrays of the same length.
func allClose(_ a: [Double], _ b: [Double], relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}
