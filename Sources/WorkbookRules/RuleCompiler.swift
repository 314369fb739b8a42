import WorkbookSupport
public import WorkbookDiagnostics
public import WorkbookModel

/// Parses and type-checks a workbook's rules, so no rule can fail at report time.
///
/// Pipeline stage "compile rules": `Workbook` → `[CompiledRule]` + diagnostics. Every
/// diagnostic points at the exact line and column inside the YAML value it is about
/// (`SourceText.location(ofOffset:)`), quotes and all.
public enum RuleCompiler {
    /// Parses and type-checks every rule of the workbook (when, message, recommendation templates).
    ///
    /// Also checks the model: a condition that can never be true on this workbook
    /// (`score > 10` on a 0-4 scale) gives a `rule.never-fires` warning, and one that reads
    /// no score at all a `rule.constant` warning.
    ///
    /// - Parameter workbook: the loaded workbook.
    /// - Returns: the rules that compiled without errors, in workbook order, and every
    ///   diagnostic (errors and warnings) in the order found.
    public static func compile(_ workbook: Workbook) -> (rules: [CompiledRule], diagnostics: [Diagnostic]) {
        var checker = TypeChecker(workbook: workbook)
        var rules: [CompiledRule] = []
        var diagnostics: [Diagnostic] = []
        var size = ReportSize()
        for rule in workbook.rules {
            let (compiled, found) = compile(rule, in: workbook, checker: &checker)
            diagnostics += found
            guard let compiled else { continue }
            if let problem = size.add(rule, in: workbook) {
                diagnostics.append(problem)
                continue
            }
            rules.append(compiled)
        }
        return (rules, diagnostics)
    }

    /// The most a report can hold from the rules so far: one entry per rule instance, and the
    /// literal text of its message and recommendation for each (values filled in only add).
    struct ReportSize {
        var entries = 0
        var textBytes = 0

        /// Adds a rule; a `rule.report-too-large` error (and the rule left out) when it would
        /// pass a limit.
        mutating func add(_ rule: Rule, in workbook: Workbook) -> Diagnostic? {
            let instances: Int
            let what: String
            switch rule.forEach {
            case .element?: (instances, what) = (workbook.elements.count, "element")
            case .group?: (instances, what) = (workbook.groups.count, "group")
            case .question?: (instances, what) = (workbook.questions.count, "question")
            case nil: (instances, what) = (1, "")
            }
            let literal = rule.message.text.utf8.count + (rule.recommendation?.text.utf8.count ?? 0)
            let (text, overflow) = instances.multipliedReportingOverflow(by: literal)
            let runs =
                rule.forEach == nil ? "" : "runs once per \(what) (\(instances) times); with the rules before it, it "
            if entries + instances > Limits.reportEntries {
                return .error(
                    .ruleReportTooLarge,
                    "this rule \(runs)could fill a report with \(entries + instances) findings; the limit is \(Limits.reportEntries)",
                    at: rule.location, hint: "use fewer rules, or for_each over groups rather than questions")
            }
            if overflow || textBytes + text > Limits.reportTextBytes {
                return .error(
                    .ruleReportTooLarge,
                    "this rule \(runs)could fill a report with more than \(NumberFormatting.bytes(Limits.reportTextBytes)) of messages; that is the limit",
                    at: rule.location, hint: "shorten its message and recommendation")
            }
            entries += instances
            textBytes += text
            return nil
        }
    }

    /// Compiles one rule; nil when it has an error.
    static func compile(
        _ rule: Rule, in workbook: Workbook, checker: inout TypeChecker
    ) -> (CompiledRule?, [Diagnostic]) {
        let scope = TypeChecker.Scope(subject: rule.forEach?.recordKind)
        var diagnostics: [Diagnostic] = []
        var condition: TypedExpression?
        switch expression(rule.when.text, in: scope, checker: &checker, condition: true) {
        case .success(let typed): condition = typed
        case .failure(let errors): diagnostics += errors.map { $0.diagnostic(in: rule.when) }
        }
        let message = template(rule.message, in: scope, checker: &checker, diagnostics: &diagnostics)
        var recommendation: Template?
        if let text = rule.recommendation {
            recommendation = template(text, in: scope, checker: &checker, diagnostics: &diagnostics)
        }
        guard let condition, let message, rule.recommendation == nil || recommendation != nil,
            !diagnostics.containsErrors
        else { return (nil, diagnostics) }
        diagnostics += ModelChecks.check(condition, text: rule.when.text, in: workbook)
            .map { $0.diagnostic(in: rule.when) }
        return (
            CompiledRule(rule: rule, condition: condition, message: message, recommendation: recommendation),
            diagnostics
        )
    }

    /// Parses and checks one expression; every error, located by offset in `text`.
    static func expression(
        _ text: String, in scope: TypeChecker.Scope, checker: inout TypeChecker, condition: Bool
    ) -> Result<TypedExpression, Errors> {
        let parsed: Expression
        do throws(RuleError) {
            parsed = try Parser.parse(text)
        } catch {
            return .failure(Errors([error]))
        }
        let typed: TypedExpression?
        if condition {
            typed = checker.condition(parsed, in: scope, what: "the condition")
        } else {
            typed = checker.check(parsed, in: scope)?.expression
        }
        let errors = checker.takeErrors()
        guard let typed, errors.isEmpty else { return .failure(Errors(errors)) }
        return .success(typed)
    }

    /// Compiles a message or recommendation; nil when it has an error (added to `diagnostics`).
    private static func template(
        _ text: SourceText, in scope: TypeChecker.Scope, checker: inout TypeChecker, diagnostics: inout [Diagnostic]
    ) -> Template? {
        let pieces: [Template.Piece]
        do throws(RuleError) {
            pieces = try Template.split(text.text)
        } catch {
            diagnostics.append(error.diagnostic(in: text))
            return nil
        }
        var parts: [Template.Part] = []
        var failed = false
        for piece in pieces {
            switch piece {
            case .literal(let literal):
                parts.append(.literal(literal))
            case .expression(let source, let offset):
                switch expression(source, in: scope, checker: &checker, condition: false) {
                case .success(let typed): parts.append(.expression(typed))
                case .failure(let errors):
                    failed = true
                    diagnostics += errors.map { $0.diagnostic(in: text, base: offset) }
                }
            }
        }
        return failed ? nil : Template(parts: parts)
    }

    /// Several errors from one expression, as a `Result` failure.
    struct Errors: Error, Sendable, Equatable, Sequence {
        var errors: [RuleError]

        init(_ errors: [RuleError]) { self.errors = errors }

        func makeIterator() -> IndexingIterator<[RuleError]> { errors.makeIterator() }
    }
}
