import Foundation

/// The figures a dataset is seeded with and checked against
/// (`seeds/<dataset>.json`, written by `cohort-data`): published values as
/// published, beside the sums the registry tables give.
public struct Seeds: Codable, Sendable, Equatable {
    /// A published figure with its unit and source.
    public struct Figure: Codable, Sendable, Equatable {
        /// The value, in `unit`.
        public var value: Double
        /// The unit, e.g. "persons" or "years of age".
        public var unit: String
        /// Where the value was published.
        public var source: String

        /// A figure from its parts.
        public init(value: Double, unit: String, source: String) {
            self.value = value
            self.unit = unit
            self.source = source
        }
    }

    /// A named baby boom: a run of birth cohorts.
    public struct Boom: Codable, Sendable, Equatable {
        /// Its name, e.g. "first baby boom".
        public var name: String
        /// The first birth year.
        public var firstBirthYear: Int
        /// The last birth year.
        public var lastBirthYear: Int
        /// Registered births as published (e.g. 3,780,000 for "3.78 million").
        public var publishedBirths: Double
        /// The published wording, e.g. "3.78 million".
        public var publishedBirthsText: String
        /// The exact sum of the registered births over the birth years.
        public var registeredBirths: Int
        /// Members alive in the registers at the end of the dataset's base year, persons.
        public var aliveAtBase: Int
        /// The first and last calendar years the cohorts reach the statutory retirement age.
        public var yearsReachingRetirement: [Int]
        /// Where the figures come from.
        public var source: String

        /// The birth years, first…last.
        public var birthYears: ClosedRange<Int> { firstBirthYear...lastBirthYear }

        /// A boom from its parts.
        public init(
            name: String, firstBirthYear: Int, lastBirthYear: Int, publishedBirths: Double,
            publishedBirthsText: String, registeredBirths: Int, aliveAtBase: Int,
            yearsReachingRetirement: [Int], source: String
        ) {
            self.name = name
            self.firstBirthYear = firstBirthYear
            self.lastBirthYear = lastBirthYear
            self.publishedBirths = publishedBirths
            self.publishedBirthsText = publishedBirthsText
            self.registeredBirths = registeredBirths
            self.aliveAtBase = aliveAtBase
            self.yearsReachingRetirement = yearsReachingRetirement
            self.source = source
        }
    }

    /// The rule that finds booms in a series of registered births: runs of
    /// years at or above `threshold`, where up to `maxGap` consecutive years
    /// below it between two years above do not break the run.
    public struct WaveRule: Codable, Sendable, Equatable {
        /// Births per year, persons.
        public var threshold: Double
        /// Years below the threshold a run may bridge.
        public var maxGap: Int
        /// Why this rule.
        public var source: String

        /// A rule from its parts.
        public init(threshold: Double, maxGap: Int, source: String) {
            self.threshold = threshold
            self.maxGap = maxGap
            self.source = source
        }
    }

    /// The two booms together.
    public struct Combined: Codable, Sendable, Equatable {
        /// Births as published ("6.67 million").
        public var publishedBirths: Double
        /// The published wording.
        public var publishedBirthsText: String
        /// The exact registry sum.
        public var registeredBirths: Int
        /// Members alive at the end of the base year, persons.
        public var aliveAtBase: Int
        /// The published wording of the survivors ("about 5.95 million").
        public var publishedAliveAtBaseText: String
        /// Where the figures come from.
        public var source: String

        /// The combined figures from their parts.
        public init(
            publishedBirths: Double, publishedBirthsText: String, registeredBirths: Int,
            aliveAtBase: Int, publishedAliveAtBaseText: String, source: String
        ) {
            self.publishedBirths = publishedBirths
            self.publishedBirthsText = publishedBirthsText
            self.registeredBirths = registeredBirths
            self.aliveAtBase = aliveAtBase
            self.publishedAliveAtBaseText = publishedAliveAtBaseText
            self.source = source
        }
    }

    /// What the file is.
    public var description: String
    /// The statutory retirement age (65 in Taiwan).
    public var statutoryRetirementAge: Figure
    /// The working-age band's first age (15).
    public var workingAgeLower: Figure
    /// The working-age band's last age (64).
    public var workingAgeUpper: Figure
    /// The named booms, oldest first.
    public var booms: [Boom]
    /// The booms together.
    public var combined: Combined
    /// The rule that finds the booms in the registered births.
    public var waveRule: WaveRule
    /// Published totals the model is checked against, by name.
    public var published: [String: Figure]

    /// Seeds from their parts.
    public init(
        description: String, statutoryRetirementAge: Figure, workingAgeLower: Figure, workingAgeUpper: Figure,
        booms: [Boom], combined: Combined, waveRule: WaveRule, published: [String: Figure]
    ) {
        self.description = description
        self.statutoryRetirementAge = statutoryRetirementAge
        self.workingAgeLower = workingAgeLower
        self.workingAgeUpper = workingAgeUpper
        self.booms = booms
        self.combined = combined
        self.waveRule = waveRule
        self.published = published
    }

    /// Reads a seeds file.
    ///
    /// - Throws: ``InputError`` naming the file when it cannot be read or decoded.
    public static func load(from url: URL) throws -> Seeds {
        let data = try FileSystem.readRegularFile(url.path, displayName: url.path)
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(Seeds.self, from: data)
        } catch {
            throw InputError("cannot read the seeds (\(error))", file: url.path)
        }
    }

    /// The seeds as pretty-printed JSON with sorted, snake_case keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
