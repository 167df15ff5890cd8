/// Something in the inputs that is possible but implausible: the projection
/// runs, but a demographer would want to look. ``ProjectionInputs/warnings(closure:)``
/// finds them; `cohort validate` lists them and every command prints them
/// on standard error.
///
/// Its ``description`` reads `warning: death rates above 1 below age 80 …`.
public struct InputWarning: Sendable, Equatable, CustomStringConvertible {
    /// What looks wrong, where, and what it may mean.
    public var message: String

    /// A warning saying `message`.
    public init(_ message: String) { self.message = message }

    /// `warning: ` and the message, safe for a terminal (see ``InputError/description``).
    public var description: String { "warning: " + InputError.printable(message) }
}
