/// A published prediction interval of the total fertility rate for one
/// year (the UN WPP's 80% and 95% intervals, children per woman), from a
/// dataset's `tfr_paths.csv` columns `lower_80`, `upper_80`, `lower_95`, `upper_95`.
public struct TFRInterval: Sendable, Equatable {
    /// The 80% interval.
    public var eighty: ClosedRange<Double>
    /// The 95% interval.
    public var ninetyFive: ClosedRange<Double>

    /// An interval from its parts.
    public init(eighty: ClosedRange<Double>, ninetyFive: ClosedRange<Double>) {
        self.eighty = eighty
        self.ninetyFive = ninetyFive
    }
}

extension Dataset {
    /// The published TFR intervals by projected year, when `tfr_paths.csv`
    /// has all four columns (and each lower bound is at most its upper); else empty.
    public var tfrIntervals: [Int: TFRInterval] {
        guard let l80 = tfrPaths["lower_80"], let u80 = tfrPaths["upper_80"],
            let l95 = tfrPaths["lower_95"], let u95 = tfrPaths["upper_95"]
        else { return [:] }
        var out: [Int: TFRInterval] = [:]
        for (i, year) in inputs.years.map(\.year).enumerated() where l80[i] <= u80[i] && l95[i] <= u95[i] {
            out[year] = TFRInterval(eighty: l80[i]...u80[i], ninetyFive: l95[i]...u95[i])
        }
        return out
    }
}
