/// A TOML table: keys in the order written, each with its value and the
/// line it was defined on (for messages).
public struct TOMLTable: Sendable, Equatable {
    /// One key of the table.
    public struct Entry: Sendable, Equatable {
        /// The key, without its table prefix.
        public var key: String
        /// The value.
        public var value: TOMLValue
        /// The 1-based line the key was defined on.
        public var line: Int
    }

    /// The entries, in the order written.
    public internal(set) var entries: [Entry] = []

    /// An empty table.
    public init() {}

    /// The entry for `key`, if present.
    public subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }
}
