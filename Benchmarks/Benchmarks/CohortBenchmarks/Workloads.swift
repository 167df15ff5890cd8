import CohortKit
import Foundation

/// The inputs of every workload, built once (not measured).
final class Workloads: Sendable {
    static let shared = Workloads()

    /// Taiwan from the end of 2024, 100 years: the bundled medium variant to
    /// 2100, its 2100 rates held for 2101–2124.
    let taiwan100: ProjectionInputs

    init() {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/taiwan")
        var inputs = try! ProjectionInputs.load(from: data)
        while inputs.years.count < 100 {
            var next = inputs.years.last!
            next.year += 1
            inputs.years.append(next)
        }
        taiwan100 = inputs
    }
}
