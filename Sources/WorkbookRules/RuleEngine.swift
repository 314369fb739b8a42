import WorkbookSupport
import WorkbookModel

/// Runs compiled rules against the figures of one assessment.
///
/// Pipeline stage after scoring: `[CompiledRule]` + `RuleContext` → findings. Pure and
/// total: every rule instance either fires, does not fire, or is *not evaluated* with a
/// reason; nothing throws and nothing loops without bound.
public enum RuleEngine {
    /// Runs every compiled rule against the context; findings in rule order then item order.
    ///
    /// - Parameters:
    ///   - rules: the rules, from `RuleCompiler.compile`.
    ///   - context: the figures, from Scoring (with the previous round's, if given).
    /// - Returns: the findings of the rules that fired, and the instances that could not be
    ///   evaluated, both in rule order and then workbook order of the `for_each` items.
    public static func evaluate(
        _ rules: [CompiledRule], in context: RuleContext
    ) -> (findings: [Finding], notEvaluated: [NotEvaluated]) {
        var findings: [Finding] = []
        var notEvaluated: [NotEvaluated] = []
        var remaining = Limits.totalSteps
        // The compiler bounds rules × items; the response cannot add items, but the values a
        // message fills in can make its text far longer than written, so both are counted here.
        var textBytes = 0
        for (index, compiled) in rules.enumerated() {
            let rule = compiled.rule
            // Each record made optional one by one: an array upcast ([T] as [T?]) is a run-time
            // cast, which the wasm kernel's Embedded Swift does not have.
            var subjects: [RuleRecord?] = [nil]
            if let forEach = rule.forEach { subjects = context.records(forEach.recordKind).map { Optional($0) } }
            for (position, subject) in subjects.enumerated() {
                if findings.count + notEvaluated.count >= Limits.reportEntries - 1
                    || textBytes >= Limits.reportTextBytes
                {
                    let left =
                        subjects.count - position
                        + rules[(index + 1)...]
                        .reduce(0) { total, later in
                            total + (later.rule.forEach.map { context.records($0.recordKind).count } ?? 1)
                        }
                    let limit =
                        textBytes >= Limits.reportTextBytes
                        ? "\(NumberFormatting.bytes(Limits.reportTextBytes)) of findings' text"
                        : "\(Limits.reportEntries) entries"
                    notEvaluated.append(
                        NotEvaluated(
                            rule: rule.id, subjectID: subject?.id,
                            reason:
                                "the report is cut here: it holds at most \(limit), so this and \(left - 1) more rule instances were not evaluated"
                        ))
                    return (findings, notEvaluated)
                }
                var evaluator = Evaluator(context: context, subject: subject, budget: remaining)
                defer { remaining = max(0, remaining - evaluator.steps) }
                do throws(Unevaluable) {
                    guard try evaluator.condition(compiled.condition) else { continue }
                } catch {
                    notEvaluated.append(
                        NotEvaluated(
                            rule: rule.id, subjectID: subject?.id, reason: error.reason,
                            needsPrevious: error.needsPrevious))
                    continue
                }
                let message = compiled.message.render(with: &evaluator, limit: Limits.reportTextBytes - textBytes)
                let recommendation = compiled.recommendation?
                    .render(
                        with: &evaluator, limit: Limits.reportTextBytes - textBytes - message.utf8.count)
                textBytes += message.utf8.count + (recommendation?.utf8.count ?? 0)
                findings.append(
                    Finding(
                        rule: rule.id, severity: rule.severity, subject: rule.forEach, subjectID: subject?.id,
                        element: element(of: subject, subject: rule.forEach),
                        message: message, recommendation: recommendation))
            }
        }
        return (findings, notEvaluated)
    }

    /// The element a `for_each` item is about.
    private static func element(of record: RuleRecord?, subject: Rule.Subject?) -> String? {
        guard let record else { return nil }
        switch subject {
        case .element?: return record.id
        case .question?:
            if case .value(.text(let element))? = record["element"] { return element }
            return nil
        case .group?, nil: return nil
        }
    }
}
