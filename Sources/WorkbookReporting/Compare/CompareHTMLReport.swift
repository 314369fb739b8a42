public import WorkbookComparison
import WorkbookSupport

/// A comparison of areas (`workbook compare`) as HTML.
public struct CompareHTMLReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "html"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "html"

    /// Creates the renderer.
    public init() {}

    /// The comparison as HTML.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.html(subject).markup
    }
}
