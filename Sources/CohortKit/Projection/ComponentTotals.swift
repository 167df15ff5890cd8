/// The demographic components of one projection year for one sex, one value
/// per batch column, in persons.
///
/// For every column they satisfy the balancing equation
/// `population − previous population = births − deaths + netMigrants`.
public struct ComponentTotals: Sendable, Equatable {
    /// Births of this sex during the year.
    public var births: [Double]
    /// Deaths during the year: (1 − S)·(what entered) over every cohort,
    /// infants born in the year included.
    public var deaths: [Double]
    /// Net migrants actually applied (after the non-negativity guard).
    public var netMigrants: [Double]
    /// Emigration that could not happen because fewer people were there than
    /// were to leave: requested minus applied net migration, ≥ 0. Nonzero
    /// values mean the migration input was cut.
    public var emigrationCut: [Double]
    /// Population at the end of the year.
    public var population: [Double]
    /// Deaths by cohort, when the step records them: row a holds the deaths
    /// during the year of the people who end it aged a (row 0: the year's
    /// births; row ω: those aged ω − 1 and ω+ at its start). Columns as the batch.
    public var deathsByAge: AgeMatrix?
    /// Net migrants applied by cohort, when the step records them: row a
    /// holds the migrants who joined (or left) the people ending the year
    /// aged a, whenever in the year they moved. Columns as the batch.
    ///
    /// With these, for every age 1 ≤ a < ω: P(Y, a) = P(Y − 1, a − 1) −
    /// deathsByAge[a] + netMigrantsByAge[a] (ω+ gathers ages ω − 1 and ω+).
    public var netMigrantsByAge: AgeMatrix?

    /// Zero components for `columns` columns.
    public init(columns: Int) {
        births = Array(repeating: 0, count: columns)
        deaths = births
        netMigrants = births
        emigrationCut = births
        population = births
    }
}

/// One year's components for a batch, by sex.
public typealias YearComponents = BySex<ComponentTotals>

/// The population of a batch by sex: for each sex an ``AgeMatrix`` with rows
/// ages 0…ω and one column per member, in persons.
public typealias PopulationBatch = BySex<AgeMatrix>

extension ComponentTotals {
    /// Calls `body` with the storage of ``netMigrants``, ``emigrationCut`` and ``deaths``.
    mutating func withTotals(
        _ body: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) {
        netMigrants.withUnsafeMutableBufferPointer { net in
            emigrationCut.withUnsafeMutableBufferPointer { cut in
                deaths.withUnsafeMutableBufferPointer { d in body(net.baseAddress!, cut.baseAddress!, d.baseAddress!) }
            }
        }
    }
}
