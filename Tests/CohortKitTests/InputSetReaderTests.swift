import Foundation
import Testing

@testable import CohortKit

/// Input sets written to a temporary folder, read back, and broken one way at a time.
@Suite("Reading input sets")
struct InputSetReaderTests {
    /// A valid input set: ω = 2, base 2024, rates for 2025 and 2026.
    static let valid: [String: String] = [
        "population.csv": """
        year,sex,age,population
        2024,female,0,10
        2024,female,1,20
        2024,female,2+,30
        2024,male,0,12
        2024,male,1,18
        2024,male,2+,25

        """,
        "mortality.csv": """
        year,sex,age,mx
        2025,female,0,0.01
        2025,female,1,0.02
        2025,female,2+,0.5
        2025,male,0,0.012
        2025,male,1,0.025
        2025,male,2+,0.6
        2026,female,0,0.01
        2026,female,1,0.02
        2026,female,2+,0.5
        2026,male,0,0.012
        2026,male,1,0.025
        2026,male,2+,0.6

        """,
        "fertility.csv": "year,age,asfr\n2025,1,0.6\n2026,1,0.5\n2026,2+,0.1\n",
        "srb.csv": "year,srb\n2025,1.05\n2026,1.06\n",
    ]

    static func write(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// The valid set with `file` rewritten by `edit`.
    static func broken(_ file: String, _ edit: (String) -> String) throws -> URL {
        var files = valid
        files[file] = edit(files[file]!)
        return try write(files)
    }

    static func error(loading folder: URL) -> InputError? {
        do {
            _ = try ProjectionInputs.load(from: folder)
            return nil
        } catch let e as InputError {
            return e
        } catch {
            Issue.record("unexpected error type \(error)")
            return nil
        }
    }

    @Test("A valid set loads with the right shapes and values")
    func valid() throws {
        let inputs = try ProjectionInputs.load(from: Self.write(Self.valid))
        #expect(inputs.baseYear == 2024 && inputs.openAge == 2)
        #expect(inputs.basePopulation.male == [12, 18, 25])
        #expect(inputs.years.map(\.year) == [2025, 2026])
        #expect(inputs.years[1].fertility == [0, 0.5, 0.1])
        #expect(inputs.years[0].mortality.female == .deathRates([0.01, 0.02, 0.5]))
        #expect(inputs.years[1].sexRatioAtBirth == 1.06)
        #expect(inputs.years[0].netMigrants == nil)
    }

    @Test("BOM, CRLF line ends, quoted fields, reordered and extra columns are read correctly")
    func spreadsheetQuirks() throws {
        var files = Self.valid
        files["population.csv"] =
            "\u{FEFF}"
            + [
                "note,population,age,sex,year",
                "\"first, row\",10,0,female,2024",
                "x,\"20\",1,\"female\",2024",
                "\"say \"\"hi\"\"\",30,2+,female,2024",
                ",12,0,male,2024",
                ",18,1,male,2024",
                ",25,2+,male,2024",
                "",
            ].joined(separator: "\r\n")
        let inputs = try ProjectionInputs.load(from: Self.write(files))
        #expect(inputs.basePopulation.female == [10, 20, 30])
        #expect(inputs.basePopulation.male == [12, 18, 25])
    }

    @Test("Survival ratios instead of death rates")
    func survivalColumn() throws {
        let folder = try Self.broken("mortality.csv") { text in
            text.replacingOccurrences(of: "mx", with: "survival").replacingOccurrences(of: ",0.6", with: ",0.4")
        }
        let inputs = try ProjectionInputs.load(from: folder)
        #expect(inputs.years[0].mortality.male == .survivalRatios([0.012, 0.025, 0.4]))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let edit: @Sendable (String) -> String
        let expected: (file: String, line: Int?, column: String?, says: String)
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a missing age", file: "population.csv",
            edit: { $0.replacingOccurrences(of: "2024,male,1,18\n", with: "") },
            expected: ("population.csv", nil, nil, "no row for male, age 1")),
        Case(
            name: "a duplicate row", file: "mortality.csv", edit: { $0 + "2026,male,1,0.03\n" },
            expected: ("mortality.csv", 14, nil, "a second row for 2026, male, age 1 (the first is on line 12)")),
        Case(
            name: "a negative death rate", file: "mortality.csv",
            edit: { $0.replacingOccurrences(of: "2025,male,1,0.025", with: "2025,male,1,-0.025") },
            expected: ("mortality.csv", 6, "mx", "negative")),
        Case(
            name: "NaN", file: "mortality.csv",
            edit: { $0.replacingOccurrences(of: "2025,male,1,0.025", with: "2025,male,1,NaN") },
            expected: ("mortality.csv", 6, "mx", "not a finite number")),
        Case(
            name: "infinity", file: "population.csv",
            edit: { $0.replacingOccurrences(of: "2024,male,1,18", with: "2024,male,1,inf") },
            expected: ("population.csv", 6, "population", "not a finite number")),
        Case(
            name: "a huge value", file: "population.csv",
            edit: { $0.replacingOccurrences(of: "2024,male,1,18", with: "2024,male,1,1e999") },
            expected: ("population.csv", 6, "population", "too large")),
        Case(
            name: "text in a number cell", file: "fertility.csv",
            edit: { $0.replacingOccurrences(of: "2026,1,0.5", with: "2026,1,0,5") },
            expected: ("fertility.csv", 3, nil, "4 field(s); the header has 3")),
        Case(
            name: "a word in a number cell", file: "srb.csv",
            edit: { $0.replacingOccurrences(of: "1.06", with: "about 1") },
            expected: ("srb.csv", 3, "srb", "\"about 1\" is not a number")),
        Case(
            name: "an SRB of zero", file: "srb.csv", edit: { $0.replacingOccurrences(of: "1.06", with: "0") },
            expected: ("srb.csv", 3, "srb", "must be > 0")),
        Case(
            name: "an unknown sex", file: "population.csv",
            edit: { $0.replacingOccurrences(of: "2024,male,0", with: "2024,M,0") },
            expected: ("population.csv", 5, "sex", "unknown sex \"M\"")),
        Case(
            name: "a negative population", file: "population.csv",
            edit: { $0.replacingOccurrences(of: ",25\n", with: ",-25\n") },
            expected: ("population.csv", 7, "population", "negative")),
        Case(
            name: "a missing year", file: "srb.csv", edit: { $0.replacingOccurrences(of: "2026,1.06\n", with: "") },
            expected: ("srb.csv", nil, nil, "no rows for 2026")),
        Case(
            name: "a year beyond the others", file: "srb.csv", edit: { $0 + "2027,1.05\n" },
            expected: ("srb.csv", 4, nil, "rates for 2027, outside the years of mortality.csv (2025…2026)")),
        Case(
            name: "rates for the base year", file: "fertility.csv", edit: { $0 + "2024,1,0.5\n" },
            expected: ("fertility.csv", 5, "year", "so the first year is 2025")),
        Case(
            name: "a missing column", file: "srb.csv",
            edit: { $0.replacingOccurrences(of: "year,srb", with: "year,ratio") },
            expected: ("srb.csv", 1, nil, "no column srb")),
        Case(
            name: "a header only", file: "population.csv", edit: { _ in "year,sex,age,population\n" },
            expected: ("population.csv", nil, nil, "no data rows")),
        Case(
            name: "an empty file", file: "fertility.csv", edit: { _ in "" },
            expected: ("fertility.csv", nil, nil, "empty")),
        Case(
            name: "two base years", file: "population.csv",
            edit: { $0.replacingOccurrences(of: "2024,male,0", with: "2023,male,0") },
            expected: ("population.csv", 5, "year", "one base year only")),
        Case(
            name: "an open age written without +", file: "mortality.csv",
            edit: { $0.replacingOccurrences(of: "2025,male,2+", with: "2025,male,2") },
            expected: ("mortality.csv", 7, "age", "write it 2+")),
        Case(
            name: "an age above the open group", file: "fertility.csv", edit: { $0 + "2026,7,0.1\n" },
            expected: ("fertility.csv", 5, "age", "above the open age group 2+")),
        Case(
            name: "an unclosed quote", file: "srb.csv",
            edit: { $0.replacingOccurrences(of: "2026,1.06", with: "2026,\"1.06") },
            expected: ("srb.csv", 3, nil, "never closed")),
        Case(
            name: "a survival ratio above 1", file: "mortality.csv",
            edit: {
                $0.replacingOccurrences(of: "mx", with: "survival").replacingOccurrences(
                    of: "2025,female,2+,0.5", with: "2025,female,2+,1.5")
            },
            expected: ("mortality.csv", 4, "survival", "above 1")),
        Case(
            name: "no open age group", file: "population.csv", edit: { $0.replacingOccurrences(of: "2+", with: "2") },
            expected: ("population.csv", nil, nil, "no open age group")),
    ]

