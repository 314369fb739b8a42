public import WorkbookComparison
import WorkbookSupport

/// A comparison of areas (`workbook compare`) as JSON.
public struct CompareJSONReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "json"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "json"

    /// Creates the renderer.
    public init() {}

    /// The comparison as JSON.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.json(subject).serialized()
    }
}
