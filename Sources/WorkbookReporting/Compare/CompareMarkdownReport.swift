public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as Markdown.
public struct CompareMarkdownReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "markdown"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "md"

    /// Creates the renderer.
    public init() {}

    /// The comparison as Markdown.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.markdown(subject)
    }
}
