/// A pair of values, one for each ``Sex``.
///
/// Used wherever the engine keeps something per sex: age schedules,
/// population matrices, component totals.
///
/// ```swift
/// let survivors = BySex(female: 11_520_000.0, male: 11_380_000.0)
/// let total = survivors.female + survivors.male
/// let shares = survivors.map { $0 / total }
/// ```
public struct BySex<Value> {
    /// The value for women and girls.
    public var female: Value
    /// The value for men and boys.
    public var male: Value

    /// Creates a pair from its two values.
    public init(female: Value, male: Value) {
        self.female = female
        self.male = male
    }

    /// Creates a pair by calling `make` once per sex, `female` first.
    public init(_ make: (Sex) throws -> Value) rethrows {
        self.female = try make(.female)
        self.male = try make(.male)
    }

    /// The value for `sex`.
    public subscript(sex: Sex) -> Value {
        get { sex == .female ? female : male }
        // In place, so that mutating one sex's matrix does not copy it.
        _modify {
            switch sex {
            case .female: yield &female
            case .male: yield &male
            }
        }
    }

    /// Transforms both values with the same function, `female` first.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> BySex<T> {
        BySex<T>(female: try transform(female), male: try transform(male))
    }
}

extension BySex: Sendable where Value: Sendable {}
extension BySex: Equatable where Value: Equatable {}
extension BySex: Hashable where Value: Hashable {}
