public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as CSV.
public struct CompareCSVReport: ReportRenderer {
    public static let identifier = "csv"
    public static let fileExtension = "csv"

    /// Creates the renderer.
    public init() {}

    /// The compare as csv.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.csv(subject)
    }
}
