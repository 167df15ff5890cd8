import ArgumentParser
import CohortKit
import Foundation

/// Reading whole-number options so that a negative value reaches us (with
/// `parsing: .unconditional`; otherwise the parser takes `-5` for an option
/// and says "Missing value") and gets a message saying what is allowed.
enum WholeNumber {
    /// A transform: a whole number ≥ `minimum`.
    static func atLeast(_ minimum: Int) -> @Sendable (String) throws -> Int {
        { text in
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= minimum else {
                throw ValidationError("it must be a whole number ≥ \(minimum)")
            }
            return value
        }
    }

    /// A transform for a seed: a whole number 0…2⁶⁴ − 1.
    static let seed: @Sendable (String) throws -> UInt64 = { text in
        guard let value = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("it must be a whole number ≥ 0 (at most 18446744073709551615)")
        }
        return value
    }
}
