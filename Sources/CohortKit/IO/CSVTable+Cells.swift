import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension CSVTable {
    /// The text in `column` of `record`.
    public func text(_ record: Record, _ column: Int) -> String {
        storage.string(record.index, column)
    }

    /// Whether any cell of `column` holds an age group such as `35-39` (a `-` after the first byte),
    /// read from the bytes without building strings.
    public func hasAgeGroups(_ column: Int) -> Bool {
        records.contains { r in withField(r, column) { b in b.dropFirst().contains(UInt8(ascii: "-")) } }
    }

    /// Calls `body` with the bytes of the field.
    @inline(__always)
    private func withField<R>(_ record: Record, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = storage.range(record.index, column)
        return storage.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A whole number from ASCII digits with an optional sign, or `nil`.
    @inline(__always)
    private static func wholeNumber(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count < 19 else { return nil }
        var i = 0, negative = false
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") {
            negative = b[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < b.count else { return nil }
        var value = 0
        while i < b.count {
            let d = Int(b[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            value = value * 10 + d
            i += 1
        }
        return negative ? -value : value
    }

    /// The integer in `column` of `record`.
    public func integer(_ record: Record, _ column: Int) throws -> Int {
        if let value = withField(record, column, Self.wholeNumber) { return value }
        let text = self.text(record, column)
        throw InputError(
            text.isEmpty
                ? "the cell is empty; expected a whole number" : "\(InputError.quote(text)) is not a whole number",
            file: file, line: record.line, column: header[column])
    }

    /// The finite number in `column` of `record` (plain decimal or
    /// scientific notation, `.` as the decimal mark), read with C's `strtod`
    /// (correctly rounded) from the field's bytes.
    public func number(_ record: Record, _ column: Int) throws -> Double {
        let parsed: Double? = withField(record, column) { b in
            guard !b.isEmpty, b.count < 64 else { return nil }
            for c in b where !((c >= 48 && c <= 57) || c == 46 || c == 45 || c == 43 || c == 101 || c == 69) {
                return nil
            }
            if let exact = Self.fastDecimal(b) { return exact }
            return withUnsafeTemporaryAllocation(of: CChar.self, capacity: b.count + 1) { buffer in
                for k in 0..<b.count { buffer[k] = CChar(bitPattern: b[k]) }
                buffer[b.count] = 0
                var end: UnsafeMutablePointer<CChar>? = nil
                let value = strtod(buffer.baseAddress!, &end)
                return end == buffer.baseAddress! + b.count ? value : nil
            }
        }
        if let parsed, parsed.isFinite { return parsed }
        let text = self.text(record, column)
        func fail(_ message: String) -> InputError {
            InputError(message, file: file, line: record.line, column: header[column])
        }
        if text.isEmpty { throw fail("the cell is empty; expected a number") }
        if parsed != nil { throw fail("\(InputError.quote(text)) is too large to be a number of persons or a rate") }
        let word = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
        if ["nan", "inf", "infinity"].contains(word) { throw fail("\(InputError.quote(text)) is not a finite number") }
        throw fail("\(InputError.quote(text)) is not a number")
    }

    /// Clinger's fast path: a plain decimal `[-]digits[.digits]` with at most
    /// 15 significant digits is m / 10ᵏ with m and 10ᵏ (k ≤ 22) exact
    /// doubles, so one division gives the correctly rounded value, the same
    /// as `strtod`. Anything else returns `nil` (and goes to `strtod`).
    @inline(__always)
    static func fastDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if b[0] == UInt8(ascii: "-") {
            negative = true
            i = 1
        }
        var mantissa: Int64 = 0
        var digits = 0, fraction = 0
        var seenPoint = false, any = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else if c >= 48 && c <= 57 {
                any = true
                if mantissa != 0 || c != 48 { digits += 1 }
                if digits > 15 { return nil }
                mantissa = mantissa * 10 + Int64(c - 48)
                if seenPoint { fraction += 1 }
            } else {
                return nil
            }
            i += 1
        }
        guard any, fraction <= 22 else { return nil }
        let powers: [Double] = [
            1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ]
        let value = Double(mantissa) / powers[fraction]
        return negative ? -value : value
    }

    /// The sex in `column` of `record`: `female` or `male`.
    public func sex(_ record: Record, _ column: Int) throws -> Sex {
        let sex: Sex? = withField(record, column) { b in
            if b.elementsEqual("female".utf8) { return .female }
            if b.elementsEqual("male".utf8) { return .male }
            return nil
        }
        if let sex { return sex }
        throw InputError(
            "unknown sex \(InputError.quote(text(record, column))); expected female or male", file: file,
            line: record.line, column: header[column])
    }

    /// The age in `column` of `record` as a row index 0…ω: a whole number
    /// below ω, or the open group written `ω+`. With `openAge` nil (while
    /// reading the population file, which defines ω) any `N+` is accepted
    /// and reported with `isOpen`.
    public func age(_ record: Record, _ column: Int, openAge: Int?) throws -> (age: Int, isOpen: Bool) {
        let parsed: (Int, Bool)? = withField(record, column) { b in
            guard let last = b.last else { return nil }
            let isOpen = last == UInt8(ascii: "+")
            let digits = isOpen ? UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)]) : b
            guard let first = digits.first, first >= 48 && first <= 57, let age = Self.wholeNumber(digits) else {
                return nil
            }
            return (age, isOpen)
        }
        func fail(_ message: String) -> InputError {
            InputError(message, file: file, line: record.line, column: header[column])
        }
        guard let (age, isOpen) = parsed else {
            throw fail(
                "\(InputError.quote(text(record, column))) is not an age; write whole years 0, 1, 2, … and the open group as e.g. 100+"
            )
        }
        guard let omega = openAge else { return (age, isOpen) }
        if isOpen && age != omega {
            throw fail(
                "open age group \(InputError.quote(text(record, column))) differs from \(omega)+, the open group of population.csv"
            )
        }
        if !isOpen && age == omega {
            throw fail("age \(age) is the open age group of population.csv; write it \(omega)+")
        }
        if age > omega { throw fail("age \(age) is above the open age group \(omega)+ of population.csv") }
        return (age, isOpen)
    }
}
