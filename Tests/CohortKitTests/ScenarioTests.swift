import Testing

@testable import CohortKit

@Suite("Scenario files")
struct ScenarioTests {
    @Test("The TOML subset: tables, dotted keys, strings, numbers, arrays, inline tables, comments")
    func toml() throws {
        let text = """
            # a comment
            name = "a \\"quoted\\" name"   # trailing comment
            count = 1_000
            share = 0.25
            big = 1e3
            flag = true
            literal = 'C:\\path'
            points = [
              [2025, 0.87],   # first
              [2050, 1.1],
            ]
            inline = { a = 1, b.c = "x" }
            [fertility]
            tfr = "low"
            [migration.profile]
            young = -5
            """
        let root = try TOMLParser.parse(text, file: "t.toml")
        #expect(root["name"]?.value == .string("a \"quoted\" name"))
        #expect(root["count"]?.value == .integer(1000))
        #expect(root["share"]?.value == .float(0.25))
        #expect(root["big"]?.value == .float(1000))
        #expect(root["flag"]?.value == .boolean(true))
        #expect(root["literal"]?.value == .string("C:\\path"))
        #expect(
            root["points"]?.value
                == .array([.array([.integer(2025), .float(0.87)]), .array([.integer(2050), .float(1.1)])]))
        guard case .table(let inline) = root["inline"]?.value, case .table(let b) = inline["b"]?.value else {
            Issue.record("inline table")
            return
        }
        #expect(inline["a"]?.value == .integer(1) && b["c"]?.value == .string("x"))
        guard case .table(let fertility) = root["fertility"]?.value else {
            Issue.record("table")
            return
        }
        #expect(fertility["tfr"]?.value == .string("low") && fertility["tfr"]?.line == 14)
        guard case .table(let migration) = root["migration"]?.value,
            case .table(let profile) = migration["profile"]?.value
        else {
            Issue.record("nested table")
            return
        }
        #expect(profile["young"]?.value == .integer(-5))
    }

    @Test(
        "TOML errors name the line",
        arguments: [
            ("a = 1\na = 2\n", 2, "defined twice"),
            ("a = \"open\n", 1, "not closed"),
            ("a = low\n", 1, "strings need quotes"),
            ("a = 1 2\n", 1, "unexpected text"),
            ("[t]\nx = 1\n[t]\n", 3, "defined twice"),
            ("a = [1, 2\n", 2, "expected , or ]"),
            ("a = nan\n", 1, "not a usable number"),
            ("[[t]]\n", 1, "not supported"),
        ])
    func tomlErrors(text: String, line: Int, says: String) {
        do {
            _ = try TOMLParser.parse(text, file: "bad.toml")
            Issue.record("accepted: \(text)")
        } catch let error as InputError {
            #expect(error.file == "bad.toml" && error.line == line, "\(error)")
            #expect(error.message.contains(says), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("A scenario decodes into typed values, with defaults for what it leaves out")
    func decode() throws {
        let s = try Scenario.parse(
            """
            description = "test"
            dataset = "taiwan"
            to = 2050
            [fertility]
            tfr = 1.1
            [migration]
            net = "none"
            timing = "even"
            [mortality]
            closure = "constant"
            """, file: "s.toml", defaultName: "s")
        #expect(
            s
                == Scenario(
                    name: "s", description: "test", source: .dataset("taiwan"), lastYear: 2050,
                    fertility: .tfr(.init(constant: 1.1)),
                    migration: .none, migrationTiming: .even, closure: .constant))
        let minimal = try Scenario.parse("dataset = \"taiwan\"\n", file: "m.toml", defaultName: "m")
        #expect(minimal == Scenario(name: "m", source: .dataset("taiwan")))
        let path = try Scenario.parse(
            "dataset = \"taiwan\"\nfertility.tfr = \"low\"\n", file: "p.toml", defaultName: "p")
        #expect(path.fertility == .tfrPath("low"))
    }

    @Test(
        "Unknown keys, wrong types and values out of range name the key and line",
        arguments: [
            ("dataset = \"taiwan\"\nhorizon = 2070\n", 2, "horizon", "unknown key"),
            ("dataset = \"taiwan\"\n[fertility]\ntfrr = \"low\"\n", 3, "fertility.tfrr", "unknown key"),
            ("dataset = \"taiwan\"\nto = \"2070\"\n", 2, "to", "expected a year"),
            ("dataset = \"taiwan\"\n[fertility]\ntfr = -1\n", 3, "fertility.tfr", "out of range"),
            ("dataset = \"taiwan\"\n[fertility]\ntfr = true\n", 3, "fertility.tfr", "expected the name of a TFR path"),
            (
                "dataset = \"taiwan\"\n[migration]\ntiming = \"middle\"\n", 3, "migration.timing",
                "is not one of \"end\", \"even\""
            ),
            ("dataset = \"taiwan\"\nfertility = 2\n", 2, "fertility", "expected a table"),
            ("dataset = \"../etc\"\n", 1, "dataset", "folder name"),
        ])
    func scenarioErrors(text: String, line: Int, key: String, says: String) {
        do {
            _ = try Scenario.parse(text, file: "bad.toml", defaultName: "bad")
            Issue.record("accepted: \(text)")
        } catch let error as InputError {
            #expect(error.file == "bad.toml" && error.line == line && error.key == key, "\(error)")
            #expect(error.message.contains(says), "\(error)")
            #expect(error.description.hasPrefix("bad.toml:\(line): key \(key): "), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("A scenario without a dataset, or naming a TFR path the dataset lacks, is refused")
    func missingThings() throws {
        expectInputError("no dataset or inputs; name one", key: "dataset") {
            _ = try Scenario.parse("description = \"x\"\n", file: "x.toml", defaultName: "x")
        }
        let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))
        let dataset = try catalog.dataset("taiwan")
        do {
            _ = try dataset.inputs(for: Scenario(name: "x", source: .dataset("taiwan"), fertility: .tfrPath("lowest")))
            Issue.record("accepted an unknown TFR path")
        } catch let error as InputError {
            #expect(
                error.key == "fertility.tfr" && error.message.contains("no TFR path \"lowest\"")
                    && error.message.contains("\"medium\""))
        }
        expectInputError("the scenario runs to 2200, but", key: "to") {
            _ = try dataset.inputs(for: Scenario(name: "x", source: .dataset("taiwan"), lastYear: 2200))
        }
        expectInputError(
            "there is no scenario \"no-such-scenario\"; bundled scenarios: japan-medium, japan-zero-migration, korea-medium"
        ) {
            _ = try catalog.scenario("no-such-scenario")
        }
        expectInputError("there is no dataset \"atlantis\" at ") { _ = try catalog.dataset("atlantis") }
    }
}