    @Test("Each broken input gets one clear error naming the file, line and column", arguments: cases)
    func brokenInput(_ c: Case) throws {
        let folder = try Self.broken(c.file, c.edit)
        let error = try #require(Self.error(loading: folder), "\(c.name) was accepted")
        #expect(error.file == c.expected.file, "\(error)")
        #expect(error.line == c.expected.line, "\(error)")
        #expect(error.column == c.expected.column, "\(error)")
        #expect(error.message.contains(c.expected.says), "\(error)")
    }

    @Test("A missing required file and a missing folder are named")
    func missingFiles() throws {
        var files = Self.valid
        files["srb.csv"] = nil
        let error = try #require(Self.error(loading: Self.write(files)))
        #expect(error.file == "srb.csv" && error.message.contains("no srb.csv"))
        let none = try #require(Self.error(loading: URL(fileURLWithPath: "/nonexistent/inputs")))
        #expect(none.message.contains("does not exist"))
    }

    @Test("Migration, when given, must be complete; bytes that are not UTF-8 are refused")
    func migrationAndEncoding() throws {
        var files = Self.valid
        files["migration.csv"] = "year,sex,age,net_migrants\n2025,female,0,1\n"
        let error = try #require(Self.error(loading: Self.write(files)))
        #expect(error.file == "migration.csv" && error.message.contains("no row for 2025, female, age 1"))

        let folder = try Self.write(Self.valid)
        try Data([0x79, 0x65, 0x61, 0x72, 0x2C, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("srb.csv"))
        let encoding = try #require(Self.error(loading: folder))
        #expect(encoding.file == "srb.csv" && encoding.message.contains("UTF-8"))
    }

    @Test("A large generated file (about 10 MB) is read correctly")
    func largeFile() throws {
        // ω = 100, 600 years of rates for both sexes: 121,200 rows of mortality.
        let years = 2025...2624
        var population = "year,sex,age,population\n"
        var mortality = "year,sex,age,mx\n"
        var fertility = "year,age,asfr\n"
        var srb = "year,srb\n"
        mortality.reserveCapacity(4_000_000)
        for sex in ["female", "male"] {
            for a in 0...100 { population += "2024,\(sex),\(a == 100 ? "100+" : String(a)),1000\n" }
        }
        for y in years {
            for sex in ["female", "male"] {
                for a in 0...100 {
                    mortality += "\(y),\(sex),\(a == 100 ? "100+" : String(a)),\(0.0001 * exp(0.09 * Double(a)))\n"
                }
            }
            fertility += "\(y),30,0.75\n\(y),31,0.75\n"  // TFR 1.5; a rate above 1 at one age is refused
            srb += "\(y),1.05\n"
        }
        let folder = try Self.write([
            "population.csv": population, "mortality.csv": mortality,
            "fertility.csv": fertility, "srb.csv": srb,
        ])
        let inputs = try ProjectionInputs.load(from: folder)
        #expect(inputs.years.count == 600)
        #expect(inputs.years.last!.year == 2624)
        guard case .deathRates(let m) = inputs.years[599].mortality.male else {
            Issue.record("mx")
            return
        }
        #expect(isClose(m[50], 0.0001 * exp(0.09 * 50), relative: 1e-15))
    }
}

@Suite("Reading numbers")
struct NumberReadingTests {
    @Test("The fast decimal path gives exactly what strtod gives")
    func fastPathMatchesStrtod() throws {
        var rng = SplitMix64(seed: 42)
        var lines = ["x"]
        var expected: [Double] = []
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...15, using: &rng)
            let mantissa = Int64.random(in: 0..<Int64(pow(10, Double(digits))), using: &rng)
            let places = Int.random(in: 0...min(digits, 22), using: &rng)
            var text = String(mantissa)
            if places > 0 {
                text = String(repeating: "0", count: max(0, places + 1 - text.count)) + text
                text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
            }
            if Bool.random(using: &rng) { text = "-" + text }
            lines.append(text)
            expected.append(strtod(text, nil))
        }
        for text in ["0", "-0", "1e-5", "0.0039033351093892407", "123456789012345678", ".5", "5."] {
            lines.append(text)
            expected.append(strtod(text, nil))
        }
        let table = try CSVTable.parse(Data((lines.joined(separator: "\n") + "\n").utf8), file: "n.csv")
        for (record, value) in zip(table.records, expected) {
            let got = try table.number(record, 0)
            #expect(got.bitPattern == value.bitPattern, "\(table.text(record, 0)): \(got) vs \(value)")
        }
    }
}
