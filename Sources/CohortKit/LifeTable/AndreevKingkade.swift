/// The Andreev–Kingkade rule for a(0), the average fraction of the first
/// year of life lived by infants who die in it, from the infant death rate m(0).
///
/// Piecewise linear in m(0), by sex (Andreev and Kingkade 2015, "Average age
/// at death in infancy and infant mortality level: Reconsidering the
/// Coale–Demeny formulas at current levels of low mortality", Demographic
/// Research 33(13); the m(0) version used by the Human Mortality Database
/// Methods Protocol v6 and DemoTools' `lt_rule_ak_m0_a0`):
///
/// | sex | m(0) < low | low ≤ m(0) < high | m(0) ≥ high |
/// |---|---|---|---|
/// | male (low 0.02300, high 0.08307) | 0.14929 − 1.99545·m(0) | 0.02832 + 3.26021·m(0) | 0.29915 |
/// | female (low 0.01724, high 0.06891) | 0.14903 − 2.05527·m(0) | 0.04667 + 3.88089·m(0) | 0.31411 |
public enum AndreevKingkade {
    /// a(0) for an infant death rate `m0` (deaths per person-year, ≥ 0) and `sex`.
    /// The result lies between about 0.05 and 0.32 years.
    public static func infantSeparationFactor(m0: Double, sex: Sex) -> Double {
        switch sex {
        case .male:
            if m0 < 0.02300 { return 0.14929 - 1.99545 * m0 }
            if m0 < 0.08307 { return 0.02832 + 3.26021 * m0 }
            return 0.29915
        case .female:
            if m0 < 0.01724 { return 0.14903 - 2.05527 * m0 }
            if m0 < 0.06891 { return 0.04667 + 3.88089 * m0 }
            return 0.31411
        }
    }
}
