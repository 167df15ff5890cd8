import CohortKit
import CohortReport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Printing to the terminal.
enum Terminal {
    /// The terminal's width in characters when standard output is one (or
    /// `COLUMNS` says), else `nil` (no limit).
    static var width: Int? {
        #if canImport(Glibc)
            if isatty(STDOUT_FILENO) != 0 {
                var size = winsize()
                if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
            }
        #endif
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return nil
    }

    /// Prints `table` in `format`: for the screen and Markdown with its title
    /// and note; CSV and JSON bare.
    static func emit(_ table: DataTable, format: OutputFormat, title: String? = nil, note: String? = nil) {
        // Titles hold names and descriptions from the user's files: no escape sequence reaches the terminal.
        let title = title.map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map {
                InputError.printable(String($0), limit: 500)
            }.joined(separator: "\n")
        }
        switch format {
        case .table:
            if let title { print(title) }
            print(table.text().render(width: width))
            if let note { print(note) }
        case .markdown:
            if let title { print("### \(title)\n") }
            print(table.markdown(), terminator: "")
            if let note { print("\n\(note)") }
        case .csv:
            print(table.csv(), terminator: "")
        case .json:
            print(table.json(), terminator: "")
        }
    }

    /// Says on standard error which `indicators.csv` columns `analysis` leaves out, and why.
    static func noteLeftOut(_ analysis: WorkingAgeAnalysis, label: String) {
        let left = analysis.leftOutIndicators
        guard let reason = left.first?.reason else { return }
        warn(
            "note: \(InputError.printable(label)): indicators.csv leaves out \(left.map(\.name).joined(separator: ", ")): \(reason)"
        )
    }

    /// Writes a line to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
