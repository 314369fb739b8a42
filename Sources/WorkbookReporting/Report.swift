public import WorkbookComparison
public import WorkbookModel
public import WorkbookRules
public import WorkbookScoring

/// Everything one report shows: the scores and what the rules found.
///
/// Renderers are pure functions of this value and a `RenderOptions`; nothing they print
/// depends on the clock, the locale or dictionary order.
public struct Report: Sendable, Equatable {
    /// The scored response.
    public var assessment: Assessment
    /// What the rules found, in rule order then item order.
    public var findings: [Finding]
    /// Rule instances that could not be evaluated, and why.
    public var notEvaluated: [NotEvaluated]
    /// With `--previous`: the earlier round's open actions judged against this round (when
    /// either round lists actions).
    public var actionReview: ActionReview? = nil

    /// Creates a report.
    public init(assessment: Assessment, findings: [Finding], notEvaluated: [NotEvaluated]) {
        self.assessment = assessment
        self.findings = findings
        self.notEvaluated = notEvaluated
    }

    /// The findings at a severity or above, most severe first, otherwise in rule order.
    public func findings(atLeast severity: Rule.Severity) -> [Finding] {
        findings.enumerated()
            .filter { $0.element.severity >= severity }
            .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }
            .map({ $0.element })
    }
}

/// What a renderer may be told beyond the report itself.
public struct RenderOptions: Sendable, Equatable {
    /// ANSI colour in text output (only on a terminal, never with NO_COLOR).
    public var colour: Bool

    /// Creates options.
    public init(colour: Bool = false) {
        self.colour = colour
    }
}

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

/// The report formats `workbook report` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case markdown
    case csv
    case html
}
