import Foundation
import Testing

/// `cohort template`: a valid input set to start from.
@Suite("cohort template")
struct TemplateCommandTests {
    @Test(
        "Both templates validate and project; the folder is new unless --force; the README states the time convention",
        arguments: ["single", "5"])
    func template(ages: String) throws {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("mine")
        let made = try CLIRunner.run(["template", folder.path, "--ages", ages])
        #expect(made.status == 0, "\(made.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            .sorted()
        #expect(
            files == [
                "README.md", "fertility.csv", "migration.csv", "mortality.csv", "population.csv", "scenario.toml",
                "srb.csv",
            ])
        let check = try CLIRunner.run(["validate", "--inputs", folder.path])
        #expect(
            check.status == 0
                && check.stdout.hasPrefix(
                    "ok: mine: base population 31 December 2024, 2,996,820 persons, ages 0–84 and 85+; rates for 2025–2034 (10 years)"
                ),
            "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("by age groups") == (ages == "5"))
        let project = try CLIRunner.run(["project", "--scenario", "scenario.toml"], in: folder)
        #expect(
            project.status == 0 && project.stdout.hasPrefix("Scenario scenario: The template's made-up population"),
            "\(project.stderr)")
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("A population labelled Y is the population at 31 December of Y."))
        let again = try CLIRunner.run(["template", folder.path])
        #expect(again.status != 0 && again.stderr.contains("already exists"))
        #expect(try CLIRunner.run(["template", folder.path, "--force"]).status == 0)
    }
}
