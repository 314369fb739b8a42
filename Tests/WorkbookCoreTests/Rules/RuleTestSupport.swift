import Testing
@testable import WorkbookCore
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookFormat
@testable import WorkbookForms
@testable import WorkbookLoading
@testable import WorkbookMerge
@testable import WorkbookMigration
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookRules
@testable import WorkbookScoring
@testable import WorkbookSupport
@testable import WorkbookValidation
@testable import WorkbookYAML

/// The rules language's tests, grouped so `swift test --filter Rules` runs all of them.
@Suite enum RulesTests {}

/// Builds small workbooks around rules, loads them through `WorkbookLoader` so every
/// position is a real file position, and compiles their rules.
///
/// A `👉` in the YAML marks the column a diagnostic must point at: it is removed before
/// loading, and its line and column are returned.
enum RuleFixture {
    /// A 0-4 scale, three bands, two groups, two elements of three questions.
    static let base = """
        workbook: test
        version: "1"
        title: Test framework
        scale:
          levels:
            - { value: 0, label: Not in place, description: Nothing. }
            - { value: 1, label: Emerging, description: Early. }
            - { value: 2, label: Developing, description: Under way. }
            - { value: 3, label: Established, description: Consistent. }
            - { value: 4, label: Exemplary, description: Evaluated. }
        bands:
          - { id: weak, label: Weak link, below: 1.5 }
          - { id: developing, label: Developing, below: 2.5 }
          - { id: strong, label: Strong }
        layout: symmetric
        groups:
          - { id: service, title: Service delivery, position: right }
          - { id: population, title: Population focus, position: left }
        elements:
          - id: evidence
            group: service
            title: Strong evidence
            weight: 2
            questions:
              - { id: evidence-nice, text: Are the interventions NICE-recommended? }
              - { id: evidence-local, text: Is local effectiveness checked? }
              - { id: evidence-audit, text: Is there an audit cycle? }
          - id: needs
            group: population
            title: Needs assessment
            questions:
              - { id: needs-data, text: Is local data used? }
              - { id: needs-voice, text: Are communities heard? }
              - { id: needs-gaps, text: Are gaps mapped? }

        """

    /// One rule as YAML, indented to sit under `rules:`.
    static func rule(
        id: String = "r", when: String, forEach: String? = nil, message: String = "\"It fired.\"",
        recommendation: String? = nil
    ) -> String {
        var yaml = "  - id: \(id)\n    when: \(when)\n"
        if let forEach { yaml += "    for_each: \(forEach)\n" }
        yaml += "    severity: warning\n    message: \(message)\n"
        if let recommendation { yaml += "    recommendation: \(recommendation)\n" }
        return yaml
    }

    /// What compiling a fixture gave.
    struct Compiled {
        var rules: [CompiledRule]
        var diagnostics: [Diagnostic]
        /// Where the `👉` was, if there was one.
        var marker: FileLocation?
        /// The YAML text loaded (without the `👉`).
        var text = ""

        /// The single diagnostic, required.
        func only(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
            #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
            return try #require(diagnostics.first, sourceLocation: sourceLocation)
        }
    }

    /// Loads `base` plus the rules and compiles them.
    static func compile(_ rules: String...) throws -> Compiled {
        let marked = base + "rules:\n" + rules.joined()
        let (text, marker) = stripMarker(marked)
        let loaded = WorkbookPipeline.validatedWorkbook(InputFile(name: "w.yaml", text: text))
        let other = loaded.diagnostics.filter { !$0.code.rawValue.hasPrefix("rule.") }
        #expect(other.isEmpty, "the fixture itself is wrong: \(other)")
        guard let workbook = loaded.value else {
            // The loader already compiled the rules and refused the workbook for them.
            return Compiled(rules: [], diagnostics: loaded.diagnostics, marker: marker, text: text)
        }
        let (compiled, diagnostics) = RuleCompiler.compile(workbook)
        return Compiled(rules: compiled, diagnostics: diagnostics, marker: marker, text: text)
    }

    /// The base workbook, without rules.
    static func workbook() throws -> Workbook {
        let loaded = WorkbookPipeline.validatedWorkbook(InputFile(name: "w.yaml", text: base))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return try #require(loaded.value)
    }

    /// Parses, checks and evaluates one expression against a context.
    ///
    /// - Returns: its value, or `.missing(reason:)` when it is not evaluated.
    static func evaluate(
        _ text: String, forEach: Rule.Subject? = nil, subject: RuleRecord? = nil,
        in context: RuleContext = SampleContext.make()
    ) throws -> RuleValue {
        var checker = TypeChecker(workbook: try workbook())
        let parsed = try Parser.parse(text)
        let typed = checker.check(parsed, in: TypeChecker.Scope(subject: forEach?.recordKind))
        let errors = checker.takeErrors()
        #expect(errors.isEmpty, "\(errors)")
        let checked = try #require(typed)
        var evaluator = Evaluator(context: context, subject: subject)
        do throws(Unevaluable) {
            return .value(try evaluator.evaluate(checked.expression))
        } catch {
            return .missing(reason: error.reason)
        }
    }

