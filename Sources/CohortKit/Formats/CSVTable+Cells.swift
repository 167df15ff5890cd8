import Foundation

extension CSVTable {
    /// The integer in `column` of `record`.
    public func integer(_ record: Record, _ column: Int) throws -> Int {
        let text = record.fields[column]
        guard let value = Int(text) else {
            throw InputError(text.isEmpty ? "the cell is empty; expected a whole number" : "\"\(text)\" is not a whole number",
                             file: file, line: record.line, column: header[column])
        }
        return value
    }

    /// The finite number in `column` of `record` (plain decimal or
    /// scientific notation, `.` as the decimal mark).
    public func number(_ record: Record, _ column: Int) throws -> Double {
        let text = record.fields[column]
        func fail(_ message: String) -> InputError {
            InputError(message, file: file, line: record.line, column: header[column])
        }
        if text.isEmpty { throw fail("the cell is empty; expected a number") }
        let plain = text.utf8.allSatisfy { b in
            (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
        }
        guard plain, let value = Double(text) else {
            let word = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
            if ["nan", "inf", "infinity"].contains(word) { throw fail("\"\(text)\" is not a finite number") }
            throw fail("\"\(text)\" is not a number")
        }
        guard value.isFinite else { throw fail("\"\(text)\" is too large to be a number of persons or a rate") }
        return value
    }

    /// The sex in `column` of `record`: `female` or `male`.
    public func sex(_ record: Record, _ column: Int) throws -> Sex {
        let text = record.fields[column]
        guard let sex = Sex(rawValue: text) else {
            throw InputError("unknown sex \"\(text)\"; expected female or male", file: file, line: record.line, column: header[column])
        }
        return sex
    }

    /// The age in `column` of `record` as a row index 0…ω: a whole number
    /// below ω, or the open group written `ω+`. With `openAge` nil (while
    /// reading the population file, which defines ω) any `N+` is accepted
    /// and reported with `isOpen`.
    public func age(_ record: Record, _ column: Int, openAge: Int?) throws -> (age: Int, isOpen: Bool) {
        let text = record.fields[column]
        let place = (file: file, line: record.line, column: header[column])
        let isOpen = text.hasSuffix("+")
        guard let age = Int(isOpen ? String(text.dropLast()) : text), age >= 0 else {
            throw InputError("\"\(text)\" is not an age; write whole years 0, 1, 2, … and the open group as e.g. 100+",
                             file: place.file, line: place.line, column: place.column)
        }
        guard let omega = openAge else { return (age, isOpen) }
        if isOpen && age != omega {
            throw InputError("open age group \(text) differs from \(omega)+, the open group of population.csv",
                             file: place.file, line: place.line, column: place.column)
        }
        if !isOpen && age == omega {
            throw InputError("age \(age) is the open age group of population.csv; write it \(omega)+",
                             file: place.file, line: place.line, column: place.column)
        }
        if age > omega {
            throw InputError("age \(age) is above the open age group \(omega)+ of population.csv",
                             file: place.file, line: place.line, column: place.column)
        }
        return (age, isOpen)
    }
}
