// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Cohort",
    products: [
        .library(name: "CohortKit", targets: ["CohortKit"]),
        .library(name: "CohortReport", targets: ["CohortReport"]),
        .executable(name: "cohort", targets: ["cohort"]),
    ],
    dependencies: [
        // The CLI's argument parsing, help and error messages (required by DEVELOPERS.md).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `make docs`: the DocC catalog of CohortKit (swift package generate-documentation).
        // A plugin only: nothing of it is linked into the library or the tools.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // OpenBLAS's CBLAS interface and the LAPACK routines the engine calls.
        // Internal to CohortKit: users of CohortKit never import it.
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "pkg-config"])]
        ),
        // The stochastic projection's block kernel: draws as SIMD lanes, one C body compiled for each
        // instruction set (baseline, AVX2, AVX-512) and chosen at run time from the CPU's features, so the
        // package needs no compiler flags. Internal to CohortKit.
        .target(name: "CCohortKernels"),
        .target(
            name: "CohortKit",
            dependencies: ["COpenBLAS", "CCohortKernels"]
        ),
        // Rendering: screen tables shared by the CLI and library users.
        .target(
            name: "CohortReport",
            dependencies: ["CohortKit"]
        ),
        // One C function: flush C's stdout and report a failed write (Swift 6
        // cannot read the global `stdout`); used by the CLI before it exits.
        .target(name: "CStandardIO"),
        .executableTarget(
            name: "cohort",
            dependencies: [
                "COpenBLAS",
                "CohortKit",
                "CohortReport",
                "CStandardIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CohortKitTests",
            dependencies: ["CohortKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CohortReportTests",
            dependencies: ["CohortReport", "CohortTestSupport"]
        ),
        // Helpers shared by the test targets: reading SVG with FoundationXML's XMLDocument.
        .target(
            name: "CohortTestSupport",
            path: "Tests/CohortTestSupport"
        ),
        // Rebuilds data/taiwan and seeds/ from data-sources/ (`make data`).
        .executableTarget(
            name: "cohort-data",
            dependencies: [
                "CohortKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // End-to-end tests: run the built `cohort` and `cohort-data` binaries.
        .testTarget(
            name: "CohortCLITests",
            dependencies: ["cohort", "cohort-data", "CohortTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
