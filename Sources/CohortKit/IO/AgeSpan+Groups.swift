extension AgeSpan {
    /// Five-year groups as the UN publishes populations: `0-4`, `5-9`, …, the
    /// last group cut at ω − 1, then `ω+` (ω = `openAge`).
    public static func fiveYear(openAge: Int) -> [AgeSpan] {
        stride(from: 0, to: openAge, by: 5).map { AgeSpan(lower: $0, upper: Swift.min($0 + 4, openAge - 1)) }
            + [AgeSpan(lower: openAge, upper: nil)]
    }

    /// The groups of an abridged life table: `0`, `1-4`, `5-9`, …, the last
    /// group cut at ω − 1, then `ω+`.
    public static func abridged(openAge: Int) -> [AgeSpan] {
        guard openAge > 5 else {
            return (0..<openAge).map { AgeSpan(lower: $0, upper: $0) } + [AgeSpan(lower: openAge, upper: nil)]
        }
        return [AgeSpan(lower: 0, upper: 0), AgeSpan(lower: 1, upper: 4)]
            + stride(from: 5, to: openAge, by: 5).map { AgeSpan(lower: $0, upper: Swift.min($0 + 4, openAge - 1)) }
            + [AgeSpan(lower: openAge, upper: nil)]
    }

    /// The single ages of the span, the open group as ω (`openAge`).
    public func ages(openAge: Int) -> ClosedRange<Int> { lower...(upper ?? openAge) }
}
