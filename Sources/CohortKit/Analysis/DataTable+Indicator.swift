extension DataTable.Kind {
    /// The kind of an indicator, from its unit (signed for net migrants).
    public static func of(_ indicator: Indicator) -> DataTable.Kind { .of(indicator.unit, signed: indicator.isSigned) }
}

extension DataTable.Column {
    /// The column of an indicator: its name and title under `options`' band, its unit's kind.
    public static func indicator(_ indicator: Indicator, _ options: AnalysisOptions) -> DataTable.Column {
        DataTable.Column(indicator.name(options), indicator.title(options), .of(indicator))
    }
}
