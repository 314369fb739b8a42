public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as CSV.
public struct TrendCSVReport: ReportRenderer {
    public static let identifier = "csv"
    public static let fileExtension = "csv"

    /// Creates the renderer.
    public init() {}

    /// The trend as csv.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.csv(subject)
    }
}
