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

/// The first page every single-area report opens with: what it says, worked by hand.
struct AtAGlanceTests {
    private let workbook = """
        workbook: glance
        version: "1"
        title: Glance
        layout: radar
        scale:
          levels:
            - { value: 0, label: None, description: Nothing. }
            - { value: 1, label: Some, description: Some. }
            - { value: 2, label: Most, description: Most. }
        bands:
          - { id: low, label: Weak link, below: 1 }
          - { id: high, label: Strong }
        weakest_links: { below: 1, show: 1 }
        elements:
          - id: a
            title: Alpha
            questions: [{ id: a1, text: A one? }, { id: a2, text: A two? }]
          - id: b
            title: Beta
            questions: [{ id: b1, text: B one? }]
          - id: c
            title: Gamma
            questions: [{ id: c1, text: C one? }]
        rules:
          - id: low-beta
            severity: warning
            when: element.b.score < 1
            message: Beta is low.
            recommendation: Lift Beta.
        """

    private func glance(_ answers: String, targets: String = "", previous: String? = nil) throws -> AtAGlance {
        let compiled = try #require(WorkbookPipeline.loadWorkbook(InputFile(name: "glance.yaml", text: workbook)).value)
        let resolver = WorkbookResolver.only(compiled)
        func load(_ answers: String, _ period: String, _ targets: String) throws -> LoadedResponse {
            let text = "workbook: glance\narea: Eastwick\nperiod: \"\(period)\"\n\(targets)answers:\n\(answers)"
            let result = WorkbookPipeline.loadResponse(
                InputFile(name: "\(period).yaml", text: text), resolver: resolver)
            return try #require(result.value, "\(result.diagnostics)")
        }
        let earlier = try previous.map { try load($0, "2024", "").response }
        return AtAGlance(WorkbookPipeline.report(try load(answers, "2025", targets), previous: earlier))
    }

    @Test func saysTheFiguresInWordsAndTheWeakestLinks() throws {
        // a = (2 + 1) / 2 = 1.5, b = 0, c = 2; overall (1.5 + 0 + 2) / 3 = 1.17; chain 0 (Beta).
        let page = try glance("  a1: 2\n  a2: 1\n  b1: 0\n  c1: 2\n")
        #expect(page.area == "Eastwick" && page.period == "2025")
        #expect(page.overall.figure == "1.2 out of 2 (58%)")
        #expect(page.overall.words == "Strong")
        #expect(page.chain.figure == "0.0 out of 2 (0%)")
        #expect(page.chain.words == "Weak link")
        #expect(page.chain.note == "set by Beta, the lowest element")
        #expect(page.coverage == "4 of 4 applicable questions answered (100%)")
        #expect(page.weakestLinks == ["Beta: 0.0, Weak link"])
        #expect(
            page.findings == [
                AtAGlance.Point(severity: "Concern", message: "Beta is low.", recommendation: "Lift Beta.")
            ])
        #expect(page.changes == nil)
    }

    @Test func listsTheTargetsAgreedAndWhatChanged() throws {
        let page = try glance(
            "  a1: 2\n  a2: 2\n  b1: 1\n  c1: 1\n", targets: "targets:\n  b: 2\n",
            previous: "  a1: 1\n  a2: 1\n  b1: 1\n  c1: 2\n")
        #expect(page.targets == ["Beta: 1.0 now, aiming for 2"])
        #expect(page.findings.isEmpty)
        #expect(page.weakestLinksNote == "None: every element scores 1.0 or above.")
        // Overall 1.33 then, 1.33 now; Alpha 1.0 → 2.0, Gamma 2.0 → 1.0.
        #expect(
            page.changes == [
                "Overall 0.0: 1.3 in 2024, 1.3 now.",
                "Improved: Alpha (+1.0).",
                "Slipped: Gamma (-1.0).",
            ])
    }
}
