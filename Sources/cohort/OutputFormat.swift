import ArgumentParser
import CohortKit
import Foundation

extension MigrationTiming: ExpressibleByArgument {}
extension OpenAgeClosure: ExpressibleByArgument {}
extension Sex: ExpressibleByArgument {}

/// What a command prints on standard output.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned text tables for people (the default).
    case table
    /// The same tables in Markdown.
    case markdown
    /// CSV for spreadsheets.
    case csv
    /// JSON for programs, fields named as the CSV columns.
    case json
}
