public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as CSV.
public struct TrendCSVReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "csv"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "csv"

    /// Creates the renderer.
    public init() {}

    /// The trend as CSV.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.csv(subject)
    }
}
