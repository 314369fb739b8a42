public import WorkbookComparison
import WorkbookSupport

/// An area's rounds over time (`workbook trend`) as JSON.
public struct TrendJSONReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "json"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "json"

    /// Creates the renderer.
    public init() {}

    /// The trend as JSON.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.json(subject).serialized()
    }
}
