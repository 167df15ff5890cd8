import Foundation

/// An age cell of an input file: a single year of age (`37`), a closed
/// group with inclusive bounds (`35-39`, `1-4`), or the open group (`100+`).
public struct AgeSpan: Sendable, Equatable, CustomStringConvertible {
    /// The first age of the span, years.
    public var lower: Int
    /// The last age, included; `nil` for the open group.
    public var upper: Int?

    /// A span from its bounds (`upper` nil: the open group `lower+`).
    public init(lower: Int, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether this is the open group.
    public var isOpen: Bool { upper == nil }

    /// Years of age covered (`nil` for the open group).
    public var width: Int? { upper.map { $0 - lower + 1 } }

    /// As written in files: `37`, `35-39`, `100+`.
    public var description: String {
        guard let upper else { return "\(lower)+" }
        return upper == lower ? "\(lower)" : "\(lower)-\(upper)"
    }
}

extension CSVTable {
    /// The age span of a cell: `37`, `35-39` (inclusive bounds) or `100+`.
    ///
    /// - Throws: ``InputError`` naming the file, line and column for anything else.
    public func ageSpan(_ record: Record, _ column: Int) throws -> AgeSpan {
        let cell = text(record, column).trimmingCharacters(in: .whitespaces)
        switch AgeSpan.parse(cell) {
        case .success(let span): return span
        case .failure(let problem):
            throw InputError(problem.message, file: file, line: record.line, column: header[column])
        }
    }
}

extension AgeSpan {
    /// Why a text is not an age span, in words.
    struct Problem: Error {
        var message: String
    }

    /// `37`, `35-39` (inclusive bounds) or `100+`, or what is wrong with `text`.
    static func parse(_ text: String) -> Result<AgeSpan, Problem> {
        let cell = text.trimmingCharacters(in: .whitespaces)
        let fail = Problem(
            message:
                "\(InputError.quote(cell)) is not an age; write a year of age (37), a group with its first and last age (35-39), or the open group (100+)"
        )
        func whole(_ s: Substring) -> Int? {
            guard !s.isEmpty, s.count <= 4, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        if cell.hasSuffix("+") {
            guard let age = whole(cell.dropLast()) else { return .failure(fail) }
            return .success(AgeSpan(lower: age, upper: nil))
        }
        let parts = cell.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let lower = whole(parts[0]) else { return .failure(fail) }
        guard parts.count == 2 else { return .success(AgeSpan(lower: lower, upper: lower)) }
        guard let upper = whole(parts[1]) else { return .failure(fail) }
        guard upper >= lower else {
            return .failure(
                Problem(
                    message:
                        "the age group \(cell) ends before it starts; write the first age, then the last (\(upper)-\(lower))"
                ))
        }
        return .success(AgeSpan(lower: lower, upper: upper))
    }
}
