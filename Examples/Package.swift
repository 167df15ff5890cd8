// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Programs that use CohortKit the way an analyst's code would: only its
// public API, through a package dependency. `make test` builds and runs them
// and checks what they print against the `cohort` command's own output.

// The root package is a path dependency; its identity is its folder's name,
// which differs between clones, so it is read from this file's location.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "CohortExamples",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Prints taiwan-medium's waves table (waves.csv) and the 80% and 95%
        // prediction intervals of the population aged 15–64.
        .executableTarget(
            name: "waves-and-intervals",
            dependencies: [.product(name: "CohortKit", package: root.lastPathComponent)],
            path: "Sources/WavesAndIntervals"
        ),
    ]
)
