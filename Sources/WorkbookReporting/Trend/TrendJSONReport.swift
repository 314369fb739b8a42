public import WorkbookComparison
import WorkbookSupport

/// An area's rounds over time (`workbook trend`) as JSON.
public struct TrendJSONReport: ReportRenderer {
    public static let identifier = "json"
    public static let fileExtension = "json"

    /// Creates the renderer.
    public init() {}

    /// The trend as json.
    public func render(_ subject: Trend, options: RenderOptions) -> String {
        TrendRenderer.json(subject).serialized()
    }
}
