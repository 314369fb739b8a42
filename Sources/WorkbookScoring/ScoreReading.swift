public import WorkbookModel

/// A score read three ways: on the scale, as a percentage of its range, and as a band.
public struct ScoreReading: Sendable, Equatable {
    /// The score on the scale's units, full precision.
    public var score: Double
    /// (score − min) / (max − min) × 100.
    public var percent: Double
    /// The band it falls in.
    public var band: Band?

    /// Reads a score against a workbook's scale and bands.
    public init(_ score: Double, in workbook: Workbook) {
        self.score = score
        self.percent = workbook.scale.percent(score)
        self.band = workbook.band(for: score)
    }
}
