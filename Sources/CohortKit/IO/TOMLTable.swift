/// A TOML table: keys in the order written, each with its value and the
/// line it was defined on (for messages).
struct TOMLTable: Sendable, Equatable {
    /// One key of the table.
    struct Entry: Sendable, Equatable {
        /// The key, without its table prefix.
        var key: String
        /// The value.
        var value: TOMLValue
        /// The 1-based line the key was defined on.
        var line: Int
    }

    /// The entries, in the order written.
    var entries: [Entry] = []

    /// An empty table.
    init() {}

    /// The entry for `key`, if present.
    subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }
}
