import CohortKit
import Foundation

/// How the stochastic models fit: their parameters, the life expectancy of
/// the Lee–Carter path against the scenario's, and the TFR intervals against
/// the UN's.
public enum StochasticModelReport {
    /// One row per parameter: model, parameter, value, remark.
    public static func parameters(_ model: StochasticModel) -> DataTable {
        // " every 5 years" when the fitted years are not consecutive.
        func step(_ years: [Int]) -> String {
            years.count > 1 && years[1] - years[0] > 1 ? " every \(years[1] - years[0]) years" : ""
        }
        var t = DataTable([
            .init("model", "Model", .text), .init("parameter", "Parameter", .text),
            .init("value", "Value", .decimal(4)), .init("remark", "Remark", .text),
        ])
        for sex in Sex.allCases {
            let lc = model.mortality[sex]
            let name = "Lee–Carter, \(sex)"
            let span =
                "\(lc.years.first!)–\(lc.years.last!)\(step(lc.years)), \(model.mortalitySource.words), ages 0–\(model.mortalityGroupAge - 1) and \(model.mortalityGroupAge)+"
            t.append([.text(name), .text("variance_explained"), .number(lc.varianceExplained), .text(span)])
            t.append([
                .text(name), .text("drift"), .number(lc.drift),
                .text("k per year; standard error \(NumberFormat.decimal(lc.driftSE, places: 4))"),
            ])
            t.append([.text(name), .text("innovation_sd"), .number(lc.innovationSD), .text("k per year")])
        }
        t.append([
            .text("Lee–Carter"), .text("correlation"), .number(model.mortalityCorrelation),
            .text("of the sexes' annual steps of k"),
        ])
        let c = model.coherentMortality
        t.append([
            .text("Coherent, common"), .text("drift"), .number(c.common.drift),
            .text("K per year; standard error \(NumberFormat.decimal(c.common.driftSE, places: 4))"),
        ])
        t.append([
            .text("Coherent, common"), .text("innovation_sd"), .number(c.common.innovationSD), .text("K per year"),
        ])
        for sex in Sex.allCases {
            t.append([
                .text("Coherent, \(sex)"), .text("variance_explained"), .number(c.varianceExplained[sex]),
                .text("by B·K + b·k of this sex"),
            ])
            t.append([
                .text("Coherent, \(sex)"), .text("persistence"), .number(c.ar[sex].persistence),
                .text(
                    abs(c.ar[sex].persistence) < 1
                        ? "AR(1) of the sex factor k: reverts, so the sexes stay in step"
                        : "AR(1) of k: does not revert; not coherent"),
            ])
            t.append([
                .text("Coherent, \(sex)"), .text("innovation_sd"), .number(c.ar[sex].innovationSD), .text("k per year"),
            ])
        }
        let f = model.fertility
        let fYears =
            "\(f.years.lowerBound)–\(f.years.upperBound), logit of TFR in \(NumberFormat.decimal(f.bounds.lowerBound, places: 1))–\(NumberFormat.decimal(f.bounds.upperBound, places: 1))"
        t.append([.text("TFR AR(1)"), .text("persistence"), .number(f.ar.persistence), .text(fYears)])
        t.append([
            .text("TFR AR(1)"), .text("innovation_sd"), .number(f.ar.innovationSD), .text("logit units per year"),
        ])
        t.append([
            .text("TFR AR(1)"), .text("long_run_tfr"), .number(f.fittedLongRunTFR),
            .text("the history's level; not used (the scenario is the centre)"),
        ])
        let m = model.migration
        t.append([
            .text("Migration AR(1)"), .text("persistence"), .number(m.ar.persistence),
            .text("\(m.years.lowerBound)–\(m.years.upperBound), total net migrants"),
        ])
        t.append([
            .text("Migration AR(1)"), .text("innovation_sd"), .numberAs(m.ar.innovationSD, .persons),
            .text("persons per year"),
        ])
        t.append([
            .text("Migration AR(1)"), .text("level"), .numberAs(m.ar.level, .signedPersons),
            .text("the history's level; not used (the scenario is the centre)"),
        ])
        t.append([
            .text("TFR and migration"), .text("correlation"), .number(model.fertilityMigrationCorrelation),
            .text("of the two AR(1)s' innovations in the years both saw; used with --correlate-shocks"),
        ])
        return t
    }

