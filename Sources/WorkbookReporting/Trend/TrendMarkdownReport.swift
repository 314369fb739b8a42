public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as Markdown.
public struct TrendMarkdownReport: ReportRenderer {
    public static let identifier = "markdown"
    public static let fileExtension = "md"

    /// Creates the renderer.
    public init() {}

    /// The trend as Markdown.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.markdown(subject)
    }
}
