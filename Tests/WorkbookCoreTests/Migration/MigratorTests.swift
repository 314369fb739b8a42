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

/// `workbook migrate`: a mini 1.0 response moved to mini 2.0 (Fixtures/migration), where one
/// question is renamed, one split, one removed, two merged, one added and an element renamed.
struct MigratorTests {
    static func workbooks() throws -> (old: Workbook, new: Workbook) {
        let new = try #require(WorkbookPipeline.loadWorkbook(try Fixtures.input("migration/mini-2.yaml")).value)
        return (try Fixtures.miniWorkbook(), new.workbook)
    }

    static func oldResponse() throws -> Response {
        try #require(
            ResponseLoader.load(
                try Fixtures.input("migration/mini-1-response.yaml"), resolver: try Fixtures.miniResolver()
            )
            .value
        )
        .response
    }

    static func map() throws -> MigrationMap {
        let (old, new) = try workbooks()
        let result = MigrationMapLoader.load(try Fixtures.input("migration/mini-1-to-2.yaml"), from: old, to: new)
        #expect(result.diagnostics.isEmpty)
        return try #require(result.value)
    }

    /// Migrates, writes and reloads against the new version, as the command does.
    static func migrated(_ map: MigrationMap) throws -> (outcome: Migrator.Outcome, reloaded: Response) {
        let (old, new) = try workbooks()
        let outcome = Migrator.migrate(try oldResponse(), from: old, to: new, map: map)
        let text = ResponseWriter.yaml(outcome.response, for: new)
        let check = ResponseLoader.load(.yaml(text), resolver: .only(CompiledWorkbook(workbook: new, rules: [])))
        #expect(check.diagnostics.isEmpty, "the migrated file passes check: \(check.diagnostics)")
        return (outcome, try #require(check.value).response)
    }

    @Test func renamedSplitRemovedAndMergedQuestionsLoseNothing() throws {
        let (outcome, response) = try Self.migrated(try Self.map())
        #expect(response.workbookVersion == "2.0")
        // Renamed: needs-data's 3 is needs-local-data's.
        #expect(response.answer("needs-local-data")?.value == .rating(3))
        // Split: both parts take needs-voice's ratings and evidence.
        for part in ["needs-voice-heard", "needs-voice-acted"] {
            #expect(response.answer(part)?.value == .ratings([1, 2, 4, 2]))
            #expect(response.answer(part)?.evidence == "Tables disagreed about the community panel.")
        }
        // Merged: target-deprived's 1 and target-groups' [2, 3] are target-reach's ratings.
        #expect(response.answer("target-reach")?.value == .ratings([1, 2, 3]))
        #expect(response.answer("target-reach")?.evidence == "target-groups: Outreach in two wards.")
        // Unchanged ids carry over; the new question is listed, blank.
        #expect(response.answer("access-travel")?.value == .ratings([2, 3]))
        #expect(response.answer("access-digital")?.value == .blank)
        // Removed: needs-gaps' answer is in the notes, word for word, after the old notes.
        #expect(outcome.keptInNotes == ["needs-gaps (removed in 2.0): rated 2; evidence: Gaps mapped for CVD only."])
        let notes = try #require(response.notes)
        #expect(notes.hasPrefix("First round.\n\nMoved from mini 1.0 to mini 2.0 by 'workbook migrate'."))
        #expect(notes.hasSuffix("\n- needs-gaps (removed in 2.0): rated 2; evidence: Gaps mapped for CVD only."))
        #expect(outcome.changes.contains("merged target-deprived, target-groups → target-reach"))
        #expect(!outcome.changes.contains { $0.hasPrefix("renamed target-") })
        // The renamed element takes its target and the action's reference.
        #expect(response.targets.map(\.elementID) == ["evidence-base", "needs"])
        #expect(response.actions.first?.elements == ["needs", "evidence-base"])
    }

    @Test func withoutAMapWhatTheNewVersionLacksIsKeptInTheNotes() throws {
        let (outcome, response) = try Self.migrated(MigrationMap())
        // Every question of 2.0 is listed; only those whose ids 1.0 shares have answers.
        #expect(response.answers.filter { $0.value != .blank }.map(\.questionID) == ["access-hours", "access-travel"])
        // 5 answered old questions with no place, and the target for 'evidence'.
        #expect(outcome.keptInNotes.count == 6)
        #expect(outcome.keptInNotes.contains("needs-data (not in 2.0, and the map does not place it): rated 3"))
        #expect(outcome.keptInNotes.contains("target for evidence (not in 2.0): 3"))
        #expect(response.actions.first?.elements == ["needs"])
    }

    @Test func aBadMapIsReportedWithLinesAndSuggestions() throws {
        let (old, new) = try Self.workbooks()
        let result = MigrationMapLoader.load(try Fixtures.input("migration/mini-bad-map.yaml"), from: old, to: new)
        #expect(result.value == nil)
        let lines = result.diagnostics.map {
            "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code) \($0.hint ?? "")"
        }
        #expect(
            lines == [
                "3:5 response.version-mismatch give the workbook file of version 3.0 with --to",
                "5:3 workbook.unknown-reference did you mean 'needs-data'?",
                "6:36 workbook.unknown-reference did you mean 'needs-voice-acted'?",
                "7:18 workbook.unknown-reference did you mean 'target-reach'?",
                "8:15 load.wrong-type ",
                "10:13 workbook.unknown-reference did you mean 'evidence-base'?",
                "11:1 load.unknown-key the keys of the migration map are: workbook, from, to, questions, elements",
            ])
        #expect(result.diagnostics.allSatisfy { $0.location?.file == "migration/mini-bad-map.yaml" })
    }

    @Test func theDocsExampleIsTheFixture() throws {
        for name in ["mini-2.yaml", "mini-1-to-2.yaml"] {
            #expect(
                try Fixtures.repositoryInput("docs/examples/\(name)").bytes == Fixtures.input("migration/\(name)").bytes
            )
        }
    }

    @Test func theWriterReadsBackAsTheSameResponse() throws {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(
                try Fixtures.repositoryInput("examples/rounds/harrowgate-moor-2024.yaml"),
                resolver: BundledWorkbooks.resolver
            )
            .value)
        let text = ResponseWriter.yaml(loaded.response, for: loaded.workbook)
        let again = try #require(WorkbookPipeline.loadResponse(.yaml(text), resolver: BundledWorkbooks.resolver).value)
            .response
        let blankless = loaded.response.answers.map { ($0.questionID, $0.value, $0.evidence) }
        #expect(
            again.answers.filter { $0.value != .blank || $0.evidence != nil }
                .map { "\($0.questionID) \($0.value) \($0.evidence ?? "")" }
                == blankless.filter { $0.1 != .blank || $0.2 != nil }.map { "\($0.0) \($0.1) \($0.2 ?? "")" })
        #expect(again.notes == loaded.response.notes)
        #expect(again.targets.map(\.elementID) == loaded.response.targets.map(\.elementID))
        #expect(again.actions.map(\.id) == loaded.response.actions.map(\.id))
        #expect(again.actions.map(\.status) == loaded.response.actions.map(\.status))
        #expect(again.participants == loaded.response.participants && again.date == loaded.response.date)
    }

    @Test(arguments: [
        "one line: with a colon # and a hash", "two\nlines", "first\n  indented second", "  leading spaces\nnext",
        "\nstarts with a break", "ends with a break\n", "blank\n\nline between", "tab\tinside\nand - dash", "Yes",
        "- a list?\n- no, text", "spaces only line\n   \nafter",
    ])
    func notesAndEvidenceReadBackExactly(_ text: String) throws {
        var response = try Self.oldResponse()
        response.notes = text
        response.answers[0].evidence = text
        let workbook = try Fixtures.miniWorkbook()
        let yaml = ResponseWriter.yaml(response, for: workbook)
        let again = try #require(
            ResponseLoader.load(.yaml(yaml), resolver: try Fixtures.miniResolver()).value, "\(yaml)"
        )
        .response
        #expect(again.notes == text)
        #expect(again.answer(response.answers[0].questionID)?.evidence == text)
    }
}
