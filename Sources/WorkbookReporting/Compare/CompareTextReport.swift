public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as plain text.
public struct CompareTextReport: ReportRenderer {
    public static let identifier = "text"
    public static let fileExtension = "txt"

    /// Creates the renderer.
    public init() {}

    /// The compare as text.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.text(subject, options: options)
    }
}
