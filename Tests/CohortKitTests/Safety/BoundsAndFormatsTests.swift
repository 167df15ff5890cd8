import Foundation
import Testing

@testable import CohortKit

/// Issue 12, items 1, 2 and 13: no input traps a formatter or overflows the
/// stack, and messages quote cells short and printable.
@Suite("Hostile values: bounds, total formatters, nesting, quoting")
struct BoundsAndFormatsTests {
    @Test("CSVNumber.format is total: beyond Int64, NaN and infinities give text")
    func totalCSVNumber() {
        #expect(CSVNumber.format(1e20, places: 6) == "100000000000000000000")
        #expect(CSVNumber.format(-1e19, places: 0) == "-10000000000000000000")
        // 2^63 exactly, where Int64 traps: 9,223,372,036,854,775,808.
        #expect(CSVNumber.format(9_223_372_036_854_775_808.0, places: 0) == "9223372036854775808")
        let huge = CSVNumber.format(-1e308, places: 0)
        #expect(huge.hasPrefix("-1000000000000000010979"))  // the double nearest 1e308, 309 digits
        #expect(huge.count == 310)
        #expect(CSVNumber.format(.nan) == "nan")
        #expect(CSVNumber.format(-.infinity) == "-inf")
        #expect(CSVNumber.format(1234.5678, places: 2) == "1234.57")  // the ordinary path is unchanged
    }

    @Test("A count beyond ±1e12 persons is refused at load time, with file, line and column")
    func personsBound() throws {
        let population = try InputSetReaderTests.broken("population.csv") {
            $0.replacingOccurrences(of: "2024,female,1,20", with: "2024,female,1,1e19")
        }
        let error = try #require(InputSetReaderTests.error(loading: population))
        #expect(
            error.description
                == "population.csv:3: column population: 1e+19 persons is beyond the plausible bound of ±1e12 persons in one cell (age and sex)"
        )

        var files = InputSetReaderTests.valid
        var migration = "year,sex,age,net_migrants\n"
        for y in 2025...2026 {
            for sex in ["female", "male"] { for a in ["0", "1", "2+"] { migration += "\(y),\(sex),\(a),5\n" } }
        }
        files["migration.csv"] = migration.replacingOccurrences(
            of: "2026,male,1,5", with: "2026,male,1,-99999999999999999999999")
        let error2 = try #require(InputSetReaderTests.error(loading: InputSetReaderTests.write(files)))
        #expect(error2.file == "migration.csv" && error2.line == 12 && error2.column == "net_migrants")
        #expect(error2.message.contains("beyond the plausible bound of ±1e12 persons"))
        // Exactly at the bound is accepted.
        files["migration.csv"] = migration.replacingOccurrences(of: "2026,male,1,5", with: "2026,male,1,-1e12")
        #expect(InputSetReaderTests.error(loading: try InputSetReaderTests.write(files)) == nil)
    }

    @Test("Built in code, inputs beyond the bound fail validate() too")
    func validateBound() throws {
        var inputs = try ProjectionInputs.load(from: InputSetReaderTests.write(InputSetReaderTests.valid))
        inputs.basePopulation.male[1] = 2e12
        #expect(
            throws: InputError(
                "base population 2024, male, age 1: 2000000000000.0 is not a finite number in 0…1e12 persons")
        ) {
            try inputs.validate()
        }
    }

    @Test(
        "Arrays, inline tables and dotted keys nest at most 16 deep",
        arguments: [
            (
                "a = 1\nb = 2\ntfr = " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000)
                    + "\n",
                "mine.toml:3: arrays nest deeper than 16"
            ),
            (
                "x = " + String(repeating: "{a = ", count: 20_000) + "1" + String(repeating: "}", count: 20_000) + "\n",
                "mine.toml:1: inline tables nest deeper than 16"
            ),
            ("tfr = " + String(repeating: "[", count: 50_000) + "\n", "mine.toml:1: arrays nest deeper than 16"),
            (String(repeating: "a.", count: 10_000) + "a = 1\n", "mine.toml:1: keys nest deeper than 16"),
        ])
    func nesting(text: String, expected: String) {
        do {
            _ = try TOMLParser.parse(text, file: "mine.toml")
            Issue.record("accepted; expected \(expected)")
        } catch {
            #expect("\(error)" == expected)
        }
    }

    @Test("Sixteen levels are still read")
    func sixteenLevels() throws {
        let text = "v = " + String(repeating: "[", count: 16) + "1" + String(repeating: "]", count: 16) + "\n"
        var value = try #require(TOMLParser.parse(text, file: "ok.toml")["v"]).value
        var depth = 0
        while case .array(let items) = value {
            depth += 1
            value = items[0]
        }
        #expect(depth == 16 && value == .integer(1))
    }

    @Test("Quoted cells are cut to 60 characters and control characters escaped")
    func quoting() throws {
        #expect(InputError.quote("lots") == "\"lots\"")
        #expect(InputError.quote("\u{1B}[2J\u{0}x") == "\"\\u{1B}[2J\\u{0}x\"")
        let long = String(repeating: "9", count: 5_000_000) + "x"
        let quoted = InputError.quote(long)
        #expect(quoted == "\"" + String(repeating: "9", count: 60) + "…\"")

        // Through the reader: a 5 MB cell gives a short message.
        let broken = try InputSetReaderTests.broken("srb.csv") {
            $0.replacingOccurrences(of: "2026,1.06", with: "2026,\(long)")
        }
        let error = try #require(InputSetReaderTests.error(loading: broken))
        #expect(
            error.description == "srb.csv:3: column srb: \"" + String(repeating: "9", count: 60) + "…\" is not a number"
        )

        // A message holding an escape sequence prints it escaped.
        let sex = try InputSetReaderTests.broken("population.csv") {
            $0.replacingOccurrences(of: "2024,male,0,12", with: "2024,\u{1B}[2Jmale,0,12")
        }
        let sexError = try #require(InputSetReaderTests.error(loading: sex))
        #expect(
            sexError.description
                == "population.csv:5: column sex: unknown sex \"\\u{1B}[2Jmale\"; expected female or male")
        #expect(!sexError.description.unicodeScalars.contains { $0.value < 0x20 })
    }
}
