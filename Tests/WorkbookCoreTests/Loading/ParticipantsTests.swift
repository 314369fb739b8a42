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

/// `participants:` as a count, names, both, or words, shown as written (issue 13).
struct ParticipantsTests {
    static func load(_ participants: String) throws -> (Response.Participants?, [Diagnostic]) {
        let text =
            "workbook: mini\narea: Testshire\nperiod: 2025/26\nparticipants: \(participants)\nanswers:\n  needs-data: 3\n"
        let result = ResponseLoader.load(InputFile(name: "p.yaml", text: text), resolver: try Fixtures.miniResolver())
        return (result.value?.response.participants, result.diagnostics)
    }

    @Test func aCountIsPeople() throws {
        let (participants, diagnostics) = try Self.load("24")
        #expect(diagnostics.isEmpty)
        #expect(participants == Response.Participants(count: 24, names: []))
        #expect(ReportWording.participants(participants) == "24 participants")
        #expect(ReportWording.participants(.init(count: 1, names: [])) == "1 participant")
    }

    @Test func namesAreShownAsWrittenAndNeverCounted() throws {
        let (participants, _) = try Self.load("[Northmoor Council, Northmoor ICB, VCSE Alliance]")
        #expect(participants?.count == nil)
        #expect(
            ReportWording.participants(participants) == "Taking part: Northmoor Council; Northmoor ICB; VCSE Alliance")
    }

    @Test func bothAreShown() throws {
        let (participants, diagnostics) = try Self.load("{ count: 24, names: [Northmoor Council, Northmoor ICB] }")
        #expect(diagnostics.isEmpty)
        #expect(
            ReportWording.participants(participants) == "24 participants. Taking part: Northmoor Council; Northmoor ICB"
        )
    }

    @Test func wordsAreShownAsWritten() throws {
        // Once read as one name and reported as "1 taking part".
        let (participants, diagnostics) = try Self.load("18 people")
        #expect(diagnostics.isEmpty)
        #expect(ReportWording.participants(participants) == "Taking part: 18 people")
    }

    @Test(arguments: ["-1", "2.5", "100000"])
    func aCountThatIsNoHeadCountIsRefusedWhereItIsWritten(_ count: String) throws {
        let (_, diagnostics) = try Self.load(count)
        let error = try #require(diagnostics.first)
        #expect(error.code == .invalidNumber)
        #expect(error.location?.line == 4 && error.location?.column == 15)
        let (_, nested) = try Self.load("{ count: \(count) }")
        #expect(nested.first?.code == .invalidNumber)
    }

    @Test func aMisspeltKeyIsLocated() throws {
        let (_, diagnostics) = try Self.load("{ cont: 24 }")
        #expect(diagnostics.first?.code == .unknownKey)
        #expect(diagnostics.first?.hint == "did you mean 'count'?")
    }
}
