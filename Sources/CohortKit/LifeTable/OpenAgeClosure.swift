/// How a life table closes its open age group ω+.
///
/// Files and the CLI spell the values `constant` and `kannisto`.
public enum OpenAgeClosure: String, CaseIterable, Sendable, Codable {
    /// The open group's death rate holds for the rest of life:
    /// L(ω) = l(ω) / m(ω). Needs m(ω) > 0.
    case constant
    /// Fit the Kannisto model, logit m(x) = ln A + B·x, by least squares on
    /// ages 80…ω−1 (see ``kannistoFitAges(openAge:)``; an open age too low to fit,
    /// 2+ or below, falls back to ``constant``, and ``ProjectionInputs/warnings(closure:)`` says so), extend m(x) with it to age 130 (ω + 1 for ω ≥ 130), build the table there
    /// (closing the group 130+ with a constant rate) and set L(ω) = T(ω),
    /// the person-years lived at ages ω and over. The observed m(ω) is not used.
    case kannisto

    /// The first age of the Kannisto fit for an open age of 90 or more.
    public static let kannistoFitStartAge = 80

    /// The closure a table with open age ω uses when `closure` is asked for: ``constant`` instead of
    /// ``kannisto`` when ω is too low to fit (fewer than two ages in ``kannistoFitAges(openAge:)``) and the
    /// open group has a rate of its own; else `closure`.
    public static func closure(_ closure: OpenAgeClosure, openAge omega: Int, openRate: Double) -> OpenAgeClosure {
        closure == .kannisto && kannistoFitAges(openAge: omega).count < 2 && openRate > 0 ? .constant : closure
    }

    /// The ages the Kannisto closure is fitted to for an open age ω: 80…ω−1,
    /// or the ten ages below ω when ω is under 90 (so the fit follows the open
    /// age: 60…69 for 70+), never below age 1.
    public static func kannistoFitAges(openAge omega: Int) -> Range<Int> {
        Swift.max(1, Swift.min(kannistoFitStartAge, omega - 10))..<omega
    }
    /// The age to which the Kannisto closure extends the table; the group
    /// `kannistoLastAge`+ is closed with a constant rate.
    public static let kannistoLastAge = 130

    /// The age to which the Kannisto closure extends a table with open age ω:
    /// ``kannistoLastAge``, or ω + 1 for an open age of 130 or more.
    public static func kannistoLastAge(openAge: Int) -> Int { Swift.max(kannistoLastAge, openAge + 1) }

    /// The default closure for an open age ω: ``kannisto`` for ω ≥ 90,
    /// ``constant`` below (too few old ages to fit the model).
    public static func defaultClosure(openAge: Int) -> OpenAgeClosure {
        openAge >= 90 ? .kannisto : .constant
    }
}
