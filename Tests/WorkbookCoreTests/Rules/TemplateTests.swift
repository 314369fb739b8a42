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
@testable import WorkbookYAML

extension RulesTests {
    struct TemplateTests {
        private func split(_ text: String) throws -> [Template.Piece] {
            try Template.split(text)
        }

        private func splitError(_ text: String) -> RuleError? {
            do throws(RuleError) {
                _ = try Template.split(text)
                return nil
            } catch {
                return error
            }
        }

        /// The message of a rule that fires, rendered against the sample context.
        private func rendered(_ message: String, forEach: String? = nil, context: RuleContext = SampleContext.make())
            throws -> [String]
        {
            let rule = try RuleFixture.compiledRule(when: "overall.score >= 0", forEach: forEach, message: message)
            return RuleEngine.evaluate([rule], in: context).findings.map(\.message)
        }

        @Test func splitsLiteralsAndExpressionsWithOffsets() throws {
            #expect(try split("a {b} c") == [.literal("a "), .expression("b", offset: 3), .literal(" c")])
            #expect(try split("{x}{y}") == [.expression("x", offset: 1), .expression("y", offset: 4)])
            #expect(try split("plain") == [.literal("plain")])
            #expect(try split("") == [])
        }

        @Test func doubledBracesAreLiteralBraces() throws {
            #expect(try split("{{x}} and }}") == [.literal("{x} and }")])
            #expect(try split("{{{score}}}") == [.literal("{"), .expression("score", offset: 3), .literal("}")])
        }

        @Test func aBraceInsideQuotedTextDoesNotCloseTheExpression() throws {
            #expect(try split(#"{e.title == "}"}!"#) == [.expression(#"e.title == "}""#, offset: 1), .literal("!")])
        }

        @Test(arguments: [
            ("{", 0, "this '{' is never closed"), ("a } b", 2, "a '}' with no '{' before it"),
            ("x {} y", 2, "'{}' has no expression in it"), ("{ {x} }", 0, "this '{' is never closed"),
        ])
        func braceErrors(_ text: String, _ offset: Int, _ message: String) throws {
            let error = try #require(splitError(text))
            #expect(error.code == .ruleTemplate)
            #expect(error.span.offset == offset)
            #expect(error.message == message)
        }

        @Test func numbersPrintWithOneDecimal() throws {
            #expect(
                try rendered(#""{element.evidence.score} / {overall.percent}% / {element.evidence.weight}""#)
                    == ["2.3 / 56.3% / 2.0"])
            #expect(
                try rendered(#""{score}""#, forEach: "group", context: SampleContext.make(evidenceScore: 2))
                    == ["2.0", "not scored"])
        }

        @Test func countsPositionsAndRoundedValuesPrintWhole() throws {
            #expect(
                try rendered(
                    #""{count(elements, e, e.score < 3)} weak; step {element.needs.index}; about {round(overall.score)}""#
                )
                    == ["1 weak; step 2; about 2"])
        }

        @Test func textAndTrueFalse() throws {
            #expect(
                try rendered(
                    #""{element.evidence.title}: {question.evidence-nice.contested}, {question.evidence-local.contested}""#
                )
                    == ["Strong evidence: yes, no"])
        }

        @Test func aValueThatCannotBeEvaluatedPrintsNotScored() throws {
            #expect(
                try rendered(#""Needs: {element.needs.score}; ratio {overall.score / 0}""#)
                    == ["Needs: not scored; ratio not scored"])
        }

        @Test func doubledBracesRenderAsBraces() throws {
            #expect(
                try rendered(#""Use {{braces}} for {element.evidence.title}""#) == ["Use {braces} for Strong evidence"])
        }

        @Test func recommendationsAreRenderedToo() throws {
            let rule = try RuleFixture.compiledRule(
                when: "score < 3", forEach: "element", message: #""{title}""#,
                recommendation: #""Raise {title} from {score} to {score + 1}""#)
            let result = RuleEngine.evaluate([rule], in: SampleContext.make())
            #expect(result.findings.map(\.recommendation) == ["Raise Strong evidence from 2.3 to 3.3"])
        }
    }
}
