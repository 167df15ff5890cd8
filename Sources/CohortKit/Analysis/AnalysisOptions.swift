/// The age boundaries of the working-age analysis.
///
/// - ``workingAge`` is the statistical band for the broad age groups and the
///   dependency ratios: young = below it, old = above it (default 15–64).
/// - ``retirementAge`` sets who leaves working age: the flows, the support
///   ratio and the "working-age population" of the flows count people from
///   the band's first age up to, not including, their cohort's retirement
///   age. With the defaults (15–64, 65) the two agree.
public struct AnalysisOptions: Sendable, Equatable {
    /// The working-age band, first and last age included. Default 15…64.
    public var workingAge: ClosedRange<Int>
    /// The retirement age, by cohort. Default 65 for everyone.
    public var retirementAge: RetirementAge
    /// The first age of the oldest old. Default 85.
    public var oldestOld: Int
    /// Labour-force participation rates, when the run has them (the dataset's
    /// `labour.csv`, a scenario's `[labour]`): the analysis then projects the
    /// labour force (``LabourForceYear``). Default none.
    public var labour: LabourRates?

    /// Options with the given boundaries; every argument has the default above.
    public init(
        workingAge: ClosedRange<Int> = 15...64, retirementAge: RetirementAge = .fixed(65), oldestOld: Int = 85,
        labour: LabourRates? = nil
    ) {
        self.workingAge = workingAge
        self.retirementAge = retirementAge
        self.oldestOld = oldestOld
        self.labour = labour
    }

    /// Checks the boundaries against an open age ω.
    ///
    /// - Throws: ``InputError`` when the band starts at 0, a retirement age
    ///   is not above the band's first age, or an age reaches ω − 1 (the open
    ///   group would mix working and retired people).
    public func validate(openAge: Int) throws {
        guard workingAge.lowerBound >= 1 else {
            throw InputError("the working-age band must start at age 1 or later; it starts at \(workingAge.lowerBound)")
        }
        guard retirementAge.range.lowerBound > workingAge.lowerBound else {
            throw InputError(
                "a retirement age of \(retirementAge.range.lowerBound) is not above the first working age, \(workingAge.lowerBound)"
            )
        }
        guard workingAge.upperBound < openAge - 1 else {
            throw InputError(
                "the working-age band \(workingAge.lowerBound)–\(workingAge.upperBound) must end below age \(openAge - 1); the open age group is \(openAge)+"
            )
        }
        guard retirementAge.range.upperBound < openAge - 1 else {
            throw InputError(
                "a retirement age of \(retirementAge.range.upperBound) must lie below age \(openAge - 1); the open age group is \(openAge)+"
            )
        }
    }
}
