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

/// examples/workshop/: three tables' files (two from the form, one typed up from two paper
/// sheets), their merge, and the merged response's reports in reports/workshop-saltmere.*.
struct WorkshopExampleTests {
    static let parts = ["community-tables", "council-table", "nhs-table"].map { "examples/workshop/\($0).yaml" }

    @Test func theMergedExampleIsWhatMergeWritesFromTheTablesFiles() throws {
        let loaded = try Self.parts.map { path in
            try #require(
                WorkbookPipeline.loadResponse(try Fixtures.repositoryInput(path), resolver: BundledWorkbooks.resolver)
                    .value)
        }
        let merged = ResponseMerger.merge(loaded)
        #expect(merged.diagnostics.isEmpty)
        // The example adds the editors' schema line that `merge` cannot know the path for.
        let schema = "# yaml-language-server: $schema=../../schemas/response.schema.json\n"
        assertGolden(schema + (try #require(merged.value)), path: "examples/workshop/saltmere.yaml")
    }

    @Test func theWorkshopReportsAreCurrent() throws {
        let report = try ReportsFolderTests.report(for: "examples/workshop/saltmere.yaml")
        for format in ReportFormat.allCases {
            assertGolden(
                format.renderer.render(report, options: RenderOptions()),
                path: "reports/workshop-saltmere.\(format.fileExtension)")
        }
        // What the example is for: two split questions and three elements the groups see apart.
        let summary = report.assessment.consensus
        #expect(summary.split.map(\.question) == ["evidence-equity", "needs-local-voice"])
        #expect(summary.gaps.map(\.element) == ["accessibility", "needs-assessment", "unmet-need", "service-volumes"])
    }
}
