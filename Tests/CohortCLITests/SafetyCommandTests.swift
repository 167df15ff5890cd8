import Foundation
import Testing

/// Issue 12's reproducers through the built binary, on a copy of the five
/// input files of data/taiwan: every one gets one clear message and its exit
/// code, or a correct result; nothing is lost or replaced that was not asked for.
@Suite("Hostile input and unsafe writes through the command line", .serialized)
struct SafetyCommandTests {
    static let taiwan = repositoryRoot.appendingPathComponent("data/taiwan")
    static let data = repositoryRoot.appendingPathComponent("data").path

    /// A copy of the five input files of data/taiwan, `edit` applied to the lines of `file` (1-based, header = 1).
    static func copy(editing file: String? = nil, _ edit: (inout [String]) -> Void = { _ in }) throws -> URL {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("x")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["population.csv", "mortality.csv", "fertility.csv", "srb.csv", "migration.csv"] {
            try FileManager.default.copyItem(
                at: taiwan.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        if let file {
            let url = folder.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            edit(&lines)
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Replaces the last field of line `n`.
    static func lastField(_ n: Int, _ value: String) -> (inout [String]) -> Void {
        { lines in
            var fields = lines[n - 1].components(separatedBy: ",")
            fields[fields.count - 1] = value
            lines[n - 1] = fields.joined(separator: ",")
        }
    }

    /// Asserts one clean error: exit 1 (or `status`), `message` on standard error, no trap, a short message.
    static func expectError(
        _ run: CLIRunner.Output, _ message: String, status: Int32 = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(run.status == status, "status \(run.status), stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(run.stderr.utf8.count < 4_000, "a short message", sourceLocation: sourceLocation)
    }

    // MARK: 1. Huge numbers

    @Test("1. A count beyond 1e12 persons is refused at load time (migration, population, project --out)")
    func hugeNumbers() throws {
        let migration = try Self.copy(editing: "migration.csv", Self.lastField(470, "99999999999999999999999"))
        Self.expectError(
            try CLIRunner.run(["project", "--inputs", migration.path]),
            "migration.csv:470: column net_migrants: 1e+23 persons is beyond the plausible bound of ±1e12 persons in one cell"
        )
        Self.expectError(try CLIRunner.run(["validate", "--inputs", migration.path]), "migration.csv:470:")
        let population = try Self.copy(editing: "population.csv", Self.lastField(5, "1e19"))
        Self.expectError(
            try CLIRunner.run(["validate", "--inputs", population.path]),
            "population.csv:5: column population: 1e+19 persons is beyond the plausible bound")
        let negative = try Self.copy(editing: "migration.csv", Self.lastField(1000, "-1e308"))
        let out = negative.deletingLastPathComponent().appendingPathComponent("out")
        Self.expectError(
            try CLIRunner.run(["project", "--inputs", negative.path, "--out", out.path]),
            "migration.csv:1000: column net_migrants:")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    // MARK: 2. TOML nesting

    @Test("2. Deep TOML nesting is a message with the line, not a stack overflow")
    func deepNesting() throws {
        let folder = try CLIRunner.temporaryFolder()
        for (text, message) in [
            (
                "extends = \"taiwan-medium\"\n[fertility]\ntfr = " + String(repeating: "[", count: 30_000)
                    + String(repeating: "]", count: 30_000) + "\n",
                "mine.toml:3: arrays nest deeper than 16"
            ),
            (
                "x = " + String(repeating: "{a = ", count: 30_000) + "\n",
                "mine.toml:1: inline tables nest deeper than 16"
            ),
        ] {
            let file = folder.appendingPathComponent("mine.toml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            Self.expectError(try CLIRunner.run(["validate", "--scenario", file.path, "--data", Self.data]), message)
        }
    }

    // MARK: 3. Draws and threads

    @Test(
        "3. --draws that would not fit are refused up front with the memory they need; --threads bounded",
        arguments: [
            ["simulate", "--draws", "100000000"],
            ["report", "--draws", "100000000", "--out", "/tmp/cohort-never-written.html"],
            ["chart", "working-age", "--draws", "100000000"],
        ])
    func draws(arguments: [String]) throws {
        let run = try CLIRunner.run(arguments + ["--data", Self.data])
        Self.expectError(run, "100000000 draws over 46 years would need about 589 GB of memory")
        #expect(run.stderr.contains("Use at most"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/cohort-never-written.html"))
    }

    @Test("3. --threads above 256 and negative values get a message saying what is allowed")
    func threadsAndNegatives() throws {
        Self.expectError(
            try CLIRunner.run(["simulate", "--threads", "100000", "--data", Self.data]),
            "--threads must be at most 256", status: 64)
        Self.expectError(
            try CLIRunner.run(["simulate", "--seed", "-5", "--data", Self.data]),
            "The value '-5' is invalid for '--seed <seed>': it must be a whole number ≥ 0", status: 64)
        Self.expectError(
            try CLIRunner.run(["report", "--draws", "-1", "--data", Self.data]),
            "The value '-1' is invalid for '--draws <draws>': it must be a whole number ≥ 0", status: 64)
    }

    // MARK: 4. --force

    @Test(
        "4. --force never replaces the working folder, its parents, the inputs, the data, a scenario's folder or a file"
    )
    func force() throws {
        let inputs = try Self.copy()
        let work = inputs.deletingLastPathComponent()
        try Data("mine".utf8).write(to: work.appendingPathComponent("notes.txt"))
        let scenarioFolder = work.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarioFolder, withIntermediateDirectories: true)
        try "extends = \"taiwan-medium\"\nto = 2026\n".write(
            to: scenarioFolder.appendingPathComponent("s.toml"), atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--out", ".", "--inputs", "x"], "is the working folder; --force never replaces it"),
            (["--out", "..", "--inputs", "x"], "holds the working folder; --force never replaces it"),
            (["--out", "", "--inputs", "x"], "--out needs a folder name"),
            (
                ["--out", "x", "--inputs", "x"],
                "is a folder this run reads (its inputs, data, seeds or scenario); --force never replaces it"
            ),
            (["--out", Self.data, "--data", Self.data, "--to", "2026"], "holds"),
            (
                ["--out", "scenarios", "--scenario", "scenarios/s.toml", "--data", Self.data],
                "is a folder this run reads"
            ),
            (["--out", "notes.txt", "--inputs", "x"], "notes.txt is a file, not a folder"),
        ]
        for (arguments, message) in cases {
            Self.expectError(try CLIRunner.run(["project", "--force", "--to", "2026"] + arguments, in: work), message)
        }
        // Everything is still there.
        #expect(try String(contentsOf: work.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs.path).count == 5)
        #expect(FileManager.default.fileExists(atPath: scenarioFolder.appendingPathComponent("s.toml").path))
        #expect(FileManager.default.fileExists(atPath: Self.taiwan.appendingPathComponent("population.csv").path))

        // A folder cohort wrote is replaced; one the user added a file to is not.
        let out = work.appendingPathComponent("results")
        #expect(
            try CLIRunner.run(["project", "--inputs", "x", "--to", "2026", "--out", "results"], in: work).status == 0)
        #expect(
            try CLIRunner.run(["project", "--inputs", "x", "--to", "2027", "--out", "results", "--force"], in: work)
                .status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("population.csv"), encoding: .utf8).contains("2027,"))
        try Data("added".utf8).write(to: out.appendingPathComponent("mine.txt"))
        Self.expectError(
            try CLIRunner.run(["project", "--inputs", "x", "--out", "results", "--force"], in: work),
            "results holds \"mine.txt\", which cohort did not write")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("mine.txt").path))
    }

    // MARK: 5. Devices, FIFOs, links

    @Test(
        "5. report and chart replace only regular files: a device or FIFO is refused and left as it is, a link is written through"
    )
    func specialFiles() throws {
        let folder = try CLIRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe.svg")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        Self.expectError(
            try CLIRunner.run(["chart", "pyramid", "--out", fifo.path, "--data", Self.data]),
            "it is a FIFO (named pipe), not a regular file; cohort replaces only regular files")
        Self.expectError(
            try CLIRunner.run(["report", "--draws", "0", "--out", "/dev/null", "--data", Self.data]),
            "cannot write /dev/null: it is a character device, not a regular file")
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        let link = folder.appendingPathComponent("null.svg")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        Self.expectError(
            try CLIRunner.run(["chart", "pyramid", "--out", link.path, "--data", Self.data]),
            "it links to /dev/null, which is a character device, not a regular file")
        // A link to a regular file: the file is replaced, the link stays.
        let target = folder.appendingPathComponent("real.svg")
        try Data("old".utf8).write(to: target)
        let good = folder.appendingPathComponent("good.svg")
        try FileManager.default.createSymbolicLink(atPath: good.path, withDestinationPath: target.path)
        #expect(try CLIRunner.run(["chart", "pyramid", "--out", good.path, "--data", Self.data]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: good.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("<svg"))
    }

