import CohortKit

extension Provenance {
    /// The bundled Taiwan dataset's provenance, written as `data/taiwan/sources.toml`
    /// (the same sources as the table in `data/README.md`).
    static let taiwan = Provenance(
        place: "Taiwan",
        sources: [
            Source(
                name: "moi", folder: "moi/",
                credit: "registered population, births and deaths (Ministry of the Interior, Taiwan)",
                source:
                    "Ministry of the Interior, household registration (data.gov.tw datasets 10191 and 10197, as republished "
                    + "in aszero/taiwan_population); registered (de jure) population, Taiwan–Fukien area",
                licence: "Government Open Data License, Taiwan, version 1.0"),
            Source(
                name: "wpp2024", folder: "wpp2024/",
                credit: "UN World Population Prospects 2024 assumptions",
                source: "United Nations, DESA, Population Division, World Population Prospects 2024, location 158, "
                    + "via the R package PPgp/wpp2024; de facto population; counts in thousands",
                licence:
                    "CC BY 3.0 IGO (\"Source: United Nations, DESA, Population Division. World Population Prospects 2024.\")"
            ),
        ])
}