    /// e(0) by sex in `years`: the expected paths of Lee–Carter by sex and of
    /// the coherent model (jump-off rates, factors at their expected values)
    /// against the scenario's death rates.
    ///
    /// - Throws: ``LifeTableError`` for rates no life table accepts.
    public static func lifeExpectancy(
        _ model: StochasticModel, inputs: ProjectionInputs, years: [Int]
    ) throws -> DataTable {
        var t = DataTable([
            .init("year", "Year", .year),
            .init("e0_female_lee_carter", "e(0) women, Lee–Carter", .decimal(2)),
            .init("e0_female_coherent", "e(0) women, coherent", .decimal(2)),
            .init("e0_female_scenario", "e(0) women, scenario", .decimal(2)),
            .init("e0_male_lee_carter", "e(0) men, Lee–Carter", .decimal(2)),
            .init("e0_male_coherent", "e(0) men, coherent", .decimal(2)),
            .init("e0_male_scenario", "e(0) men, scenario", .decimal(2)),
        ])
        for year in years {
            guard let inputYear = inputs.years.first(where: { $0.year == year }) else { continue }
            var row: [DataTable.Value] = [.number(Double(year))]
            for sex in [Sex.female, .male] {
                for kind in MortalityModelKind.allCases {
                    let rates = model.expectedDeathRates(
                        sex: sex, yearsAfterJumpOff: year - model.jumpOffYear, kind: kind)
                    row.append(.number(try LifeTable(deathRates: rates, sex: sex).lifeExpectancyAtBirth))
                }
                if case .deathRates(let m) = inputYear.mortality[sex] {
                    row.append(.number(try LifeTable(deathRates: m, sex: sex).lifeExpectancyAtBirth))
                } else {
                    row.append(.missing)
                }
            }
            t.append(row)
        }
        return t
    }

    /// The model's 80% and 95% TFR intervals around the TFRs of `inputs`
    /// (the scenario's), against the published ones (`published`, e.g. the
    /// UN's, see ``Dataset/tfrIntervals``), in `years`.
    public static func tfrIntervals(
        _ model: StochasticModel, inputs: ProjectionInputs, published: [Int: TFRInterval],
        years: [Int]
    ) -> DataTable {
        var t = DataTable([
            .init("year", "Year", .year), .init("tfr", "TFR", .decimal(3)),
            .init("model_lower_80", "Model 80% low", .decimal(3)),
            .init("model_upper_80", "Model 80% high", .decimal(3)),
            .init("un_lower_80", "UN 80% low", .decimal(3)), .init("un_upper_80", "UN 80% high", .decimal(3)),
            .init("model_lower_95", "Model 95% low", .decimal(3)),
            .init("model_upper_95", "Model 95% high", .decimal(3)),
            .init("un_lower_95", "UN 95% low", .decimal(3)), .init("un_upper_95", "UN 95% high", .decimal(3)),
        ])
        guard let firstYear = inputs.years.first?.year else { return t }
        for year in years {
            guard let c = inputs.years.first(where: { $0.year == year })?.totalFertilityRate else { continue }
            let steps = year - firstYear + 1
            let i80 = model.fertility.interval(centre: c, steps: steps, probability: 0.8)
            let i95 = model.fertility.interval(centre: c, steps: steps, probability: 0.95)
            let un = published[year]
            t.append([
                .number(Double(year)), .number(c),
                .number(i80.lowerBound), .number(i80.upperBound),
                DataTable.value(un?.eighty.lowerBound), DataTable.value(un?.eighty.upperBound),
                .number(i95.lowerBound), .number(i95.upperBound),
                DataTable.value(un?.ninetyFive.lowerBound), DataTable.value(un?.ninetyFive.upperBound),
            ])
        }
        return t
    }
}
