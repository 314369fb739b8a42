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
    struct BundledRuleTests {
        /// The conditions docs/rules.md shows, against the POTS workbook they are written for.
        @Test(
            arguments: [
                ("abs(group.service.score - group.population.score) >= 1", nil),
                ("round(overall.score) == 2", nil),
                ("min(element.evidence.score, element.effectiveness.score) >= 2.5", nil),
                ("max(element.accessibility.score, element.equity-targeting.score) < 2", nil),
                ("mean(element.evidence.score, element.effectiveness.score) < 2", nil),
                ("count(elements, e, e.score < 1.5) >= 3", nil),
                (#"any(groups, g, g.band == "weak")"#, nil),
                ("all(questions, q, q.spread <= 1)", nil),
                ("change(element.leadership.score) < 0", nil),
                ("any(groups, g, count(elements, e, e.group == g.id and e.score < 1.5) >= 2)", nil),
                (#"group == "balance" and score < 1.5"#, Rule.Subject.element),
                ("score < 1.5 and count(elements, e, e.index > index and e.score >= 2.5) > 0", .element),
                ("overall.score - previous.overall.score <= -0.5", nil),
                ("question.evidence-nice.contested or element.needs-assessment.coverage < 0.5", nil),
                ("previous.score > score or change(score) < 0", .group),
            ] as [(String, Rule.Subject?)])
        func theDocumentedExamplesCompile(_ when: String, _ forEach: Rule.Subject?) throws {
            let input = try #require(BundledWorkbooks.input("pots"))
            var workbook = try #require(WorkbookPipeline.validatedWorkbook(input).value)
            let text = SourceText(text: when, location: workbook.location)
            workbook.rules = [
                Rule(
                    id: "doc", when: text, forEach: forEach, severity: .info,
                    message: SourceText(text: "{overall.score}", location: workbook.location), recommendation: nil,
                    location: workbook.location)
            ]
            let (rules, diagnostics) = RuleCompiler.compile(workbook)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(rules.count == 1)
        }

        @Test(arguments: BundledWorkbooks.ids)
        func everyBundledRuleCompilesWithoutDiagnostics(_ id: String) throws {
            let input = try #require(BundledWorkbooks.input(id))
            let workbook = try #require(WorkbookPipeline.validatedWorkbook(input).value)
            let (rules, diagnostics) = RuleCompiler.compile(workbook)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(rules.count == workbook.rules.count)
            #expect(!rules.isEmpty)
        }
    }
}
