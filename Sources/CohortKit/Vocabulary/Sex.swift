/// The sex of a population group, as written in input and output files.
///
/// Files spell the two values `female` and `male` (lower case). Arrays and
/// tables keyed by sex always list `female` first, the order of
/// `Sex.allCases`.
public enum Sex: String, CaseIterable, Sendable, Hashable, Codable {
    /// Women and girls: the sex whose population bears the births.
    case female
    /// Men and boys.
    case male
}
