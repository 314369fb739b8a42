public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as Markdown.
public struct CompareMarkdownReport: ReportRenderer {
    public static let identifier = "markdown"
    public static let fileExtension = "md"

    /// Creates the renderer.
    public init() {}

    /// The compare as Markdown.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.markdown(subject)
    }
}