    // MARK: 6. Standard output

    @Test("6. A failed write to standard output is exit 1 with a message")
    func fullDisk() throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["project", "--format", "csv", "--data", Self.data]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(
            stderr.contains(
                "Error: cannot write to standard output: No space left on device; the output is incomplete"),
            "\(stderr)")
    }

    // MARK: 7. Stale partial folders

    @Test("7. A killed run's partial folder is removed by the next run into the same parent")
    func stalePartials() throws {
        let parent = try CLIRunner.temporaryFolder()
        // As a killed run leaves it: the marker, some files, a process id that is gone.
        let stale = parent.appendingPathComponent(".sims.partial-999999-ABCDEF12")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("cohort output folder: written by cohort; cohort --force may replace it. The files it wrote:\n".utf8)
            .write(to: stale.appendingPathComponent(".cohort-output"))
        try Data(count: 1_000).write(to: stale.appendingPathComponent("draws.csv"))
        // Not ours (no marker): kept.
        let foreign = parent.appendingPathComponent(".notes.partial-999999-ABCDEF12")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        let run = try CLIRunner.run([
            "project", "--to", "2026", "--out", parent.appendingPathComponent("results").path, "--data", Self.data,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [
                ".notes.partial-999999-ABCDEF12", "results",
            ])
    }

    // MARK: 8. Open ages

    @Test(
        "8. Open ages 70+, 80+ and 130+ work in validate, waves, report, lifetable, charts, compare and project --out; 85+ indicators are left out only where 85 is above the open group",
        arguments: [70, 80, 130])
    func openAges(omega: Int) throws {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("o\(omega)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Ages 0…ω−1 and ω+: 10,000 persons an age (50,000 in the open group), Gompertz rates capped below 1, 11 years.
        var population = "year,sex,age,population\n", mortality = "year,sex,age,mx\n", fertility = "year,age,asfr\n",
            srb = "year,srb\n"
        func age(_ a: Int) -> String { a == omega ? "\(omega)+" : String(a) }
        for sex in ["female", "male"] {
            for a in 0...omega { population += "2024,\(sex),\(age(a)),\(a == omega ? 50_000 : 10_000)\n" }
        }
        for y in 2025...2035 {
            for sex in ["female", "male"] {
                for a in 0...omega {
                    mortality += "\(y),\(sex),\(age(a)),\(min(0.9, 0.0002 * exp(0.09 * Double(a))))\n"
                }
            }
            for a in 20...39 { fertility += "\(y),\(a),0.07\n" }
            srb += "\(y),1.05\n"
        }
        for (name, text) in [
            "population.csv": population, "mortality.csv": mortality, "fertility.csv": fertility, "srb.csv": srb,
        ] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let parent = folder.deletingLastPathComponent()
        for arguments in [
            ["validate"], ["waves"], ["lifetable"], ["lifetable", "--age-groups", "5"], ["chart", "pyramid"],
            ["chart", "flows"], ["chart", "working-age", "--draws", "0"], ["project", "--closure", "kannisto"],
            ["report", "--draws", "0", "--out", parent.appendingPathComponent("r.html").path],
        ] {
            let run = try CLIRunner.run(arguments + ["--inputs", folder.path])
            #expect(run.status == 0, "\(arguments.joined(separator: " ")), ω = \(omega): \(run.stderr)")
        }
        // compare takes scenarios: two scenario files on this input set, one without migration.
        try "inputs = \"o\(omega)\"\n".write(
            to: parent.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "inputs = \"o\(omega)\"\n[migration]\nnet = \"none\"\n".write(
            to: parent.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        let compare = try CLIRunner.run([
            "compare", "--scenario", parent.appendingPathComponent("a.toml").path, "--scenario",
            parent.appendingPathComponent("b.toml").path, "--indicator", "age_15_64", "--format", "csv",
        ])
        #expect(compare.status == 0 && compare.stdout.contains(",age_15_64,"), "ω = \(omega): \(compare.stderr)")
        let out = parent.appendingPathComponent("out")
        let project = try CLIRunner.run(["project", "--inputs", folder.path, "--out", out.path])
        #expect(project.status == 0, "\(project.stderr)")
        let header = try String(contentsOf: out.appendingPathComponent("indicators.csv"), encoding: .utf8).prefix {
            $0 != "\n"
        }
        #expect(header.hasPrefix("year,total,age_0_14,age_15_64,age_65_plus,"))
        if omega < 85 {
            #expect(
                project.stderr.contains(
                    "note: o\(omega): indicators.csv leaves out age_85_plus, share_85_plus: age 85 lies above the open age group \(omega)+"
                ))
            #expect(!header.contains("85"))
        } else {
            #expect(header.contains("age_85_plus") && header.contains("share_85_plus"))
        }
        // With draws (the default) and no history to fit, the report leaves the intervals out and says why (issue 14).
        let drawn = try CLIRunner.run([
            "report", "--inputs", folder.path, "--out", parent.appendingPathComponent("r2.html").path,
        ])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(
            drawn.stderr.contains(
                "note: No prediction intervals: the stochastic models cannot be fitted to o\(omega)'s data"))
    }

    @Test("8. A scenario's retirement age that does not fit is an error naming it, in validate and project --out")
    func badAnalysis() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("r.toml")
        try "extends = \"taiwan-medium\"\n[analysis]\nretirement_age = 15\n".write(
            to: file, atomically: true, encoding: .utf8)
        Self.expectError(
            try CLIRunner.run(["validate", "--scenario", file.path, "--data", Self.data]),
            "key analysis: a retirement age of 15 is not above the first working age, 15")
        Self.expectError(
            try CLIRunner.run([
                "project", "--scenario", file.path, "--data", Self.data, "--out",
                folder.appendingPathComponent("o").path,
            ]),
            "a retirement age of 15 is not above the first working age, 15")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o").path))
    }

    // MARK: 9. One name, one meaning

    @Test("9. share_65_plus is the same fraction in project --format csv, json and indicators.csv")
    func share() throws {
        let csv = try CLIRunner.run(["project", "--to", "2025", "--format", "csv", "--data", Self.data])
        let rows = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let column = try #require(rows[0].firstIndex(of: "share_65_plus"))
        // 4,488,707 / 23,400,220 = 0.19182…
        #expect(rows[1][column] == "0.1918")
        let json = try CLIRunner.run(["project", "--to", "2025", "--format", "json", "--data", Self.data])
        #expect(json.stdout.contains("\"share_65_plus\": 0.1918"))
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("o")
        #expect(try CLIRunner.run(["project", "--to", "2025", "--out", out.path, "--data", Self.data]).status == 0)
        let indicators = try readCSV(out.appendingPathComponent("indicators.csv"))
        #expect(indicators[0]["share_65_plus"] == "0.1918")
        // The screen shows it as a percentage.
        #expect(try CLIRunner.run(["project", "--to", "2025", "--data", Self.data]).stdout.contains("19.2"))
    }

    // MARK: 10. Plausibility

    @Test(
        "10. One impossible death rate kills its own age only; rates per 1,000 and other slips are warned about or refused"
    )
    func plausibility() throws {
        // mx = 5 for women aged 50 in 2025 (line 52 of mortality.csv: 2025, female, age 50).
        let bad = try Self.copy(editing: "mortality.csv", Self.lastField(52, "5"))
        let good = try CLIRunner.run(["project", "--inputs", try Self.copy().path, "--to", "2026", "--format", "csv"])
        let run = try CLIRunner.run(["project", "--inputs", bad.path, "--to", "2026", "--format", "csv"])
        #expect(run.status == 0)
        #expect(
            run.stderr.contains(
                "warning: death rates above 1 below age 80 in 1 cell(s) (first: 2025, female, age 50: 5.0)"),
            "\(run.stderr)")
        func deaths(_ o: CLIRunner.Output, _ year: String) -> Double {
            let rows = o.stdout.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
            let c = rows[0].firstIndex(of: "deaths")!
            return Double(rows.first { $0[0] == Substring(year) }![c])!
        }
        // q(50) = 1: every woman aged 50 at the end of 2024 dies (S(51) = 0: 178,451) and half of those aged 49
        // (S(50) = L(50)/L(49) ≈ 0.5: 91,088), less the ≈ 690 of them who die anyway: ≈ 268,850 extra deaths;
        // nobody over 51 dies of it.
        let extra = deaths(run, "2025") - deaths(good, "2025")
        #expect(abs(extra - 268_850) < 1_000, "\(extra)")
        #expect(abs(deaths(run, "2026") - deaths(good, "2026")) < 1_000)

        let perThousand = try Self.copy(editing: "mortality.csv") { lines in
            for i in 1..<lines.count where !lines[i].isEmpty {
                var f = lines[i].components(separatedBy: ",")
                f[3] = String(Double(f[3])! * 1000)
                lines[i] = f.joined(separator: ",")
            }
        }
        // With the default (Kannisto) closure no rate above 80 is below 1 to fit: a clean error.
        Self.expectError(
            try CLIRunner.run(["validate", "--inputs", perThousand.path]),
            "the kannisto closure needs at least 2 ages from 80 to ω−1 with a death rate between 0 and 1; found 0")
        let warned = try CLIRunner.run(["validate", "--inputs", perThousand.path, "--closure", "constant"])
        #expect(warned.status == 0)
        #expect(warned.stdout.hasPrefix("ok (2 warnings above): x:"), "\(warned.stdout)")
        #expect(warned.stderr.contains("death rates are deaths per person-year (per 1,000? divide by 1,000)"))
        #expect(warned.stderr.contains("life expectancy at birth below 20 years"))

        Self.expectError(
            try CLIRunner.run([
                "validate", "--inputs", try Self.copy(editing: "fertility.csv", Self.lastField(20, "1000")).path,
            ]),
            "fertility.csv:20: column asfr: 1000.0 births per woman in one year of age is impossible")
        Self.expectError(
            try CLIRunner.run([
                "validate", "--inputs", try Self.copy(editing: "srb.csv", Self.lastField(2, "1000")).path,
            ]),
            "srb.csv:2: column srb: 1000.0 male births per female birth is impossible; per 100 or 1,000 girls?")
        let half = try CLIRunner.run([
            "validate", "--inputs", try Self.copy(editing: "srb.csv", Self.lastField(2, "0.5")).path,
        ])
        #expect(
            half.status == 0
                && half.stderr.contains("warning: a sex ratio at birth outside 0.9–1.2 in 1 year(s) (first: 2025: 0.5)")
        )
    }

    // MARK: 12, 13. What messages show

    @Test("12. A scenario key cannot read /etc/passwd or echo the environment")
    func disclosure() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("evil.toml")
        try "extends = \"taiwan-medium\"\n[fertility]\ntfr_csv = \"/etc/passwd\"\n".write(
            to: file, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["validate", "--scenario", file.path, "--data", Self.data])
        Self.expectError(run, "evil.toml:3: key fertility.tfr_csv: \"/etc/passwd\" is an absolute path")
        #expect(!run.stderr.contains("root:"))
        try "extends = \"taiwan-medium\"\n[migration]\ntotal = 1\nprofile_csv = \"../../../../proc/self/environ\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let environ = try CLIRunner.run(["validate", "--scenario", file.path, "--data", Self.data])
        Self.expectError(
            environ,
            "evil.toml:4: key migration.profile_csv: \"../../../../proc/self/environ\" leads outside the scenario's folder"
        )
        #expect(!environ.stderr.contains("PATH="))
    }

    @Test("13. A 5 MB cell gives a short message; escape sequences from cells and descriptions are escaped")
    func terminalSafety() throws {
        let huge = try Self.copy(editing: "srb.csv", Self.lastField(3, String(repeating: "7", count: 5_000_000) + "x"))
        let run = try CLIRunner.run(["validate", "--inputs", huge.path])
        Self.expectError(run, "srb.csv:3: column srb: \"" + String(repeating: "7", count: 60) + "…\" is not a number")
        let escape = try Self.copy(editing: "population.csv") {
            $0[1] = $0[1].replacingOccurrences(of: "female", with: "\u{1B}[2Jfemale\u{0}")
        }
        let escaped = try CLIRunner.run(["validate", "--inputs", escape.path])
        Self.expectError(escaped, "population.csv:2: column sex: unknown sex \"\\u{1B}[2Jfemale\\u{0}\"")
        #expect(!escaped.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 })

        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("title.toml")
        try "extends = \"taiwan-medium\"\ndescription = \"\\u001B[2J cleared\"\nto = 2026\n".write(
            to: file, atomically: true, encoding: .utf8)
        let titled = try CLIRunner.run(["project", "--scenario", file.path, "--data", Self.data])
        #expect(titled.status == 0)
        #expect(titled.stdout.contains("Scenario title: \\u{1B}[2J cleared"), "\(titled.stdout.prefix(200))")
        #expect(!titled.stdout.unicodeScalars.contains { $0.value == 0x1B })
    }

    // MARK: 14. Smaller things

    @Test(
        "14. Folders, FIFOs and dangling links are named; help and behaviour agree; years out of range blame the option"
    )
    func smaller() throws {
        let fifo = try Self.copy()
        try FileManager.default.removeItem(at: fifo.appendingPathComponent("srb.csv"))
        #expect(mkfifo(fifo.appendingPathComponent("srb.csv").path, 0o644) == 0)
        Self.expectError(
            try CLIRunner.run(["validate", "--inputs", fifo.path]),
            "srb.csv: cannot read the file: it is a FIFO (named pipe), not a regular file")
        let dangling = try Self.copy()
        try FileManager.default.removeItem(at: dangling.appendingPathComponent("migration.csv"))
        try FileManager.default.createSymbolicLink(
            atPath: dangling.appendingPathComponent("migration.csv").path, withDestinationPath: "/nonexistent/m.csv")
        Self.expectError(
            try CLIRunner.run(["validate", "--inputs", dangling.path]),
            "migration.csv: cannot read the file: it is a symbolic link to nothing (a dangling link)")
        let folder = try Self.copy()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("srb.csv"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("srb.csv"), withIntermediateDirectories: true)
        let dir = try CLIRunner.run(["validate", "--inputs", folder.path])
        Self.expectError(dir, "srb.csv: cannot read the file: it is a folder, not a file")
        #expect(!dir.stderr.contains("NSCocoaErrorDomain") && !dir.stderr.contains("permission"))

        Self.expectError(
            try CLIRunner.run([
                "lifetable", "--scenario", "taiwan-low", "--scenario", "taiwan-high", "--data", Self.data,
            ]),
            "lifetable shows one scenario's life table", status: 64)
        Self.expectError(
            try CLIRunner.run([
                "compare", "--scenario", "taiwan-low", "--scenario", "taiwan-high", "--year", "1999", "--data",
                Self.data,
            ]),
            "--year 1999 is outside 2024…2070, the years of taiwan-low", status: 64)
        Self.expectError(
            try CLIRunner.run(["project", "--to", "1900", "--data", Self.data]),
            "--to 1900 is outside 2025…2100, the years taiwan-medium has rates for", status: 64)
        let help = try CLIRunner.run(["simulate", "--help"])
        #expect(!help.stdout.contains("repeat for several"))
    }

    @Test("14. Minus signs: U+2212 on screen, ASCII in CSV")
    func minusSigns() throws {
        let screen = try CLIRunner.run(["project", "--to", "2025", "--data", Self.data])
        #expect(screen.stdout.contains("−20,942") && !screen.stdout.contains("-20,942"), "\(screen.stdout)")
        let csv = try CLIRunner.run(["project", "--to", "2025", "--format", "csv", "--data", Self.data])
        #expect(csv.stdout.contains(",-20942") && !csv.stdout.contains("−"))
    }
}
