import WorkbookComparison
import WorkbookModel
import WorkbookRules
import WorkbookScoring

/// A report format: a pure function from what is reported to text.
///
/// One shape for every report: a single round (`Report`), a comparison of areas
/// (`Comparison`) and an area's trend over rounds (`Trend`) each have a renderer per format,
/// and `ReportFormat` gives the one for a format. A conformer must be deterministic (same
/// input, same bytes) and must escape every text that came from a user's file in the way its
/// format needs; every format has a golden file per example under reports/.
public protocol ReportRenderer<Subject>: Sendable {
    /// What it renders: `Report`, `Comparison` or `Trend`.
    associatedtype Subject
    /// The format's name on the command line (`--format text`).
    static var identifier: String { get }
    /// The file extension for `reports/` (`txt`, `json`).
    static var fileExtension: String { get }
    /// The subject as text.
    func render(_ subject: Subject, options: RenderOptions) -> String
}

extension ReportRenderer {
    /// The subject as text, with the default options.
    public func render(_ subject: Subject) -> String { render(subject, options: RenderOptions()) }
}
