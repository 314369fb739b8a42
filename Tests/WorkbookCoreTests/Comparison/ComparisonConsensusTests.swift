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

/// compare: per element, in how many areas it was split, and group gaps across areas.
struct ComparisonConsensusTests {
    static func summary(_ text: String, file: String) throws -> AreaSummary {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(.yaml(text, name: file), resolver: try Fixtures.miniResolver()).value)
        return AreaSummary(loaded, file: file)
    }

    @Test func splitAreasAndGroupGapsAcrossAreas() throws {
        let workshop = try Self.summary(ConsensusTests.workshop, file: "testshire.yaml")
        // Another area: needs-voice 0 1 3 4 is split (half outside 1–3); no groups.
        let other = try Self.summary(
            "workbook: mini\narea: Otherton\nperiod: 2025/26\nanswers:\n  needs-voice:\n    ratings: [0, 1, 3, 4]\n  access-hours: 3\n",
            file: "otherton.yaml")
        let plain = try Self.summary(
            "workbook: mini\narea: Plainville\nperiod: 2025/26\nanswers:\n  needs-data: 2\n", file: "plain.yaml")
        #expect(workshop.splitCounts == [1, 1, 0, 0])
        #expect(other.splitCounts == [1, 0, 0, 0])
        #expect(plain.splitCounts.isEmpty)
        let comparison = Comparator.compare([workshop, other, plain], on: try Fixtures.miniWorkbook())
        #expect(comparison.areasSplit(on: "needs") == 2)
        #expect(comparison.areasSplit(on: "targeting") == 1)
        #expect(comparison.areasSplit(on: "access") == 0)
        #expect(comparison.groupGaps.map(\.area) == ["Testshire"])
        #expect(comparison.groupGaps.first?.gap.element == "needs")
        let text = ReportFormat.text.comparisonRenderer.render(comparison)
        #expect(text.contains("  Needs assessment: split in 2 of 3 areas\n"))
        #expect(text.contains("  Needs assessment, Testshire (2025/26): community 1.0 vs council 2.8: 1.8 apart\n"))
    }

    @Test func theQuickSummaryAgreesWithTheFullAssessment() throws {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(.yaml(ConsensusTests.workshop), resolver: try Fixtures.miniResolver()).value)
        let full = AreaSummary(WorkbookPipeline.report(loaded).assessment, file: "test.yaml")
        #expect(full == AreaSummary(loaded, file: "test.yaml"))
    }
}
