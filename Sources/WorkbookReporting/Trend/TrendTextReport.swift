public import WorkbookComparison

/// An area's rounds over time (`workbook trend`) as plain text.
public struct TrendTextReport: ReportRenderer {
    public static let identifier = "text"
    public static let fileExtension = "txt"

    /// Creates the renderer.
    public init() {}

    /// The trend as text.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.text(subject, options: options)
    }
}
