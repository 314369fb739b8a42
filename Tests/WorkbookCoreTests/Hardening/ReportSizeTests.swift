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

/// No workbook can make a report unboundedly large: rules × elements or questions is bounded
/// when the workbook is loaded (`rule.report-too-large`), and the findings and text the rules
/// produce are bounded again while they run, ending in a note that says where the report was cut.
struct ReportSizeTests {
    /// `count` rules of `forEach` (or of none) over a workbook of `elements` elements.
    static func workbook(
        elements: Int, rules count: Int, forEach: String?, message: String = "fired", when: String = "true"
    )
        -> (workbook: String, response: String)
    {
        var rules = "rules:\n"
        for index in 0..<count {
            rules += "  - id: r\(index)\n"
            if let forEach { rules += "    for_each: \(forEach)\n" }
            rules += "    when: \"\(when)\"\n    severity: info\n    message: \"\(message)\"\n"
        }
        return FuzzRegressionTests.generatedWorkbook(id: "big", title: "Big", elements: elements, rest: rules)
    }

    @Test func rulesTimesQuestionsOverTheLimitIsALocatedErrorAtLoad() {
        // 3 rules for each of 4,000 questions: 12,000 findings; the third passes 10,000.
        let (yaml, _) = Self.workbook(elements: 4000, rules: 3, forEach: "question")
        let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "big.yaml", text: yaml))
        let errors = loaded.diagnostics.filter { $0.code == .ruleReportTooLarge }
        #expect(loaded.value == nil)
        #expect(errors.count == 1)
        #expect(
            errors.first?.message
                == "this rule runs once per question (4000 times); with the rules before it, it could fill a report with 12000 findings; the limit is 10000"
        )
        // The third rule's `- id: r2` line: the workbook's own lines, then 2 rules of 5 lines.
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  - id: r2" }
            .map { $0 + 1 }
        #expect(errors.first?.location?.line == line)
    }

    @Test func manyRulesWithoutForEachAreCountedToo() {
        let (yaml, _) = Self.workbook(elements: 2, rules: 10_001, forEach: nil)
        let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "big.yaml", text: yaml))
        #expect(loaded.diagnostics.filter { $0.code == .ruleReportTooLarge }.count == 1)
    }

    @Test func longMessagesTimesElementsOverTheTextLimitIsAnErrorAtLoad() {
        // 2,000 elements × 3,000 bytes of message = 6 MB > 4 MiB.
        let (yaml, _) = Self.workbook(
            elements: 2000, rules: 1, forEach: "element", message: String(repeating: "x", count: 3000))
        let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "big.yaml", text: yaml))
        let error = loaded.diagnostics.first { $0.code == .ruleReportTooLarge }
        #expect(error?.message.contains("could fill a report with more than 4.0 MiB of messages") == true)
    }

    @Test func justUnderTheLimitsLoads() throws {
        let (yaml, _) = Self.workbook(elements: 1000, rules: 9, forEach: "element")
        let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "big.yaml", text: yaml))
        #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.prefix(3))")
    }

    @Test func valuesThatMultiplyAMessageAreCutAtTheTextLimitWithANote() throws {
        // Each message fills in a 20 KB element title 100 times (2 MB per finding) for each of
        // 40 elements: 80 MB of findings unbounded. The written template is short, so the
        // load-time check passes; the engine must stop at the text limit.
        let fill = String(repeating: "{title}", count: 100)
        let (short, answers) = Self.workbook(elements: 40, rules: 1, forEach: "element", message: fill)
        let yaml = short.replacing("title: E", with: "title: " + String(repeating: "a", count: 20_000) + "E")
        let loadedWorkbook = WorkbookPipeline.loadWorkbook(InputFile(name: "big.yaml", text: yaml))
        let compiled = try #require(loadedWorkbook.value, "\(loadedWorkbook.diagnostics.prefix(2))")
        let loaded = try #require(
            WorkbookPipeline.loadResponse(InputFile(name: "r.yaml", text: answers), resolver: .only(compiled)).value)
        let report = WorkbookPipeline.report(loaded)
        let text = report.findings.reduce(0) { $0 + $1.message.utf8.count + ($1.recommendation?.utf8.count ?? 0) }
        #expect(text <= Limits.reportTextBytes + 3)
        #expect(report.findings.count == 3)
        #expect(report.findings.last?.message.hasSuffix("…") == true)
        let note = try #require(report.notEvaluated.last)
        #expect(
            note.reason.hasPrefix(
                "the report is cut here: it holds at most 4.0 MiB of findings' text, so this and 36 more rule instances were not evaluated"
            ))
        // Every format renders the cut report: megabytes (HTML repeats the 800 KB of titles), not 80.
        for format in ReportFormat.allCases {
            #expect(format.renderer.render(report, options: RenderOptions(colour: false)).utf8.count < 20 * 1024 * 1024)
        }
    }

    @Test func theEntryLimitHoldsWhileRulesRun() throws {
        // Under the load-time check a workbook cannot pass the entry limit; the engine's own
        // bound is checked with the compiled rules run against more items than they were
        // compiled for (the rule list given twice over).
        let (yaml, answers) = Self.workbook(elements: 2000, rules: 4, forEach: "element")
        let compiled = try #require(WorkbookPipeline.loadWorkbook(InputFile(name: "big.yaml", text: yaml)).value)
        let loaded = try #require(
            WorkbookPipeline.loadResponse(InputFile(name: "r.yaml", text: answers), resolver: .only(compiled)).value)
        let context = Scorer.assess(loaded.workbook, loaded.response).ruleContext(previous: nil)
        let outcome = RuleEngine.evaluate(compiled.rules + compiled.rules, in: context)
        #expect(outcome.findings.count + outcome.notEvaluated.count == Limits.reportEntries)
        #expect(
            outcome.notEvaluated.last?.reason
                .contains("it holds at most 10000 entries, so this and 6000 more rule instances") == true)
    }

    @Test func aScaleTheFormWouldRepeatPastTheLimitIsAnErrorAtTheScale() {
        // 2 levels of 40 KB each, shown for each of 500 questions: 40 MB of form.
        let (yaml, _) = FuzzRegressionTests.generatedWorkbook(id: "wide", title: "Wide", elements: 500, rest: "")
        let long = String(repeating: "d", count: 40_000)
        let wide = yaml.replacing("description: Nothing.", with: "description: \(long)")
            .replacing("description: All.", with: "description: \(long)")
        let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "wide.yaml", text: wide))
        let error = loaded.diagnostics.first { $0.code == .invalidScale }
        #expect(loaded.value == nil)
        #expect(
            error?.message
                == "the scale's levels hold 78 KiB of labels and descriptions, which the form shows for each of the 500 questions (38.2 MiB); the limit is 32.0 MiB"
        )
        #expect(error?.location?.line == 6)
    }
}
