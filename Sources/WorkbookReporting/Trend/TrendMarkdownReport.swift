public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as Markdown.
public struct TrendMarkdownReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "markdown"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "md"

    /// Creates the renderer.
    public init() {}

    /// The trend as Markdown.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.markdown(subject)
    }
}
