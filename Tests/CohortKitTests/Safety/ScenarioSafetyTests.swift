import Foundation
import Testing

@testable import CohortKit

/// Issue 12, items 11 and 12: keys that set the same assumption twice are an
/// error, and paths in a scenario file cannot lead out of its folder.
@Suite("Scenario files: exclusive keys and confined paths")
struct ScenarioSafetyTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    @Test(
        "Two keys for one assumption: an error naming both and their lines",
        arguments: [
            (
                "dataset = \"taiwan\"\n[fertility]\ntfr = 1.2\ntfr_csv = \"t.csv\"\n",
                "mine.toml:4: key fertility.tfr_csv: fertility.tfr_csv and fertility.tfr (line 3) both set the TFR; give one of fertility.tfr, fertility.tfr_csv"
            ),
            (
                "dataset = \"taiwan\"\n[migration]\nnet = \"none\"\n# a comment\ntotal = 5000\n",
                "mine.toml:5: key migration.total: migration.total and migration.net (line 3) both set the net migrants; give one of migration.net, migration.total, migration.net_csv"
            ),
            (
                "dataset = \"taiwan\"\n[migration]\nnet_csv = \"m.csv\"\nnet = \"dataset\"\n",
                "mine.toml:4: key migration.net: migration.net and migration.net_csv (line 3) both set the net migrants; give one of migration.net, migration.total, migration.net_csv"
            ),
            (
                "dataset = \"taiwan\"\n[mortality]\ne0_male = 80\nimprovement = 0.01\n",
                "mine.toml:4: key mortality.improvement: mortality.improvement and mortality.e0_male (line 3) both set the death rates; give one of mortality.rates, mortality.improvement, mortality.e0_male"
            ),
            (
                "inputs = \"x\"\n\ndataset = \"taiwan\"\n",
                "mine.toml:3: key dataset: dataset and inputs (line 1) both set the base data; give one of dataset, inputs"
            ),
        ])
    func exclusive(text: String, expected: String) throws {
        let folder = try ScenarioAssumptionTests.folder(["t.csv": "year,tfr\n", "m.csv": "year,sex,age,net_migrants\n"])
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("x"), withIntermediateDirectories: true)
        do {
            _ = try Scenario.parse(text, file: "mine.toml", defaultName: "mine", folder: folder)
            Issue.record("accepted; expected \(expected)")
        } catch {
            #expect("\(error)" == expected)
        }
        // e0_female with e0_male is one assumption, not two.
        _ = try Scenario.parse(
            "dataset = \"taiwan\"\n[mortality]\ne0_female = 86\ne0_male = 80\n", file: "ok.toml", defaultName: "ok")
    }

    @Test("README's complete scenario example reads and applies as written")
    func readmeExample() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```toml\nname = \"everything\""))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let toml = String(readme[readme.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
        let folder = try ScenarioAssumptionTests.folder(["everything.toml": toml])
        let scenario = try Self.catalog.scenario(folder.appendingPathComponent("everything.toml").path)
        #expect(scenario.name == "everything")
        guard case .total(let path, nil) = scenario.migration else {
            Issue.record("\(scenario.migration)")
            return
        }
        #expect(path.value(in: 2030) == 30_000)
        let inputs = try Self.catalog.inputs(for: scenario)
        #expect(inputs.years.last?.year == 2070)
    }

    static func error(_ text: String, in folder: URL) -> String {
        let file = folder.appendingPathComponent("s.toml")
        do {
            try Data(text.utf8).write(to: file)
            let scenario = try catalog.scenario(file.path)
            _ = try catalog.inputs(for: scenario)
            return "accepted"
        } catch {
            return "\(error)".replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test("Absolute paths, .. and links out of the scenario's folder are refused; inside and the data folder are fine")
    func confined() throws {
        let folder = try ScenarioAssumptionTests.folder([
            "tfr.csv": "year,tfr\n" + (2025...2070).map { "\($0),1.1\n" }.joined()
        ])
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("passwd.csv").path, withDestinationPath: "/etc/passwd")
        let base = "extends = \"taiwan-medium\"\n[fertility]\n"
        #expect(
            Self.error(base + "tfr_csv = \"/etc/passwd\"\n", in: folder)
                == "s.toml:3: key fertility.tfr_csv: \"/etc/passwd\" is an absolute path; paths in a scenario file are relative to its folder and stay inside it (or the data folder)"
        )
        #expect(
            Self.error(
                "extends = \"taiwan-medium\"\n[migration]\ntotal = 100\nprofile_csv = \"../../../../../../proc/self/environ\"\n",
                in: folder)
                == "s.toml:4: key migration.profile_csv: \"../../../../../../proc/self/environ\" leads outside the scenario's folder; paths in a scenario file stay inside its folder (or the data folder)"
        )
        #expect(
            Self.error(base + "tfr_csv = \"passwd.csv\"\n", in: folder)
                == "s.toml:3: key fertility.tfr_csv: \"passwd.csv\" leads outside the scenario's folder; paths in a scenario file stay inside its folder (or the data folder)"
        )
        #expect(Self.error("inputs = \"/\"\n", in: folder).contains("key inputs: \"/\" is an absolute path"))
        #expect(
            Self.error("extends = \"/etc/x.toml\"\n", in: folder).contains(
                "key extends: \"/etc/x.toml\" is an absolute path"))
        #expect(Self.error(base + "tfr_csv = \"tfr.csv\"\n", in: folder) == "accepted")

        // The data folder is allowed: a scenario beside the bundled ones may use the dataset's files.
        let inData = Self.catalog.root.appendingPathComponent("scenarios/.test-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: inData) }
        try Data((base + "pattern_csv = \"../taiwan/fertility.csv\"\n").utf8).write(to: inData)
        #expect(throws: Never.self) { _ = try Self.catalog.scenario(inData.path) }
    }

    @Test(
        "A problem in a file a scenario names is reported at the scenario's key, then the file's line; contents of a non-CSV never shown"
    )
    func stampedErrors() throws {
        let folder = try ScenarioAssumptionTests.folder([
            "tfr.csv": "year,tfr\n2025,1.1\n2026,lots\n",
            "secret.csv": "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1\n",
        ])
        let base = "extends = \"taiwan-medium\"\n\n[fertility]\n"
        #expect(
            Self.error(base + "tfr_csv = \"tfr.csv\"\n", in: folder)
                == "s.toml:4: key fertility.tfr_csv: tfr.csv:3: column tfr: \"lots\" is not a number")
        let secret = Self.error(base + "tfr_csv = \"secret.csv\"\n", in: folder)
        #expect(
            secret
                == "s.toml:4: key fertility.tfr_csv: secret.csv:1: no column year; the first line is not a header of column names"
        )
        #expect(!secret.contains("root:") && !secret.contains("daemon"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("dir.csv"), withIntermediateDirectories: true)
        #expect(
            Self.error(base + "tfr_csv = \"dir.csv\"\n", in: folder)
                == "s.toml:4: key fertility.tfr_csv: cannot read \"dir.csv\": it is a folder, not a file")
    }
}
