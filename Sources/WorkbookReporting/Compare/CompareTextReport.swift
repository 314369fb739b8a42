public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as plain text.
public struct CompareTextReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "text"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "txt"

    /// Creates the renderer.
    public init() {}

    /// The comparison as plain text.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.text(subject, options: options)
    }
}
