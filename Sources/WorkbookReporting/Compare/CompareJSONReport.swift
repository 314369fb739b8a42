public import WorkbookComparison
import WorkbookSupport

/// A comparison of areas (`workbook compare`) as JSON.
public struct CompareJSONReport: ReportRenderer {
    public static let identifier = "json"
    public static let fileExtension = "json"

    /// Creates the renderer.
    public init() {}

    /// The compare as json.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.json(subject).serialized()
    }
}
