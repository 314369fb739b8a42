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

/// Goldens for what the reports/ folder does not hold: `show`, `new`, the form, the pack and
/// diagnostics as `check` prints them. Regenerate with `RECORD_GOLDENS=1 swift test` and review.
struct GoldenOutputTests {
    static let folder = "Tests/WorkbookCoreTests/Goldens"

    @Test func theOutlineAndTheBlankResponseAreCurrent() throws {
        let workbook = try Fixtures.miniWorkbook()
        assertGolden(OutlineRenderer.render(workbook), path: "\(Self.folder)/show-mini.txt")
        assertGolden(
            ResponseTemplate.render(
                for: workbook, area: "Testshire", period: "2026/27", schema: "../schemas/response.schema.json"),
            path: "\(Self.folder)/new-mini.yaml")
    }

    @Test func theFormAndThePackAreCurrent() throws {
        let workbook = try Fixtures.miniWorkbook()
        assertGolden(FormRenderer.render(workbook), path: "\(Self.folder)/form-mini.html")
        assertGolden(WorkshopPackRenderer.render(workbook), path: "\(Self.folder)/pack-mini.html")
    }

    /// Every invalid fixture's diagnostics, rendered with their source lines, carets and hints.
    @Test func renderedDiagnosticsAreCurrent() throws {
        var out = ""
        for path in DiagnosticFixtureTests.fixtures {
            let input = try Fixtures.input(path)
            let (_, diagnostics) = WorkbookPipeline.check(input, resolver: try Fixtures.miniResolver())
            let lines = input.text.map(SourceLines.init)
            out += "== \(path)\n"
            for diagnostic in diagnostics { out += DiagnosticRenderer().render(diagnostic, lines: lines) }
        }
        assertGolden(out, path: "\(Self.folder)/diagnostics.txt")
    }
}
