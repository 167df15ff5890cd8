/// Where a figure comes from.
public enum DataSource: String, Sendable, Equatable, Codable {
    /// The registers (the dataset's history, up to the base year).
    case registered
    /// The projection.
    case projected
}
