import Foundation

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `data-sources/`: the public tables the bundled data are built from, kept in the repository.
let dataSources = repositoryRoot.appendingPathComponent("data-sources")
