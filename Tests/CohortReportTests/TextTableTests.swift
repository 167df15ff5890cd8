import Testing

@testable import CohortReport

@Suite("Screen tables")
struct TextTableTests {
    @Test("Columns line up: numbers to the right, text to the left, a rule under the header")
    func alignment() {
        var t = TextTable(["Name", "Value"], alignments: [.left, .right])
        t.append(["a", "1"])
        t.append(["longer", "1,234"])
        #expect(
            t.render() == """
                Name    Value
                ──────  ─────
                a           1
                longer  1,234
                """)
    }

    @Test("Number formats: thousands separators, signs, fixed decimals")
    func numbers() {
        #expect(NumberFormat.persons(23_400_220) == "23,400,220")
        #expect(NumberFormat.persons(999.5) == "1,000")
        #expect(NumberFormat.persons(-1_503_175) == "-1,503,175")
        #expect(NumberFormat.signedPersons(-1_503_175) == "−1,503,175")
        #expect(NumberFormat.signedPersons(6_836) == "+6,836")
        #expect(NumberFormat.signedPersons(0.2) == "0")
        #expect(NumberFormat.decimal(19.18, places: 1) == "19.2")
        #expect(NumberFormat.decimal(-0.04, places: 1) == "0.0")
        #expect(NumberFormat.decimal(7, places: 0) == "7")
    }
}
