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

extension RulesTests {
    /// One test per rule diagnostic: its code, and the exact line:column in the YAML file
    /// (marked with 👉 in the fixture text).
    struct RuleDiagnosticTests {
        private func expectDiagnostic(
            _ rule: String, code: DiagnosticCode, severity: Diagnostic.Severity = .error, hint: String? = nil,
            message: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) throws {
            let compiled = try RuleFixture.compile(rule)
            let diagnostic = try compiled.only(sourceLocation: sourceLocation)
            let marker = try #require(compiled.marker, sourceLocation: sourceLocation)
            #expect(diagnostic.code == code, sourceLocation: sourceLocation)
            #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
            #expect(diagnostic.location == marker, "\(diagnostic)", sourceLocation: sourceLocation)
            if let hint { #expect(diagnostic.hint == hint, sourceLocation: sourceLocation) }
            if let message { #expect(diagnostic.message == message, sourceLocation: sourceLocation) }
            if severity == .error {
                #expect(compiled.rules.isEmpty, "a rule with an error is not compiled", sourceLocation: sourceLocation)
            }
        }

        @Test func syntaxError() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "element.evidence.score < 👉)"), code: .ruleSyntax,
                message: "expected a value, but found ')'")
        }

        @Test func unknownNameWithDidYouMean() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "👉elemnt.evidence.score < 2"), code: .ruleUnknownName,
                hint: "did you mean 'element'?", message: "unknown name 'elemnt'")
        }

        @Test func unknownElementIDWithDidYouMean() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "element.👉evidnce.score < 2"), code: .ruleUnknownID,
                hint: "did you mean 'evidence'?", message: "the workbook has no element 'evidnce'")
        }

        @Test func unknownField() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "element.evidence.👉scor < 2"), code: .ruleUnknownField,
                hint: "did you mean 'score'?", message: "'element.evidence' has no field 'scor'")
        }

        @Test func numberUsedAsACondition() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "👉element.evidence.score"), code: .ruleNotACondition,
                message: "the condition must be true or false, but this is a number")
        }

        @Test func stringComparedWithNumber() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: #"element.evidence.score 👉== "2""#), code: .ruleTypeMismatch,
                hint: #""2" is text because of its quotes; write 2 to compare numbers"#,
                message:
                    "'==' compares values of the same type, but the left side is a number and the right side is text")
        }

        @Test func wrongArgumentCount() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "👉abs(element.evidence.score, 1) > 1"), code: .ruleArgumentCount,
                message: "abs takes 1 argument, but 2 were given")
        }

        @Test func badTemplateExpressionInMessage() throws {
            try expectDiagnostic(
                RuleFixture.rule(
                    when: "element.evidence.score < 2", message: #""Evidence is at {element.evidence.👉scor}.""#),
                code: .ruleUnknownField, hint: "did you mean 'score'?")
        }

        @Test func quotedWhenShiftsTheColumnByTheQuote() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: #""element.evidence.👉scor < 2""#), code: .ruleUnknownField)
            let compiled = try RuleFixture.compile(RuleFixture.rule(when: #""element.evidence.👉scor < 2""#))
            let unquoted = try RuleFixture.compile(RuleFixture.rule(when: "element.evidence.👉scor < 2"))
            #expect(
                compiled.diagnostics.first?.location?.column == (unquoted.diagnostics.first?.location?.column ?? 0) + 1)
        }

        @Test func singleQuotedWhenCountsDoubledQuotes() throws {
            try expectDiagnostic(
                RuleFixture.rule(when: "'element.evidence.band == ''strong'' and 👉nope'"), code: .ruleUnknownName)
        }

        @Test(arguments: DiagnosticCase.all)
        func everyOtherDiagnostic(_ diagnosticCase: DiagnosticCase) throws {
            try expectDiagnostic(
                diagnosticCase.rule, code: diagnosticCase.code, severity: diagnosticCase.severity,
                hint: diagnosticCase.hint, message: diagnosticCase.message)
        }

        @Test func everyRuleDiagnosticCodeIsTested() {
            let tested = Set(
                DiagnosticCase.all.map(\.code) + [
                    .ruleSyntax, .ruleUnknownName, .ruleUnknownID, .ruleUnknownField, .ruleNotACondition,
                    .ruleTypeMismatch, .ruleArgumentCount,
                ])
            let codes: [DiagnosticCode] = [
                .ruleSyntax, .ruleTooLong, .ruleTooComplex, .ruleUnknownName, .ruleUnknownID, .ruleUnknownField,
                .ruleUnknownFunction, .ruleUnknownCollection, .ruleNotACondition, .ruleTypeMismatch,
                .ruleArgumentCount, .ruleInvalidArgument, .ruleTemplate, .ruleNeverFires, .ruleConstant,
            ]
            for code in codes { #expect(tested.contains(code), "no test gives \(code)") }
        }

        @Test func rendersLikeACompilerWithCaretAndSuggestion() throws {
            let compiled = try RuleFixture.compile(RuleFixture.rule(when: "element.evidnce.score < 2"))
            let rendered = DiagnosticRenderer().render(try compiled.only(), source: compiled.text)
            #expect(
                rendered == """
                    w.yaml:37:19: error: the workbook has no element 'evidnce' [rule.unknown-id]
                     37 |     when: element.evidnce.score < 2
                        |                   ^~~~~~~
                      hint: did you mean 'evidence'?

                    """)
        }

        @Test func errorsInConditionAndTemplatesAreAllReported() throws {
            let compiled = try RuleFixture.compile(
                RuleFixture.rule(
                    when: "element.evidence.scor < 2", message: #""{element.needs.titel}""#,
                    recommendation: #""Raise {elemnt.evidence.score}""#))
            #expect(compiled.diagnostics.map(\.code) == [.ruleUnknownField, .ruleUnknownField, .ruleUnknownName])
            #expect(compiled.diagnostics.map { $0.location?.line } == [37, 39, 40])
        }

        @Test func everyTypeErrorInOneExpressionIsReported() throws {
            let compiled = try RuleFixture.compile(
                RuleFixture.rule(
                    when: "element.evidence.scor < 2 and elemnt.needs.score > 1"))
            #expect(compiled.diagnostics.map(\.code) == [.ruleUnknownField, .ruleUnknownName])
        }

        @Test func aWorkbookWithGoodRulesCompilesQuietly() throws {
            let compiled = try RuleFixture.compile(
                RuleFixture.rule(
                    id: "unbalanced", when: "abs(group.service.score - group.population.score) >= 1",
                    message: #""Service ({group.service.score}) and population ({group.population.score}) differ.""#),
                RuleFixture.rule(
                    id: "weak", when: "score < 1.5 and weight >= 2", forEach: "element",
                    message: #""{title} scores {score}""#),
                RuleFixture.rule(id: "contested", when: "contested", forEach: "question", message: #""{text}""#),
                RuleFixture.rule(
                    id: "many", when: "count(elements, e, e.score < 2) >= 2 or any(groups, g, g.band == \"weak\")"),
                RuleFixture.rule(
                    id: "slipped", when: "change(element.evidence.score) < 0 or previous.overall.score > overall.score")
            )
            #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics)")
            #expect(compiled.rules.map(\.rule.id) == ["unbalanced", "weak", "contested", "many", "slipped"])
        }
    }
}

/// A rule fixture and the one diagnostic it must give at its 👉.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    var name: String
    var rule: String
    var code: DiagnosticCode
    var severity: Diagnostic.Severity = .error
    var hint: String?
    var message: String?

    var testDescription: String { name }

    static let all: [DiagnosticCase] = [
        DiagnosticCase(
            name: "unknown function", rule: RuleFixture.rule(when: "👉abss(element.evidence.score) > 1"),
            code: .ruleUnknownFunction, hint: "did you mean 'abs'?"),
        DiagnosticCase(
            name: "unknown function without a close name", rule: RuleFixture.rule(when: "👉avg(1, 2) > 1"),
            code: .ruleUnknownFunction,
            hint: "the functions are abs, round, min, max, mean, count, any, all, change"),
        DiagnosticCase(
            name: "singular collection", rule: RuleFixture.rule(when: "count(👉element, e, e.score < 2) > 1"),
            code: .ruleUnknownCollection, hint: "did you mean 'elements'?"),
        DiagnosticCase(
            name: "unknown collection", rule: RuleFixture.rule(when: "count(👉elemnts, e, e.score < 2) > 1"),
            code: .ruleUnknownCollection, hint: "did you mean 'elements'?"),
        DiagnosticCase(
            name: "collection variable clashes with a field",
            rule: RuleFixture.rule(when: "count(elements, 👉score, weight > 1) > 1", forEach: "element"),
            code: .ruleInvalidArgument, message: "'score' cannot name the items: it is already a field name here"),
        DiagnosticCase(
            name: "change of a previous path",
            rule: RuleFixture.rule(when: "change(👉previous.element.evidence.score) > 0"),
            code: .ruleInvalidArgument, hint: "remove 'previous.' from inside change(...)"),
        DiagnosticCase(
            name: "unclosed brace in a message",
            rule: RuleFixture.rule(when: "element.evidence.score < 2", message: #""Low: 👉{element.evidence.score""#),
            code: .ruleTemplate, hint: "end the expression with '}', or write '{{' for a brace"),
        DiagnosticCase(
            name: "lone closing brace in a recommendation",
            rule: RuleFixture.rule(when: "element.evidence.score < 2", recommendation: #""Act now 👉} please""#),
            code: .ruleTemplate, hint: "write '}}' for a brace"),
        DiagnosticCase(
            name: "syntax error inside a template",
            rule: RuleFixture.rule(when: "element.evidence.score < 2", message: #""{element.evidence.score +👉}""#),
            code: .ruleSyntax),
        DiagnosticCase(
            name: "expression too long",
            rule: RuleFixture.rule(when: "👉" + String(repeating: "element.evidence.score + ", count: 80) + "1 > 2"),
            code: .ruleTooLong),
        DiagnosticCase(
            name: "collections nested too deep",
            rule: RuleFixture.rule(
                when: "any(groups, a, any(groups, b, any(groups, c, any(👉groups, d, d.score < 1))))"),
            code: .ruleTooComplex),
        DiagnosticCase(
            name: "bare field without for_each", rule: RuleFixture.rule(when: "👉score < 2"),
            code: .ruleUnknownName,
            hint:
                "a field name on its own works only in a rule with 'for_each'; otherwise write a path such as element.<id>.score"
        ),
        DiagnosticCase(
            name: "bare field typo in for_each", rule: RuleFixture.rule(when: "👉scroe < 2", forEach: "group"),
            code: .ruleUnknownName, hint: "did you mean 'score'?"),
        DiagnosticCase(
            name: "question id used as an element id",
            rule: RuleFixture.rule(when: "element.👉evidence-nice.score < 2"), code: .ruleUnknownID,
            hint: "'evidence-nice' is a question: write question.evidence-nice.score"),
        DiagnosticCase(
            name: "root without an id", rule: RuleFixture.rule(when: "👉group < 2"), code: .ruleUnknownID,
            message: "'group' needs an id and a field after it"),
        DiagnosticCase(
            name: "path without a field", rule: RuleFixture.rule(when: "element.👉evidence < 2"),
            code: .ruleUnknownField, message: "'element.evidence' needs a field after it"),
        DiagnosticCase(
            name: "minus without spaces", rule: RuleFixture.rule(when: "element.evidence.👉score-1 > 0"),
            code: .ruleUnknownField, hint: "put spaces around a minus sign: 'score - 1'"),
        DiagnosticCase(
            name: "collection variable on its own",
            rule: RuleFixture.rule(when: "count(elements, e, 👉e) > 0"), code: .ruleUnknownField,
            message: "'e' needs a field after it"),
        DiagnosticCase(
            name: "text in an ordering comparison", rule: RuleFixture.rule(when: "element.evidence.band 👉> 2"),
            code: .ruleTypeMismatch, message: "'>' compares numbers, but the left side is text"),
        DiagnosticCase(
            name: "number as an operand of and",
            rule: RuleFixture.rule(when: "element.evidence.score > 1 and 👉element.evidence.weight"),
            code: .ruleNotACondition, message: "each side of 'and' must be true or false, but this is a number"),
        DiagnosticCase(
            name: "text in arithmetic", rule: RuleFixture.rule(when: "👉element.evidence.title + 1 > 2"),
            code: .ruleTypeMismatch, message: "'+' needs a number, but this is text"),
        DiagnosticCase(
            name: "condition of count is a number",
            rule: RuleFixture.rule(when: "count(elements, e, 👉e.score) > 0"), code: .ruleNotACondition,
            message: "the condition of count must be true or false, but this is a number"),
        DiagnosticCase(
            name: "score above the scale never fires",
            rule: RuleFixture.rule(when: "👉score > 10", forEach: "element"), code: .ruleNeverFires,
            severity: .warning,
            message: "this rule can never fire: 'score > 10' is never true, because score runs from 0 to 4"),
        DiagnosticCase(
            name: "constant condition", rule: RuleFixture.rule(when: "👉1 < 2"), code: .ruleConstant,
            severity: .warning,
            message: "the condition refers to no score or field, so it is always true and the rule fires every time"),
    ]
}
