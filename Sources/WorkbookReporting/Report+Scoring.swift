import WorkbookComparison
public import WorkbookModel
public import WorkbookRules
import WorkbookScoring

extension Report {
    /// Scores a response, runs its workbook's compiled rules, and returns everything a report
    /// shows: the one place both `workbook report` (through `WorkbookPipeline.report`) and
    /// the wasm kernel in the form (Wasm/) make a report.
    ///
    /// - Parameters:
    ///   - response: the response, checked against `workbook`.
    ///   - workbook: the workbook it answers.
    ///   - rules: the workbook's rules, compiled (`RuleCompiler.compile`).
    ///   - previous: the same area's earlier round, for change over time, `previous.` in
    ///     rules, and the targets it set.
    /// - Returns: the scores, the findings and, with `previous`, the review of its actions.
    public static func scoring(
        _ response: Response, of workbook: Workbook, rules: [CompiledRule], previous: Response? = nil
    ) -> Report {
        let earlier = previous.map { Scorer.assess(workbook, $0) }
        let assessment = Scorer.assess(workbook, response, previous: earlier)
        let outcome = RuleEngine.evaluate(rules, in: assessment.ruleContext(previous: earlier))
        var report = Report(assessment: assessment, findings: outcome.findings, notEvaluated: outcome.notEvaluated)
        if let earlier, !earlier.response.actions.isEmpty || !response.actions.isEmpty {
            report.actionReview = ActionReview.review(
                AreaSummary(earlier, file: ""), against: AreaSummary(assessment, file: ""), scale: workbook.scale)
        }
        return report
    }
}
