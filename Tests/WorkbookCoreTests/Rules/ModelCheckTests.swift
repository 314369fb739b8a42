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
    struct ModelCheckTests {
        private func warnings(_ when: String, forEach: String? = nil) throws -> [Diagnostic] {
            let compiled = try RuleFixture.compile(RuleFixture.rule(when: when, forEach: forEach))
            #expect(!compiled.diagnostics.containsErrors, "\(compiled.diagnostics)")
            #expect(compiled.rules.count == 1, "a rule with only warnings is still compiled")
            return compiled.diagnostics
        }

        @Test func aScoreAboveTheScaleWarnsNeverFires() throws {
            let compiled = try RuleFixture.compile(RuleFixture.rule(when: "👉score > 10", forEach: "element"))
            let warning = try compiled.only()
            #expect(warning.severity == .warning)
            #expect(warning.code == .ruleNeverFires)
            #expect(warning.location == compiled.marker)
            #expect(warning.message.contains("never fire"))
            #expect(compiled.rules.count == 1)
        }

        @Test(
            arguments: [
                ("score > 4", "element"), ("score >= 4.5", "element"), ("score < 0", "element"),
                ("score <= -1", "group"),
                ("score == 7", "question"), ("percent > 100", "element"), ("coverage > 1", "group"),
                ("spread > 4", "question"), ("10 < score", "element"), ("score > 10 and weight >= 2", "element"),
                ("score > 10 or percent < 0", "element"),
            ] as [(String, String?)])
        func impossibleComparisonsWarn(_ when: String, _ forEach: String?) throws {
            #expect(try warnings(when, forEach: forEach).map(\.code) == [.ruleNeverFires])
        }

        @Test(arguments: [
            "element.evidence.score > 10", "overall.percent > 120", "chain.strength < 0",
            "previous.overall.coverage > 1.5",
        ])
        func impossiblePathsWarn(_ when: String) throws {
            #expect(try warnings(when).map(\.code) == [.ruleNeverFires])
        }

        @Test(
            arguments: [
                ("score >= 4", "element"), ("score <= 0", "element"), ("score > 3.9", "element"),
                ("score > 10 or weight >= 2", "element"), ("not (score > 10)", "element"),
                ("count(elements, e, e.score > 10) > 0", nil), ("score != 7", "element"), ("weight > 100", "element"),
                (#"band != "stong""#, "element"), ("change(element.evidence.score) > 10", nil),
            ] as [(String, String?)])
        func possibleConditionsDoNotWarn(_ when: String, _ forEach: String?) throws {
            #expect(try warnings(when, forEach: forEach).isEmpty)
        }

        @Test func anUnknownBandOrIDNeverMatches() throws {
            let band = try warnings(#"band == "stong""#, forEach: "element")
            #expect(band.map(\.code) == [.ruleNeverFires])
            #expect(band.first?.hint == "did you mean 'strong'?")
            let group = try warnings(#"group == "services""#, forEach: "element")
            #expect(group.first?.hint == "did you mean 'service'?")
            let position = try warnings(
                #"any(groups, g, g.position == "middle") or "centre" == group.service.position"#)
            #expect(position.isEmpty, "only a whole condition that cannot be true warns")
            let element = try warnings(#"'"nees" == element'"#, forEach: "question")
            #expect(element.first?.hint == "did you mean 'needs'?")
        }

        @Test(arguments: [
            ("1 < 2", "so it is always true and the rule fires every time"),
            ("true", "so it is always true and the rule fires every time"),
            (#"not ("a" == "a")"#, "so it is always false and the rule never fires"),
            ("1 / 0 > 1", "and it cannot be evaluated (division by zero)"),
        ])
        func aConstantWhenWarns(_ when: String, _ outcome: String) throws {
            let found = try warnings(when)
            #expect(found.map(\.code) == [.ruleConstant])
            #expect(found.first?.message == "the condition refers to no score or field, \(outcome)")
        }

        @Test func aConstantWarningPointsAtTheStartOfWhen() throws {
            let compiled = try RuleFixture.compile(RuleFixture.rule(when: #""👉true""#))
            #expect(try compiled.only().location == compiled.marker)
        }
    }
}
