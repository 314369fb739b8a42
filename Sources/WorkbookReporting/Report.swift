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
