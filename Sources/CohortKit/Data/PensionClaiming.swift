/// When people claim a pension relative to their pension age: the share of
/// each cohort claiming `offset` years before (negative) or after (positive)
/// it. Taiwan's Labour Insurance allows claims up to 5 years early (−4% a
/// year of benefit) or late (+4% a year); about 40% claim early and 50% late
/// (Ministry of Labor, 2026), but how those spread over the years is not
/// published, so any split by year is an assumption of the scenario.
///
/// Claims in year Y = Σ over offsets o of share(o) × the cohort reaching
/// pension age + o in Y, counted at that age at the end of Y (survivors to
/// the claiming age; registered or projected). Shares may sum to less than 1
/// (the rest never claim).
///
/// ```toml
/// [analysis]
/// pension_age = "labour-insurance"
/// pension_claims = [[-5, 0.08], [-4, 0.08], [-3, 0.08], [-2, 0.08], [-1, 0.08], [0, 0.1],
///                   [1, 0.1], [2, 0.1], [3, 0.1], [4, 0.1], [5, 0.1]]
/// ```
public struct PensionClaiming: Sendable, Equatable {
    /// Share of a cohort claiming at each offset from its pension age, years → fraction.
    public var shares: [Int: Double]

    /// Claiming behaviour from shares by offset.
    ///
    /// - Throws: ``InputError`` for an offset outside −20…20, a negative share or shares summing above 1.
    public init(shares: [Int: Double]) throws {
        if let bad = shares.keys.first(where: { !(-20...20).contains($0) }) {
            throw InputError("a claiming offset of \(bad) years lies outside −20…20")
        }
        if let (offset, share) = shares.first(where: { $0.value < 0 || !$0.value.isFinite }) {
            throw InputError("the share claiming at offset \(offset) is \(share); shares are fractions ≥ 0")
        }
        let total = shares.values.reduce(0, +)
        guard total <= 1 + 1e-9 else {
            throw InputError("the claiming shares add up to \(total); at most 1 (the rest never claim)")
        }
        self.shares = shares
    }

    /// The share claiming before the pension age.
    public var early: Double { shares.filter { $0.key < 0 }.values.reduce(0, +) }
    /// The share claiming after it.
    public var late: Double { shares.filter { $0.key > 0 }.values.reduce(0, +) }
}
