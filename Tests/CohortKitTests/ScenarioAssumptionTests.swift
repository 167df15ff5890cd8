import Foundation
import Testing

@testable import CohortKit

/// Scenario assumptions applied to the Taiwan dataset.
@Suite("Scenario assumptions")
struct ScenarioAssumptionTests {
    static let catalog = DataCatalog(root: repositoryRoot.appendingPathComponent("data"))

    /// Writes `files` into a new folder and returns it.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test("A path of points: linear between them, held outside")
    func path() {
        let p = Scenario.Path([(2030, 1.0), (2050, 1.4)])
        #expect(p.value(in: 2025) == 1.0 && p.value(in: 2030) == 1.0)
        #expect(isClose(p.value(in: 2040), 1.2) && isClose(p.value(in: 2045), 1.3))
        #expect(p.value(in: 2070) == 1.4)
    }

    @Test("extends inherits and overrides; TFR points spread by the dataset's pattern")
    func extendsAndTFR() throws {
        let dir = try Self.folder([
            "mine.toml": """
            extends = "taiwan-medium"
            description = "TFR up to 1.5 by 2050"
            [fertility]
            tfr = [[2030, 1.0], [2050, 1.5]]
            """
        ])
        let scenario = try Self.catalog.scenario(dir.appendingPathComponent("mine.toml").path)
        #expect(scenario.name == "mine" && scenario.dataset == "taiwan" && scenario.lastYear == 2070)
        #expect(scenario.description == "TFR up to 1.5 by 2050")
        let inputs = try Self.catalog.inputs(for: scenario)
        func tfr(_ year: Int) -> Double { inputs.years[year - 2025].fertility.reduce(0, +) }
        #expect(
            isClose(tfr(2025), 1.0, relative: 1e-12) && isClose(tfr(2040), 1.25, relative: 1e-12)
                && isClose(tfr(2070), 1.5, relative: 1e-12))
        // The age pattern is the dataset's: 2040's rates are 1.25 × its shares.
        let pattern = try #require(try Self.catalog.dataset("taiwan").fertilityPattern)
        #expect(allClose(inputs.years[15].fertility, pattern[15].map { 1.25 * $0 }, relative: 1e-12))
    }

    @Test("A fertility pattern file spreads every year's TFR")
    func patternFile() throws {
        let dir = try Self.folder([
            "p.csv": "age,share\n28,0.5\n32,0.5\n",
            "s.toml": "extends = \"taiwan-medium\"\nfertility.tfr = 1.2\nfertility.pattern_csv = \"p.csv\"\n",
        ])
        let inputs = try Self.catalog.inputs(for: Self.catalog.scenario(dir.appendingPathComponent("s.toml").path))
        #expect(
            inputs.years.allSatisfy {
                $0.fertility[28] == 0.6 && $0.fertility[32] == 0.6 && $0.fertility.reduce(0, +) == 1.2
            })
        // With the dataset's own TFR path, only the pattern changes.
        var scenario = try Self.catalog.scenario("taiwan-medium")
        scenario.fertility = .dataset
        scenario.fertilityPattern = dir.appendingPathComponent("p.csv")
        let kept = try Self.catalog.inputs(for: scenario)
        #expect(isClose(kept.years[0].fertility[28], 0.860386 / 2, relative: 1e-9))
    }

    @Test("An extends cycle is caught")
    func cycle() throws {
        let dir = try Self.folder(["a.toml": "extends = \"b.toml\"\n", "b.toml": "extends = \"a.toml\"\n"])
        expectInputError("extends chains more than 16 scenarios; is there a cycle?") {
            _ = try Self.catalog.scenario(dir.appendingPathComponent("a.toml").path)
        }
    }

    @Test("Mortality improvement: the first year's rates falling 2% a year")
    func improvement() throws {
        var scenario = try Self.catalog.scenario("taiwan-medium")
        scenario.mortality = .improvement(0.02)
        let inputs = try Self.catalog.inputs(for: scenario)
        let own = try Self.catalog.dataset("taiwan").inputs.years
        guard case .deathRates(let first) = own[0].mortality.male,
            case .deathRates(let later) = inputs.years[10].mortality.male
        else {
            Issue.record("death rates")
            return
        }
        #expect(allClose(later, first.map { $0 * pow(0.98, 10) }, relative: 1e-12))
    }

    @Test("A life-expectancy path: each year's rates scaled to hit it")
    func lifeExpectancyTarget() throws {
        var scenario = try Self.catalog.scenario("taiwan-medium")
        scenario.mortality = .lifeExpectancy(female: .init([(2025, 84), (2070, 92)]), male: nil)
        let inputs = try Self.catalog.inputs(for: scenario)
        for (i, year) in inputs.years.enumerated() where [2025, 2040, 2070].contains(year.year) {
            guard case .deathRates(let m) = year.mortality.female else {
                Issue.record("death rates")
                return
            }
            let e0 = try LifeTable(deathRates: m, sex: .female).lifeExpectancyAtBirth
            #expect(abs(e0 - (84 + 8 * Double(year.year - 2025) / 45)) < 1e-6, "\(year.year): \(e0)")
            // Men keep the dataset's rates.
            #expect(year.mortality.male == (try Self.catalog.dataset("taiwan")).inputs.years[i].mortality.male)
        }
        // Scaling death rates cannot bring e(0) down to 15 years (old-age rates must stay below 1).
        scenario.mortality = .lifeExpectancy(female: .init(constant: 15), male: nil)
        do {
            _ = try Self.catalog.inputs(for: scenario)
            Issue.record("an unreachable life expectancy was accepted")
        } catch let error as InputError {
            #expect(error.key == "mortality.e0_female" && error.message.contains("cannot be reached"))
        }
    }

    @Test("A migration total spread by a profile file, or by the dataset's own migration; a migration file")
    func migration() throws {
        let dir = try Self.folder(["profile.csv": "sex,age,share\nfemale,25,3\nmale,30,1\n"])
        var scenario = try Self.catalog.scenario("taiwan-medium")
        scenario.migration = .total(.init(constant: 20_000), profile: dir.appendingPathComponent("profile.csv"))
        let inputs = try Self.catalog.inputs(for: scenario)
        let m = try #require(inputs.years[0].netMigrants)
        #expect(m.female[25] == 15_000 && m.male[30] == 5_000 && m.female.reduce(0, +) + m.male.reduce(0, +) == 20_000)

        scenario.migration = .total(.init([(2025, 0), (2035, 30_000)]), profile: nil)
        let spread = try Self.catalog.inputs(for: scenario)
        let total2030 = spread.years[5].netMigrants.map { $0.female.reduce(0, +) + $0.male.reduce(0, +) }
        #expect(isClose(try #require(total2030), 15_000, relative: 1e-9))

        var rows = "year,sex,age,net_migrants\n"
        for y in 2025...2026 {
            for s in ["female", "male"] {
                for a in 0...100 { rows += "\(y),\(s),\(a == 100 ? "100+" : String(a)),\(a == 20 ? 100 : 0)\n" }
            }
        }
        let file = try Self.folder(["m.csv": rows]).appendingPathComponent("m.csv")
        scenario.migration = .file(file)
        scenario.lastYear = 2026
        let fromFile = try Self.catalog.inputs(for: scenario)
        #expect(fromFile.years.allSatisfy { $0.netMigrants?.male[20] == 100 && $0.netMigrants?.male[21] == 0 })
        scenario.lastYear = 2027
        do {
            _ = try Self.catalog.inputs(for: scenario)
            Issue.record("a migration file without 2027 was accepted")
        } catch let error as InputError {
            #expect(error.message.contains("no rows for 2027"))
        }
    }

    @Test("A scenario on an input folder; a TFR spread by the folder's own fertility shape")
    func inputsFolder() throws {
        let fixture = repositoryRoot.appendingPathComponent("Tests/CohortCLITests/Fixtures/three-year")
        // Paths in a scenario stay inside its folder (issue 12, item 12): the input folder sits beside the file.
        let dir = try Self.folder(["s.toml": "inputs = \"three-year\"\nfertility.tfr = 1.8\nmigration.net = \"none\"\n"]
        )
        try FileManager.default.copyItem(at: fixture, to: dir.appendingPathComponent("three-year"))
        let scenario = try Self.catalog.scenario(dir.appendingPathComponent("s.toml").path)
        let inputs = try Self.catalog.inputs(for: scenario)
        // 2025's own rates are 0.5 and 0.4 at ages 1 and 2: shares 5/9 and 4/9 of 1.8.
        #expect(allClose(inputs.years[0].fertility, [0, 1.0, 0.8, 0], relative: 1e-12))
        #expect(inputs.years.allSatisfy { $0.netMigrants == nil })
    }

    @Test("The analysis section sets the working-age band and the retirement age")
    func analysis() throws {
        let s = try Scenario.parse(
            "dataset = \"taiwan\"\n[analysis]\nworking_age = [20, 66]\nretirement_age = 67\n", file: "a.toml",
            defaultName: "a")
        #expect(s.workingAge == 20...66 && s.retirementAge == 67)
        expectInputError("expected [first, last] ages, e.g. [15, 64]", key: "analysis.working_age", line: 2) {
            _ = try Scenario.parse(
                "dataset = \"taiwan\"\nanalysis.working_age = [64, 15]\n", file: "a.toml", defaultName: "a")
        }
    }
}
