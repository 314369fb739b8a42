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

/// `workbook new WORKBOOK --from LAST.yaml`: the next round starts with last round's targets and
/// open actions, its evidence as comments, and not one rating.
struct NextRoundTemplateTests {
    static func load(_ input: InputFile) throws -> LoadedResponse {
        let result = WorkbookPipeline.loadResponse(input, resolver: BundledWorkbooks.resolver)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.value)
    }

    @Test func nothingRatedIsCopiedAndThePlanIsCarriedOver() throws {
        let last = try Self.load(try Fixtures.repositoryInput("examples/rounds/harrowgate-moor-2025.yaml"))
        #expect(last.response.answers.contains { $0.value != .blank }, "the last round is rated")
        let text = ResponseTemplate.render(
            for: last.workbook, area: last.response.area, period: "2026/27", from: last.response)
        let next = try Self.load(.yaml(text, name: "next.yaml")).response
        #expect(next.area == "Harrowgate Moor" && next.period == "2026/27" && next.date == nil)
        // Every question is listed, and every answer is blank with no evidence: nothing is copied.
        #expect(next.answers.map(\.questionID) == last.workbook.questions.map(\.id))
        #expect(next.answers.allSatisfy { $0.value == .blank && $0.evidence == nil })
        #expect(next.targets.map(\.elementID) == ["service-volumes", "engagement", "pathways"])
        #expect(next.targets.map(\.level) == [2, 3, 3])
        // Only the open actions come over, as they were, for the room to update.
        let open = last.response.actions.filter(\.isOpen)
        #expect(next.actions.map(\.id) == ["referral-route", "home-monitoring", "champions-model"])
        for (carried, was) in zip(next.actions, open) {
            #expect(carried.elements == was.elements && carried.what == was.what && carried.owner == was.owner)
            #expect(carried.due == was.due && carried.status == was.status && carried.measure == was.measure)
        }
        // Evidence notes are there to revisit, as comments.
        #expect(
            text.contains(
                "  # last round: Evening blood pressure clinics at Coldwell and Stainby libraries since April.\n  access-location:\n"
            ))
        #expect(
            text.contains(
                "# Closed in 2025/26, not carried over: volumes-review (done), case-finding (done), champions-funding (dropped)\n"
            ))
    }

    @Test func withoutLastRoundTheTemplateIsUnchanged() throws {
        let workbook = try Fixtures.miniWorkbook()
        let text = ResponseTemplate.render(for: workbook, area: "A", period: "1")
        #expect(text.contains("notes:\nanswers:\n  # ── Needs assessment (needs) ──\n"))
        #expect(!text.contains("targets:") && !text.contains("actions:") && !text.contains("last round"))
    }
}
