/// Everything a deterministic projection needs: the base population and
/// the rates of every projected year.
///
/// Time convention (DESIGN.md): the population labelled year Y is the
/// population on 31 December of Y; rates labelled Y take the population of
/// Y − 1 to that of Y. So a base year of 2024 and ``years`` labelled
/// 2025…2070 give populations for 2025…2070.
///
/// Build one in code, or read an input set of CSV files with
/// ``ProjectionInputs/load(from:)``:
///
/// ```swift
/// let inputs = try ProjectionInputs.load(from: URL(fileURLWithPath: "my-inputs"))
/// let result = try Projection.run(inputs)
/// let women2030 = result.population(in: 2030)?.female   // ages 0…ω, persons
/// ```
public struct ProjectionInputs: Sendable, Equatable {
    /// The year of the base population (its 31 December).
    public var baseYear: Int
    /// The base population by sex, ages 0…ω (the last value the open group ω+), persons.
    public var basePopulation: BySex<[Double]>
    /// The rates of the years baseYear + 1, baseYear + 2, …, in order.
    public var years: [YearInputs]

    /// Inputs from their parts; ``validate()`` checks them.
    public init(baseYear: Int, basePopulation: BySex<[Double]>, years: [YearInputs]) {
        self.baseYear = baseYear
        self.basePopulation = basePopulation
        self.years = years
    }

    /// The largest count of persons accepted in one cell (one age and sex of
    /// the base population, or one year's net migrants of one age and sex):
    /// 10¹², a hundred times the world's population. Larger values are
    /// refused as input errors, so no count can overflow what follows.
    public static let maximumPersons = 1e12

    /// The largest fertility rate accepted at one age: one birth per woman per year.
    public static let maximumFertilityRate = 1.0

    /// The sex ratios at birth accepted (male births per female birth); values
    /// outside 0.9–1.2 are accepted with a warning (``warnings(closure:)``).
    public static let sexRatioBounds = 0.25...4.0

    /// The open age ω: the base population's last row is the group ω+.
    public var openAge: Int { basePopulation.female.count - 1 }

    /// Checks shapes, values and the sequence of years.
    ///
    /// - Throws: ``InputError`` naming the year, sex and age of the first problem:
    ///   schedules of the wrong length, negative or non-finite populations or
    ///   rates, an SRB ≤ 0, years that do not run on from the base year.
    public func validate() throws {
        let n = basePopulation.female.count
        guard n >= 2, basePopulation.male.count == n else {
            throw InputError(
                "the base population needs the same ages 0…ω (ω ≥ 1) for both sexes; got \(basePopulation.female.count) female and \(basePopulation.male.count) male values"
            )
        }
        for sex in Sex.allCases {
            if let age = Self.firstInvalid(basePopulation[sex], { $0.isFinite && $0 >= 0 && $0 <= Self.maximumPersons })
            {
                throw InputError(
                    "base population \(baseYear), \(sex), age \(ageLabel(age)): \(basePopulation[sex][age]) is not a finite number in 0…1e12 persons"
                )
            }
        }
        var expected = baseYear + 1
        for inputs in years {
            let y = inputs.year
            guard y == expected else {
                throw InputError(
                    "rates for \(y) follow those for \(expected - 1); years must run on one by one from the base year \(baseYear)"
                )
            }
            expected += 1
            func checkLength(_ count: Int, _ what: @autoclosure () -> String) throws {
                guard count == n else {
                    throw InputError(
                        "\(what()) for \(y) covers \(count) ages; the base population has \(n) (0…\(n - 2) and \(n - 1)+)"
                    )
                }
            }
            for sex in Sex.allCases {
                try checkLength(inputs.mortality[sex].ages, "\(sex) mortality")
                switch inputs.mortality[sex] {
                case .deathRates(let m):
                    if let age = Self.firstInvalid(m, { $0.isFinite && $0 >= 0 }) {
                        throw InputError(
                            "death rate \(y), \(sex), age \(ageLabel(age)): \(m[age]) is not a finite number ≥ 0")
                    }
                case .survivalRatios(let s):
                    if let age = Self.firstInvalid(s, { $0.isFinite && $0 >= 0 && $0 <= 1 }) {
                        throw InputError("survival ratio \(y), \(sex), age \(ageLabel(age)): \(s[age]) is not in 0…1")
                    }
                }
                if let m = inputs.netMigrants {
                    try checkLength(m[sex].count, "\(sex) net migrants")
                    if let age = Self.firstInvalid(m[sex], { $0.isFinite && abs($0) <= Self.maximumPersons }) {
                        throw InputError(
                            "net migrants \(y), \(sex), age \(ageLabel(age)): \(m[sex][age]) is not a finite number in ±1e12 persons"
                        )
                    }
                }
            }
            try checkLength(inputs.fertility.count, "fertility")
            if let age = Self.firstInvalid(
                inputs.fertility, { $0.isFinite && $0 >= 0 && $0 <= Self.maximumFertilityRate })
            {
                throw InputError(
                    "fertility rate \(y), age \(ageLabel(age)): \(inputs.fertility[age]) is not a rate in 0…1 births per woman per year"
                )
            }
            guard inputs.sexRatioAtBirth.isFinite && Self.sexRatioBounds.contains(inputs.sexRatioAtBirth) else {
                throw InputError(
                    "sex ratio at birth \(y): \(inputs.sexRatioAtBirth) must lie in \(Self.sexRatioBounds.lowerBound)…\(Self.sexRatioBounds.upperBound) male births per female birth"
                )
            }
        }
    }

    /// The first index whose value fails `valid`, or `nil`.
    @inline(__always)
    private static func firstInvalid(_ values: [Double], _ valid: (Double) -> Bool) -> Int? {
        values.withUnsafeBufferPointer { p in
            for i in 0..<p.count where !valid(p[i]) { return i }
            return nil
        }
    }

    /// `37`, or `100+` for the open age group.
    func ageLabel(_ age: Int) -> String {
        age == openAge ? "\(age)+" : "\(age)"
    }
}
