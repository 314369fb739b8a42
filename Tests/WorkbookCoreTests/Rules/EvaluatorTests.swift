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
    struct EvaluatorTests {
        private func number(_ value: Double) -> RuleValue { .value(.number(value)) }
        private func bool(_ value: Bool) -> RuleValue { .value(.bool(value)) }

        @Test(arguments: [
            ("1 + 2 * 3", 7.0), ("(1 + 2) * 3", 9), ("10 / 4", 2.5), ("2 - 3 - 4", -5), ("-2 * -3", 6),
            ("round(2.5)", 3), ("round(-2.5)", -3), ("round(2.4)", 2), ("abs(-1.5)", 1.5),
            ("min(3, 1, 2)", 1), ("max(3, 1, 2)", 3), ("mean(1, 2, 3, 4)", 2.5), ("mean(7)", 7),
            ("-element.evidence.score", -2.25), ("element.evidence.index + element.needs.index", 3),
            ("group.service.percent", 56.25), ("chain.strength", 2.25), ("question.evidence-nice.spread", 3),
        ])
        func numbers(_ text: String, _ expected: Double) throws {
            #expect(try RuleFixture.evaluate(text) == number(expected))
        }

        @Test(arguments: [
            ("1 < 2 and not (2 < 1)", true), ("2 <= 2", true), ("3 >= 4", false), ("1 == 1.0", true),
            (#""a" == 'a'"#, true), ("true != false", true), ("false or true", true),
            (#"element.evidence.band == "developing""#, true), ("question.evidence-nice.contested", true),
            (#"element.evidence.group == "service""#, true), ("overall.coverage < 1", true),
        ])
        func conditions(_ text: String, _ expected: Bool) throws {
            #expect(try RuleFixture.evaluate(text) == bool(expected))
        }

        @Test func anUnscoredReferenceIsNotEvaluatedWithItsReason() throws {
            let rule = try RuleFixture.compiledRule(when: "element.needs.score < 2")
            let result = RuleEngine.evaluate([rule], in: SampleContext.make())
            #expect(result.findings.isEmpty)
            #expect(
                result.notEvaluated == [
                    NotEvaluated(rule: "r", subjectID: nil, reason: "element 'needs' is not scored")
                ])
        }

        @Test func aMissingValueIsNeverSilentlyFalseEvenBesideAndOr() throws {
            #expect(
                try RuleFixture.evaluate("element.evidence.score > 10 and element.needs.score < 2")
                    == .missing(reason: "element 'needs' is not scored"))
            #expect(
                try RuleFixture.evaluate("element.evidence.score > 1 or group.population.score < 2")
                    == .missing(reason: "group 'population' is not scored"))
        }

        @Test func divisionByZeroIsNotEvaluated() throws {
            let rule = try RuleFixture.compiledRule(
                when: "element.evidence.score / (element.evidence.score - 2.25) > 1")
            let result = RuleEngine.evaluate([rule], in: SampleContext.make())
            #expect(result.findings.isEmpty)
            #expect(result.notEvaluated.map(\.reason) == ["division by zero"])
        }

        @Test func forEachSkipsNothing_anUnansweredElementIsNotEvaluated() throws {
            let rule = try RuleFixture.compiledRule(
                when: "score >= 2", forEach: "element", message: #""{title} scores {score}""#)
            let result = RuleEngine.evaluate([rule], in: SampleContext.make())
            #expect(
                result.findings == [
                    Finding(
                        rule: "r", severity: .warning, subject: .element, subjectID: "evidence", element: "evidence",
                        message: "Strong evidence scores 2.3", recommendation: nil)
                ])
            #expect(
                result.notEvaluated == [
                    NotEvaluated(rule: "r", subjectID: "needs", reason: "element 'needs' is not scored")
                ])
        }

        @Test func previousWithoutAPreviousRoundIsNotEvaluated() throws {
            for when in ["change(element.evidence.score) > 0", "previous.overall.score < overall.score"] {
                let rule = try RuleFixture.compiledRule(when: when)
                let result = RuleEngine.evaluate([rule], in: SampleContext.make())
                #expect(result.findings.isEmpty)
                #expect(result.notEvaluated.map(\.reason) == ["no previous response was given"])
            }
        }

        @Test func previousAndChangeReadTheEarlierRound() throws {
            let context = SampleContext.make(previous: SampleContext.make(evidenceScore: 1.25))
            let rule = try RuleFixture.compiledRule(
                when: "change(element.evidence.score) >= 1",
                message: #""Up {change(element.evidence.score)} from {previous.element.evidence.score}""#)
            let result = RuleEngine.evaluate([rule], in: context)
            #expect(result.findings.map(\.message) == ["Up 1.0 from 1.3"])
            #expect(
                try RuleFixture.evaluate("change(score)", forEach: .element, subject: context.elements[0], in: context)
                    == number(1))
            #expect(
                try RuleFixture.evaluate("previous.score", forEach: .element, subject: context.elements[1], in: context)
                    == .missing(reason: "element 'needs' is not scored in the previous response"))
        }

        @Test func anItemMissingFromThePreviousRoundIsNotEvaluated() throws {
            var previous = SampleContext.make(evidenceScore: 1)
            previous.elements.removeFirst()
            let context = SampleContext.make(previous: previous)
            #expect(
                try RuleFixture.evaluate("change(element.evidence.score)", in: context)
                    == .missing(reason: "element 'evidence' is not in the previous response"))
        }

        @Test(arguments: [
            ("count(elements, e, e.score < 3)", RuleValue.value(.number(1))),
            ("count(questions, q, q.score >= 2)", .value(.number(3))),
            ("count(groups, g, g.score > 4)", .value(.number(0))),
            ("any(groups, g, g.score < 1)", .value(.bool(false))),
            (#"any(groups, g, g.band == "developing")"#, .value(.bool(true))),
            ("all(elements, e, e.score > 2)", .value(.bool(true))),
            ("all(questions, q, q.spread <= 1)", .value(.bool(false))),
            ("any(groups, g, count(elements, e, e.group == g.id) == 1)", .value(.bool(true))),
            ("count(elements, e, e.score / 0 > 1)", .value(.number(0))),
        ])
        func collectionsSkipItemsTheyCannotEvaluate(_ text: String, _ expected: RuleValue) throws {
            #expect(try RuleFixture.evaluate(text) == expected)
        }

        @Test func lambdasSeeTheForEachItem() throws {
            let rule = try RuleFixture.compiledRule(
                when: "count(elements, e, e.group == id and e.score >= 2) >= 1", forEach: "group",
                message: #""{title} has {count(elements, e, e.group == id)} element(s)""#)
            let result = RuleEngine.evaluate([rule], in: SampleContext.make())
            #expect(result.findings.map(\.message) == ["Service delivery has 1 element(s)"])
            #expect(result.findings.first?.element == nil)
            #expect(result.notEvaluated.isEmpty)
        }

        @Test func aQuestionFindingNamesItsElement() throws {
            let rule = try RuleFixture.compiledRule(when: "contested", forEach: "question", message: #""{id}""#)
            let result = RuleEngine.evaluate([rule], in: SampleContext.make())
            #expect(result.findings.map(\.subjectID) == ["evidence-nice"])
            #expect(result.findings.map(\.element) == ["evidence"])
        }

        @Test func findingsComeInRuleOrderThenItemOrder() throws {
            let compiled = try RuleFixture.compile(
                RuleFixture.rule(id: "b-rule", when: "score >= 0", forEach: "question"),
                RuleFixture.rule(id: "a-rule", when: "overall.score > 1"))
            let result = RuleEngine.evaluate(compiled.rules, in: SampleContext.make())
            #expect(
                result.findings.map { "\($0.rule):\($0.subjectID ?? "-")" }
                    == ["b-rule:evidence-nice", "b-rule:evidence-local", "b-rule:evidence-audit", "a-rule:-"])
            #expect(result.notEvaluated.map(\.subjectID) == ["needs-data", "needs-voice", "needs-gaps"])
        }

        @Test func aMalformedContextIsNotEvaluatedNeverATrap() throws {
            var context = SampleContext.make()
            context.elements[0].fields["weight"] = nil
            context.elements[0].fields["score"] = .value(.text("high"))
            #expect(
                try RuleFixture.evaluate("element.evidence.weight > 1", in: context)
                    == .missing(reason: "element 'evidence' has no value for 'weight'"))
            #expect(
                try RuleFixture.evaluate("element.evidence.score > 1", in: context)
                    == .missing(reason: "element 'evidence' has text for 'score'"))
            context.groups.removeAll()
            #expect(
                try RuleFixture.evaluate("group.service.score > 1", in: context)
                    == .missing(reason: "group 'service' is not in the response"))
        }

        @Test func evaluationHasAStepBudget() throws {
            var context = SampleContext.make()
            let template = context.elements[0]
            context.elements = (1...120)
                .map { index in
                    var record = template
                    record.id = "e\(index)"
                    return record
                }
            let value = try RuleFixture.evaluate(
                "count(elements, a, count(elements, b, count(elements, c, a.score == c.score) > 0) > 0)", in: context)
            #expect(value == .missing(reason: "the rule needs more than 1000000 steps to evaluate"))
        }

        @Test func contextsCarryTheirPreviousRound() {
            let previous = SampleContext.make(evidenceScore: 1)
            var context = SampleContext.make(previous: previous)
            #expect(context.previous == previous)
            #expect(context.previous?.previous == nil)
            context.previous = nil
            #expect(context == SampleContext.make())
        }
    }
}
