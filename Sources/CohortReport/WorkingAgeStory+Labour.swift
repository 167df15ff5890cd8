import CohortKit

extension WorkingAgeStory {
    /// "Workers": the labour force by scenario, what would hold it, and who
    /// leaves and enters, when the main scenario has participation rates; nil otherwise.
    func workersSection() -> HTMLReport.Section? {
        let main = scenarios[0], a = main.analysis
        guard let labour = a.options.labour, let base = a.indicators.first, let baseLF = base.labour else {
            return nil
        }
        let years = a.result.years, band = a.options.workingAge
        var paragraphs: [String] = []
        if let last = a.indicators(in: years.upperBound)?.labour {
            let change = StoryWords.change(from: baseLF.total, to: last.total)
            var s =
                "Under \(main.name) the labour force (the population times participation rates by age) \(change.verb) from \(StoryWords.persons(baseLF.total)) at the end of \(base.year) to \(StoryWords.persons(last.total)) in \(years.upperBound)"
            s += change.fraction == 0 || abs(change.fraction) < 0.005 ? ". " : " (\(change.amount)). "
            s +=
                "Participation \(band.lowerBound)+ goes from \(NumberFormat.decimal(100 * baseLF.participation, places: 1))% to \(NumberFormat.decimal(100 * last.participation, places: 1))%, and the workers per person aged \(band.upperBound + 1)+ from \(NumberFormat.decimal(baseLF.workersPerOld, places: 2)) to \(NumberFormat.decimal(last.workersPerOld, places: 2))."
            paragraphs.append(s)
        }
        let holdBand = 55...69
        let target = [2030, 2040, 2050].filter { years.contains($0) && $0 > base.year }
        let required = a.requiredParticipation(band: holdBand, holding: base.year, years: target) ?? []
        if let r = required.first(where: { $0.year == 2040 }) ?? required.last {
            paragraphs.append(
                "To keep the labour force at its \(base.year) level in \(r.year), \(NumberFormat.decimal(100 * r.needed, places: 0))% of people aged \(holdBand.lowerBound)–\(holdBand.upperBound) would have to be in it, against \(NumberFormat.decimal(100 * r.participation, places: 0))% at the scenario's rates: \(StoryWords.persons(r.shortfall)) more workers."
            )
        }
        paragraphs.append(SummaryReport.labourNote(labour))
        var tables: [HTMLReport.Table] = [
            .init(
                caption: "The labour force by scenario", table: byScenario(.labourForce),
                note: "Persons at \(main.populationDate).")
        ]
        if samePlace.count > 1 {
            tables.append(
                .init(
                    caption: "Participation \(band.lowerBound)+ by scenario", table: byScenario(.participation),
                    note: "The labour force over the population \(band.lowerBound)+."))
        }
        if let t = a.requiredParticipationTable(band: holdBand, holding: base.year, years: target) {
            tables.append(
                .init(
                    caption:
                        "The participation at \(holdBand.lowerBound)–\(holdBand.upperBound) that would hold the labour force at its \(base.year) level, \(main.name)",
                    table: t,
                    note:
                        "Needed = (the \(base.year) labour force − the labour force at other ages) / the population \(holdBand.lowerBound)–\(holdBand.upperBound)."
                ))
        }
        var periods: [ClosedRange<Int>] = []
        var start = base.year + 1
        while start <= years.upperBound {
            let end = Swift.min(((start - 1) / 10 + 1) * 10, years.upperBound)
            periods.append(start...end)
            start = end + 1
        }
        tables.append(
            .init(
                caption: "People leaving working age and people entering it, \(main.name)",
                table: a.labourPeriodsTable(periods),
                note:
                    "Sums over the years. Leavers reach the retirement age (\(a.options.retirementAge)), entrants \(band.lowerBound); the labour-force entrants and exits move into ages of higher or lower participation."
            ))
        return .init(heading: "Workers: the labour force", paragraphs: paragraphs, tables: tables)
    }
}
