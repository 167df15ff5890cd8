import CohortKit
import CohortTestSupport
import Foundation
import Testing

@testable import CohortReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("SVG charts")
struct ChartTests {
    @Test("Coordinates print with at most two decimals; text is escaped")
    func writer() {
        #expect(SVGWriter.number(3) == "3")
        #expect(SVGWriter.number(2.5) == "2.5")
        #expect(SVGWriter.number(1.23456) == "1.23")
        #expect(SVGWriter.number(-0.001) == "0")
        #expect(SVGWriter.escape("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;")
        var svg = SVGWriter(width: 100, height: 50, title: "T & <U>", description: "d")
        svg.text("15–64 & 65+", x: 1, y: 2)
        let doc = SVG.parse(svg.finish())
        #expect(doc?.name == "svg")
        #expect(doc?.all("title").first?.stringValue == "T & <U>")
        #expect(doc?.all("text").first?.stringValue == "15–64 & 65+")
    }

    @Test("Nice axes by hand: steps of 1, 2 or 5 × 10^k")
    func niceAxes() {
        #expect(LinearScale.niceStep(span: 1_000, count: 5) == 200)
        #expect(LinearScale.niceStep(span: 340_000, count: 5) == 100_000)  // 68,000 → 100,000
        #expect(LinearScale.niceStep(span: 215_000, count: 5) == 50_000)  // 43,000 → 50,000
        let d = LinearScale.niceDomain(0, 215_000, count: 5)
        #expect(d.low == 0 && d.high == 250_000 && d.step == 50_000)
        let e = LinearScale.niceDomain(27.8, 86.7, count: 5)  // span 58.9 → 20
        #expect(e.low == 20 && e.high == 100 && e.step == 20)
        #expect(LinearScale.ticks(0, 1, step: 0.2).count == 6)
        let scale = LinearScale(domain: (0, 400), range: (370, 104))
        #expect(scale(100) == 370 - 266.0 / 4)
    }

    /// Ages 0…10, ω = 10: women 100·a (age 10+: 1,000), men half that.
    static func smallPopulation() -> BySex<[Double]> {
        BySex(female: (0...10).map { 100 * Double($0) }, male: (0...10).map { 50 * Double($0) })
    }

