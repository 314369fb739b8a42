public import WorkbookComparison

/// A comparison of areas (`workbook compare`) as CSV.
public struct CompareCSVReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "csv"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "csv"

    /// Creates the renderer.
    public init() {}

    /// The comparison as CSV.
    public func render(_ subject: Comparison, options: RenderOptions) -> String {
        CompareRenderer.csv(subject)
    }
}
