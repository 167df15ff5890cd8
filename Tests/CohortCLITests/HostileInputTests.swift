import Foundation
import Testing

/// Inputs a user might really send, through the command line: every one gets
/// a clear message and a non-zero exit, or a correct result; never a crash.
@Suite("Hostile inputs through the command line")
struct HostileInputTests {
    static let fixture = CLIRunner.fixtures.appendingPathComponent("three-year")

    /// The fixture with `file` replaced by `text`, in a new folder.
    static func variant(_ file: String, _ text: String) throws -> URL {
        let folder = try CLIRunner.temporaryFolder()
        for name in ["population.csv", "mortality.csv", "fertility.csv", "srb.csv", "migration.csv"] {
            try FileManager.default.copyItem(
                at: fixture.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        return folder
    }

    @Test(
        "Broken files: one message with the place, exit non-zero, no crash",
        arguments: [
            ("srb.csv", "", "srb.csv: the file is empty"),
            ("srb.csv", "year,srb\n", "srb.csv: no rows for 2025"),
            ("srb.csv", "year,ratio\n2025,1.05\n", "srb.csv:1: no column srb"),
            (
                "srb.csv", "year,srb\n2025,NaN\n2026,1.05\n2027,1.05\n",
                "srb.csv:2: column srb: \"NaN\" is not a finite number"
            ),
            (
                "srb.csv", "year,srb\n2025,1.05\n2026,lots\n2027,1.05\n",
                "srb.csv:3: column srb: \"lots\" is not a number"
            ),
            (
                "srb.csv", "year,srb\n2025,1.05\n2025,1.06\n2026,1.05\n2027,1.05\n",
                "srb.csv:3: a second row for 2025 (the first is on line 2)"
            ),
            (
                "srb.csv", "year,srb\n2025,1e400\n2026,1.05\n2027,1.05\n",
                "srb.csv:2: column srb: \"1e400\" is too large"
            ),
            (
                "population.csv", "year,sex,age,population\n2024,female,0,-5\n",
                "population.csv:2: column population: -5.0 is negative"
            ),
            (
                "fertility.csv", "year,age,asfr\n2025,1,Infinity\n",
                "fertility.csv:2: column asfr: \"Infinity\" is not a finite number"
            ),
        ])
    func broken(file: String, text: String, expected: String) throws {
        let run = try CLIRunner.run(["validate", "--inputs", Self.variant(file, text).path])
        #expect(run.status != 0)
        #expect(run.stderr.contains(expected), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("Fatal") && !run.stderr.contains("Stack"))
        #expect(run.stderr.split(separator: "\n").count <= 2, "one message")
    }

    @Test("Spreadsheet habits are read correctly: BOM, CRLF, quotes, extra columns, years out of order")
    func spreadsheetHabits() throws {
        let srb = "\u{FEFF}note,srb,year\r\n\"from the UN, 2024\",1.05,2027\r\n,\"1.06\",2026\r\n,1.05,2025\r\n"
        let run = try CLIRunner.run(["project", "--inputs", Self.variant("srb.csv", srb).path, "--format", "csv"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let original = try CLIRunner.run(["project", "--inputs", Self.fixture.path, "--format", "csv"])
        #expect(run.stdout == original.stdout)
    }

    @Test("A generated input set of tens of megabytes validates")
    func large() throws {
        // ω = 100, 3,600 years of death rates for both sexes: 727,200 rows, about 21 MB.
        let folder = try CLIRunner.temporaryFolder()
        var population = "year,sex,age,population\n"
        for sex in ["female", "male"] {
            for a in 0...100 { population += "2024,\(sex),\(a == 100 ? "100+" : String(a)),1000\n" }
        }
        try population.write(to: folder.appendingPathComponent("population.csv"), atomically: true, encoding: .utf8)
        let handle = try FileHandle(
            forWritingTo: { () -> URL in
                let url = folder.appendingPathComponent("mortality.csv")
                FileManager.default.createFile(atPath: url.path, contents: nil)
                return url
            }())
        handle.write(Data("year,sex,age,mx\n".utf8))
        let rates = (0...100).map { a in String(format: "%.12f", 0.0002 * exp(0.085 * Double(a))) }
        var fertility = "year,age,asfr\n", srb = "year,srb\n"
        for y in 2025...5624 {
            var chunk = ""
            for sex in ["female", "male"] {
                for a in 0...100 { chunk += "\(y),\(sex),\(a == 100 ? "100+" : String(a)),\(rates[a])\n" }
            }
            handle.write(Data(chunk.utf8))
            fertility += "\(y),30,0.7\n\(y),31,0.7\n\(y),32,0.7\n"  // TFR 2.1; a rate above 1 at one age is refused
            srb += "\(y),1.05\n"
        }
        try handle.close()
        try fertility.write(to: folder.appendingPathComponent("fertility.csv"), atomically: true, encoding: .utf8)
        try srb.write(to: folder.appendingPathComponent("srb.csv"), atomically: true, encoding: .utf8)
        let size =
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("mortality.csv").path)[.size]
            as? Int ?? 0
        #expect(size > 20_000_000)
        let run = try CLIRunner.run(["validate", "--inputs", folder.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("rates for 2025–5624 (3600 years)"))
    }
}