    @Test(
        "Pyramid: bar widths in proportion to persons on a 0–1,000 axis; the cohorts of the highlight coloured, the open group not"
    )
    func pyramid() throws {
        let chart = PyramidChart(
            panels: [
                .init(year: 2024, population: Self.smallPopulation()),
                .init(year: 2030, population: Self.smallPopulation()),
            ],
            highlights: [
                .init(label: "Born 2020–2021", birthYears: 2020...2021, colour: "#0072B2"),
                .init(label: "Born 2014–2019", birthYears: 2014...2019, colour: "#E69F00"),
            ],
            title: "Test pyramids", source: "Source: test")
        // Largest bar 1,000 → niceDomain(0, 1,000, 5) = 0…1,000.
        #expect(chart.axis.maximum == 1_000)
        let svg = try #require(SVG.parse(chart.svg()))
        let bars = svg.all("rect").filter { $0["data-age"] != nil }
        #expect(bars.count == 2 * 2 * 11)
        func bar(_ year: Int, _ sex: String, _ age: Int) throws -> XMLElement {
            let pyramid = try #require(svg.all("g").first { $0["data-year"] == String(year) })
            return try #require(pyramid.childElements.first { $0["data-sex"] == sex && $0["data-age"] == String(age) })
        }
        let half = PyramidChart.halfWidth, c0 = PyramidChart.centre(0)
        // Women aged 3 in 2024: 300 persons → 0.3 of the half width, starting at the centre.
        let w3 = try bar(2024, "female", 3)
        #expect(abs(w3.number("width")! - 0.3 * half) < 0.01)
        #expect(abs(w3.number("x")! - c0) < 0.01)
        #expect(w3["data-value"] == "300")
        // Men aged 3: 150 persons, drawn leftwards from the centre.
        let m3 = try bar(2024, "male", 3)
        #expect(abs(m3.number("width")! - 0.15 * half) < 0.01)
        #expect(abs(m3.number("x")! + m3.number("width")! - c0) < 0.01)
        // Rows: 11 ages share the plot height; age 0 at the bottom.
        let row = PyramidChart.plotHeight / 11
        #expect(
            abs(try bar(2024, "female", 0).number("y")! - (PyramidChart.plotTop + PyramidChart.plotHeight - row)) < 0.01
        )
        // 2024: ages 3–4 born 2020–2021 (blue), 5–10 born 2014–2019 (orange) except the open group 10+.
        #expect(try bar(2024, "female", 3)["fill"] == "#0072B2")
        #expect(try bar(2024, "female", 4)["fill"] == "#0072B2")
        #expect(try bar(2024, "female", 2)["fill"] == ChartStyle.neutral)
        #expect(try bar(2024, "male", 9)["fill"] == "#E69F00")
        #expect(try bar(2024, "male", 10)["fill"] == ChartStyle.neutral)
        // 2030: the same cohorts six years older (ages 9–10; 10 is the open group).
        #expect(try bar(2030, "female", 9)["fill"] == "#0072B2")
        #expect(try bar(2030, "female", 3)["fill"] == ChartStyle.neutral)
        // Title, legend, source.
        #expect(svg.all("text").contains { $0.stringValue == "Test pyramids" })
        #expect(svg.all("text").contains { $0.stringValue == "Born 2020–2021" })
        #expect(svg.all("text").contains { $0.stringValue == "Source: test" })
    }

    @Test(
        "Flows: a bar's height is its number on a 0–400,000 axis; wave years shaded; the policy line only over projected years"
    )
    func flows() throws {
        let years = (2020...2029).map { y in
            FlowsChart.Year(
                year: y, entrants: 150_000, leavers: y == 2025 ? 340_000 : 300_000,
                policyLeavers: y >= 2023 ? 200_000 : 300_000, registered: y <= 2022)
        }
        let chart = FlowsChart(
            years: years, bands: [.init(label: "Wave", years: 2024...2026, colour: "#0072B2")],
            entrantsLabel: "Entrants", leaversLabel: "Leavers", policyLabel: "At 67",
            title: "Flows", source: "Source: test")
        // Largest 340,000 → step 100,000 → 0…400,000.
        #expect(chart.axis.maximum == 400_000)
        let svg = try #require(SVG.parse(chart.svg()))
        let plot = FlowsChart.plotBottom - FlowsChart.plotTop
        func bar(_ year: Int, _ series: String) throws -> XMLElement {
            try #require(svg.all("rect").first { $0["data-year"] == String(year) && $0["data-series"] == series })
        }
        let l = try bar(2021, "leavers")
        #expect(abs(l.number("height")! - 0.75 * plot) < 0.01)
        #expect(abs(l.number("y")! + l.number("height")! - FlowsChart.plotBottom) < 0.01)
        #expect(abs(try bar(2025, "leavers").number("height")! - 0.85 * plot) < 0.01)
        #expect(abs(try bar(2021, "entrants").number("height")! - 0.375 * plot) < 0.01)
        // Leavers in the wave's years take its colour.
        #expect(try bar(2025, "leavers")["fill"] == "#0072B2")
        #expect(try bar(2023, "leavers")["fill"] != "#0072B2")
        // The band spans three slots from 2024's.
        let band = try #require(svg.all("rect").first { $0["class"] == "band" })
        #expect(abs(band.number("x")! - chart.slotStart(2024)) < 0.01)
        #expect(abs(band.number("width")! - 3 * chart.slot) < 0.01)
        // The policy line: two points per projected year (2023…2029), at 200,000 = half the plot.
        let policy = try #require(svg.all("polyline").first { $0["data-series"] == "policy-leavers" })
        let points = policy["points"]!.split(separator: " ")
        #expect(points.count == 14)
        let y = Double(points[0].split(separator: ",")[1])!
        #expect(abs(y - (FlowsChart.plotBottom - 0.5 * plot)) < 0.01)
    }

    @Test("Working age: a value lands at its height on a 0–20 million axis; fans only when given")
    func workingAge() throws {
        let series = WorkingAgeChart.Series(
            name: "main", years: [2024, 2025, 2026], working: [16_000_000, 10_000_000, 12_000_000],
            dependency: [30, 40, 50])
        let plain = WorkingAgeChart(series: [series], title: "W", source: "S")
        #expect(plain.workingAxis.low == 0 && plain.workingAxis.high == 20_000_000)
        let svg = try #require(SVG.parse(plain.svg()))
        #expect(svg.all("polygon").isEmpty)
        let line = try #require(svg.all("polyline").first { $0["data-panel"] == "working" })
        let vertex = line["points"]!.split(separator: " ")[1].split(separator: ",").map { Double($0)! }
        // 2025 is the middle of 2024…2026; 10 million is half of the axis.
        #expect(abs(vertex[0] - (WorkingAgeChart.plotLeft + WorkingAgeChart.plotRight) / 2) < 0.01)
        #expect(
            abs(
                vertex[1]
                    - (WorkingAgeChart.workingBottom - 0.5
                        * (WorkingAgeChart.workingBottom - WorkingAgeChart.workingTop))) < 0.01)

        let fan = WorkingAgeChart.Fan(
            label: "test", years: [2025, 2026], working: [(9e6, 9.5e6, 10.5e6, 11e6), (11e6, 11.5e6, 12.5e6, 13e6)],
            dependency: [(35, 38, 42, 45), (45, 48, 52, 55)])
        let withFan = try #require(
            SVG.parse(WorkingAgeChart(series: [series], fan: fan, title: "W", source: "S").svg()))
        let polygons = withFan.all("polygon")
        #expect(Set(polygons.map { $0["data-interval"]! }) == ["80", "95"])
        #expect(polygons.count == 4)
    }
}
