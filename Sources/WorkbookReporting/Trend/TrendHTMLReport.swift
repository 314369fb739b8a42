public import WorkbookComparison
import WorkbookSupport

/// An area's rounds over time (`workbook trend`) as HTML.
public struct TrendHTMLReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "html"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "html"

    /// Creates the renderer.
    public init() {}

    /// The trend as HTML.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.html(subject).markup
    }
}
