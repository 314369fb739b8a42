public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as HTML.
public struct TrendHTMLReport: ReportRenderer {
    public static let identifier = "html"
    public static let fileExtension = "html"

    /// Creates the renderer.
    public init() {}

    /// The trend as html.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.html(subject)
    }
}
