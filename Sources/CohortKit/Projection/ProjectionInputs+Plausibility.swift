extension ProjectionInputs {
    /// The plausible range of life expectancy at birth, in years.
    public static let plausibleLifeExpectancy = 20.0...100.0

    /// The plausible range of the sex ratio at birth (male births per female birth).
    public static let plausibleSexRatio = 0.9...1.2

    /// The highest plausible total fertility rate, children per woman.
    public static let plausibleTotalFertility = 10.0

    /// Values that ``validate()`` accepts but no real population shows, each
    /// kind said once with how often it occurs and where first:
    ///
    /// - a death rate above 1 below age 80 (rates per 1,000 instead of per person-year?);
    /// - a life expectancy at birth outside ``plausibleLifeExpectancy`` (with an
    ///   open age of 50 or more: shorter tables are toys or fragments);
    /// - a total fertility rate above ``plausibleTotalFertility``;
    /// - a sex ratio at birth outside ``plausibleSexRatio``;
    /// - net migrants of one age and sex in one year larger than the base
    ///   population of that age and sex (and more than 1,000 persons).
    ///
    /// - Parameter closure: the life tables' closure (as the projection's), for e(0).
    public func warnings(closure: OpenAgeClosure? = nil) -> [InputWarning] {
        var out: [InputWarning] = []
        let omega = openAge

        var highRates = 0
        var firstHigh: String? = nil
        var lowE0: [String] = [], highE0: [String] = [], unfitted: [String] = []
        let resolved = closure ?? OpenAgeClosure.defaultClosure(openAge: omega)
        let fitAges = OpenAgeClosure.kannistoFitAges(openAge: omega)
        for year in years {
            for sex in Sex.allCases {
                guard case .deathRates(let m) = year.mortality[sex] else { continue }
                if resolved != OpenAgeClosure.closure(resolved, openAge: omega, openRate: m[omega]) {
                    unfitted.append("\(year.year) \(sex)s")
                }
                for age in 0..<Swift.min(80, omega) where m[age] > 1 {
                    highRates += 1
                    if firstHigh == nil { firstHigh = "\(year.year), \(sex), age \(ageLabel(age)): \(m[age])" }
                }
                if omega >= 50, let e0 = try? LifeTable(deathRates: m, sex: sex, closure: closure).lifeExpectancyAtBirth
                {
                    let text = "\(year.year) \(sex)s \(CSVNumber.format(e0, places: 2))"
                    if e0 < Self.plausibleLifeExpectancy.lowerBound { lowE0.append(text) }
                    if e0 > Self.plausibleLifeExpectancy.upperBound { highE0.append(text) }
                }
            }
        }
        if let firstHigh {
            out.append(
                InputWarning(
                    "death rates above 1 below age 80 in \(highRates) cell(s) (first: \(firstHigh)); death rates are deaths per person-year (per 1,000? divide by 1,000)"
                ))
        }
        if let first = unfitted.first {
            out.append(
                InputWarning(
                    "the Kannisto closure cannot be fitted to ages \(fitAges.lowerBound)–\(fitAges.upperBound - 1) in \(unfitted.count) year(s) and sex(es) (first: \(first)); their open group \(omega)+ is closed with its own rate (constant) instead"
                ))
        }
        if let first = lowE0.first {
            out.append(
                InputWarning(
                    "life expectancy at birth below \(Int(Self.plausibleLifeExpectancy.lowerBound)) years in \(lowE0.count) year(s) and sex(es) (first: \(first)); check the death rates"
                ))
        }
        if let first = highE0.first {
            out.append(
                InputWarning(
                    "life expectancy at birth above \(Int(Self.plausibleLifeExpectancy.upperBound)) years in \(highE0.count) year(s) and sex(es) (first: \(first)); check the death rates"
                ))
        }

        let highTFR = years.compactMap { y -> String? in
            let tfr = y.fertility.reduce(0, +)
            return tfr > Self.plausibleTotalFertility ? "\(y.year): \(CSVNumber.format(tfr, places: 2))" : nil
        }
        if let first = highTFR.first {
            out.append(
                InputWarning(
                    "a total fertility rate above \(Int(Self.plausibleTotalFertility)) children per woman in \(highTFR.count) year(s) (first: \(first)); fertility rates are births per woman per year"
                ))
        }
        let oddSRB = years.filter { !Self.plausibleSexRatio.contains($0.sexRatioAtBirth) }
        if let first = oddSRB.first {
            out.append(
                InputWarning(
                    "a sex ratio at birth outside \(Self.plausibleSexRatio.lowerBound)–\(Self.plausibleSexRatio.upperBound) in \(oddSRB.count) year(s) (first: \(first.year): \(first.sexRatioAtBirth)); it is male births per female birth, about 1.05"
                ))
        }

        var bigMigration = 0
        var firstBig: String? = nil
        for year in years {
            guard let migrants = year.netMigrants else { continue }
            for sex in Sex.allCases {
                for age in 0...omega {
                    let m = migrants[sex][age], p = basePopulation[sex][age]
                    if abs(m) > Swift.max(p, 1_000) {
                        bigMigration += 1
                        if firstBig == nil {
                            firstBig =
                                "\(year.year), \(sex), age \(ageLabel(age)): \(CSVNumber.format(m, places: 0)) against \(CSVNumber.format(p, places: 0))"
                        }
                    }
                }
            }
        }
        if let firstBig {
            out.append(
                InputWarning(
                    "net migrants larger than the base population of their age and sex in \(bigMigration) cell(s) (first: \(firstBig)); net migrants are persons per year"
                ))
        }
        return out
    }
}
