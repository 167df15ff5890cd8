import Testing

@testable import CohortKit

/// Expects `body` to throw an ``InputError`` whose message contains `message`
/// (and whose key and line are `key` and `line` when given): a test of an
/// error passes only for the error it is about.
func expectInputError(
    _ message: String, key: String? = nil, line: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("no error; expected one saying \"\(message)\"", sourceLocation: sourceLocation)
    } catch let error as InputError {
        #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
        if let key { #expect(error.key == key, "key of \(error)", sourceLocation: sourceLocation) }
        if let line { #expect(error.line == line, "line of \(error)", sourceLocation: sourceLocation) }
    } catch {
        Issue.record("expected an InputError saying \"\(message)\", got \(error)", sourceLocation: sourceLocation)
    }
}
