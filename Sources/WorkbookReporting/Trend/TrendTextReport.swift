public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as plain text.
public struct TrendTextReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "text"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "txt"

    /// Creates the renderer.
    public init() {}

    /// The trend as plain text.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.text(subject, options: options)
    }
}