    /// Compiles one rule that must compile without errors (warnings allowed).
    static func compiledRule(
        when: String, forEach: String? = nil, message: String = "\"It fired.\"", recommendation: String? = nil
    ) throws -> CompiledRule {
        let result = try compile(rule(when: when, forEach: forEach, message: message, recommendation: recommendation))
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        return try #require(result.rules.first)
    }

    /// The text without its `👉`, and the marker's file position.
    static func stripMarker(_ text: String) -> (String, FileLocation?) {
        var out = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var marker: FileLocation?
        for scalar in text.unicodeScalars {
            if scalar == "👉" {
                marker = FileLocation(file: "w.yaml", line: line, column: column)
                continue
            }
            out.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(out), marker)
    }
}

/// Hand-built figures for evaluation tests, matching `RuleFixture.base`.
///
/// `evidence` is scored 2.25 (developing), `needs` has no answers (unscored), so the
/// `population` group is unscored too.
enum SampleContext {
    static func number(_ value: Double) -> RuleValue { .value(.number(value)) }
    static func text(_ value: String) -> RuleValue { .value(.text(value)) }

    static func element(
        _ id: String, title: String, group: String, index: Int, weight: Double, score: Double?, answered: Int
    ) -> RuleRecord {
        let missing = RuleValue.missing(reason: "element '\(id)' is not scored")
        return RuleRecord(
            id: id,
            fields: [
                "id": text(id), "title": text(title), "group": text(group),
                "score": score.map(number) ?? missing,
                "percent": score.map { number($0 / 4 * 100) } ?? missing,
                "coverage": number(Double(answered) / 3), "weight": number(weight), "index": number(Double(index)),
                "band": score.map { text($0 < 1.5 ? "weak" : $0 < 2.5 ? "developing" : "strong") } ?? missing,
                "answered": number(Double(answered)), "split": number(0),
            ])
    }

    static func question(_ id: String, element: String, score: Double?, spread: Double = 0) -> RuleRecord {
        let missing = RuleValue.missing(reason: "question '\(id)' is not answered")
        return RuleRecord(
            id: id,
            fields: [
                "id": text(id), "text": text("Question \(id)?"), "element": text(element),
                "score": score.map(number) ?? missing, "spread": number(spread),
                "contested": .value(.bool(spread > 2)), "split": .value(.bool(false)), "weight": number(1),
            ])
    }

    static func group(_ id: String, title: String, position: String, score: Double?) -> RuleRecord {
        let missing = RuleValue.missing(reason: "group '\(id)' is not scored")
        return RuleRecord(
            id: id,
            fields: [
                "id": text(id), "title": text(title), "position": text(position), "weight": number(1),
                "score": score.map(number) ?? missing, "percent": score.map { number($0 / 4 * 100) } ?? missing,
                "coverage": number(score == nil ? 0 : 1),
                "band": score.map { text($0 < 1.5 ? "weak" : $0 < 2.5 ? "developing" : "strong") } ?? missing,
            ])
    }

    /// The figures, with `evidence` scored `evidenceScore`.
    static func make(evidenceScore: Double = 2.25, previous: RuleContext? = nil) -> RuleContext {
        RuleContext(
            overall: RuleRecord(
                id: "overall",
                fields: [
                    "score": number(evidenceScore), "percent": number(evidenceScore / 4 * 100),
                    "coverage": number(0.5), "band": text("developing"),
                ]),
            chain: RuleRecord(id: "chain", fields: ["strength": number(evidenceScore)]),
            groups: [
                group("service", title: "Service delivery", position: "right", score: evidenceScore),
                group("population", title: "Population focus", position: "left", score: nil),
            ],
            elements: [
                element(
                    "evidence", title: "Strong evidence", group: "service", index: 1, weight: 2,
                    score: evidenceScore, answered: 3),
                element(
                    "needs", title: "Needs assessment", group: "population", index: 2, weight: 1,
                    score: nil, answered: 0),
            ],
            questions: [
                question("evidence-nice", element: "evidence", score: 3, spread: 3),
                question("evidence-local", element: "evidence", score: 2, spread: 1),
                question("evidence-audit", element: "evidence", score: 2),
                question("needs-data", element: "needs", score: nil),
                question("needs-voice", element: "needs", score: nil),
                question("needs-gaps", element: "needs", score: nil),
            ],
            previous: previous)
    }
}
