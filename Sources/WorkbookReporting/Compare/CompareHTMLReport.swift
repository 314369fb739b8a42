public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as HTML.
public struct CompareHTMLReport: ReportRenderer {
    public static let identifier = "html"
    public static let fileExtension = "html"

    /// Creates the renderer.
    public init() {}

    /// The compare as html.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.html(subject)
    }
}
