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

/// `workbook merge`, on the mini workbook: three tables, the same file twice, a merged file
/// with one of its parts, a conflicting rater, a file for another area, anonymous files.
struct ResponseMergerTests {
    static func load(_ text: String, name: String) throws -> LoadedResponse {
        let result = WorkbookPipeline.loadResponse(.yaml(text, name: name), resolver: try Fixtures.miniResolver())
        return try #require(result.value, "\(result.diagnostics)")
    }

    static func table(_ rater: String?, group: String? = nil, area: String = "Testshire", _ answers: String) -> String {
        var text = "workbook: mini\narea: \(area)\nperiod: 2025/26\n"
        if let rater { text += "rater: \(rater)\n" }
        if let group { text += "rater_group: \(group)\n" }
        return text + "answers:\n" + answers
    }

    static func merge(_ files: [(String, String)]) throws -> LoadResult<String> {
        ResponseMerger.merge(try files.map { try load($0.1, name: $0.0) })
    }

    static let tables = [
        (
            "table-1.yaml",
            table(
                "Table 1", group: "council",
                """
                  needs-data:
                    score: 3
                    evidence: The JSNA chapter on CVD.
                  needs-gaps: na
                  target-deprived: 2

                """)
        ),
        (
            "table-2.yaml",
            table(
                "Table 2", group: "nhs",
                """
                  needs-data: 2
                  needs-gaps: na
                  target-deprived:
                    score: 1
                    evidence: |-
                      Only the hypertension
                      programme targets.

                """)
        ),
        (
            "zoë.yaml",
            table(
                nil,
                """
                  needs-data: 1
                  access-hours: 4

                """)
        ),
    ]

    /// What merging the three tables gives, written out by hand.
    static let merged = """
        # Merged by 'workbook merge': each table's or person's ratings, by rater.
        workbook: mini
        version: "1.0"
        area: Testshire
        period: 2025/26
        notes: "zoë: named after its file, zoë.yaml, which names no rater"
        raters:
          Table 1: {group: council}
          Table 2: {group: nhs}
          zoë:
        answers:
          # Needs assessment
          needs-data:
            ratings: {Table 1: 3, Table 2: 2, zoë: 1}
            evidence: "Table 1: The JSNA chapter on CVD."
          needs-voice:
          needs-gaps:
            score: na
            evidence: |-
              Table 1: answered na
              Table 2: answered na
          # Equitable targeting
          target-deprived:
            ratings: {Table 1: 2, Table 2: 1}
            evidence: "Table 2: Only the hypertension programme targets."
          target-groups:
          # Accessibility
          access-hours:
            ratings: {zoë: 4}
          access-travel:
          # Evidence-based services
          evidence-nice:

        """

    @Test func threeTablesMergeIntoOneAttributedResponse() throws {
        let result = try Self.merge(Self.tables)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == Self.merged)
        // It passes check, and scores each question from every table's rating.
        let loaded = try Self.load(try #require(result.value), name: "merged.yaml")
        #expect(loaded.response.raters.map(\.name) == ["Table 1", "Table 2", "zoë"])
        #expect(loaded.response.answer("needs-data")?.value == .ratings([3, 2, 1]))
        #expect(loaded.response.answer("needs-data")?.raters == ["Table 1", "Table 2", "zoë"])
    }

    @Test func theOrderOfTheFilesDoesNotMatter() throws {
        #expect(try Self.merge(Self.tables.reversed()).value == Self.merged)
    }

    @Test func theSameFileTwiceAndAMergedFileWithItsPartsAddNothing() throws {
        #expect(try Self.merge(Self.tables + Self.tables).value == Self.merged)
        let again = try Self.merge([("merged.yaml", Self.merged)] + Self.tables)
        #expect(again.diagnostics.isEmpty)
        #expect(again.value == Self.merged)
        #expect(try Self.merge([("merged.yaml", Self.merged), ("merged-copy.yaml", Self.merged)]).value == Self.merged)
    }

    @Test func aRaterWhoGaveTwoRatingsIsRefusedWithBothFilesAndLines() throws {
        let late = ("table-1-late.yaml", Self.table("Table 1", group: "council", "  target-deprived: 3\n"))
        let result = try Self.merge(Self.tables + [late])
        #expect(result.value == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .mergeConflict)
        #expect(diagnostic.message == "'Table 1' rated 'target-deprived' 3 here, but 2 in table-1.yaml line 11")
        #expect(diagnostic.location == FileLocation(file: "table-1-late.yaml", line: 7, column: 3))
        #expect(result.diagnostics.count == 1)
    }

    @Test func aRaterInTwoGroupsIsRefused() throws {
        let moved = ("table-1b.yaml", Self.table("Table 1", group: "nhs", "  needs-data: 3\n"))
        let result = try Self.merge(Self.tables + [moved])
        #expect(
            result.diagnostics.map(\.message) == [
                "'Table 1' is in the group 'nhs' here, but 'council' in table-1.yaml line 4"
            ])
    }

    @Test func aFileForAnotherAreaIsRefusedNamingBoth() throws {
        let elsewhere = ("other.yaml", Self.table("Table 4", area: "Otherton", "  needs-data: 3\n"))
        let result = try Self.merge(Self.tables + [elsewhere])
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.code) == [.mergeDifferentResponse])
        #expect(
            result.diagnostics.first?.message
                == "other.yaml is for area 'Otherton', but table-1.yaml is for area 'Testshire'")
    }

    @Test func anonymousFilesAreNamedAfterTheirFacilitatorOrFile() throws {
        let withFacilitator = (
            "a.yaml", "workbook: mini\narea: Testshire\nperiod: 2025/26\nfacilitator: Sam\nanswers:\n  needs-data: 2\n"
        )
        let bare = ("notes/b.yml", "workbook: mini\narea: Testshire\nperiod: 2025/26\nanswers:\n  needs-data: 3\n")
        let result = try Self.merge([withFacilitator, bare])
        let text = try #require(result.value)
        #expect(
            text.contains(
                "notes: |-\n  Sam: named from the facilitator line of a.yaml, which names no rater\n  b: named after its file, b.yml, which names no rater\n"
            ))
        #expect(text.contains("    ratings: {Sam: 2, b: 3}\n"))
    }

    @Test func unnamedSeveralRatingsCannotBeAttributed() throws {
        let list = ("list.yaml", Self.table(nil, "  needs-data:\n    ratings: [1, 2]\n"))
        let result = try Self.merge([list])
        #expect(result.diagnostics.map(\.code) == [.mergeUnnamedRatings])
        #expect(result.diagnostics.first?.location?.line == 5)
    }

    @Test func naBesideRatingsKeepsTheRatingsAndNotesTheNA() throws {
        let one = ("one.yaml", Self.table("One", "  needs-data: na\n"))
        let two = ("two.yaml", Self.table("Two", "  needs-data: 2\n"))
        let text = try #require(try Self.merge([one, two]).value)
        #expect(text.contains("  needs-data:\n    ratings: {Two: 2}\n    evidence: \"One: answered na\"\n"))
    }

    @Test func ratersWithAwkwardNamesRoundTrip() throws {
        let names = ["Smith, J", "#3", "yes", "Ümit: Age UK", "表 1"]
        let files = names.enumerated()
            .map { index, name in
                ("t\(index).yaml", Self.table(YAMLQuoting.scalar(name), "  needs-data: \(index % 5)\n"))
            }
        let text = try #require(try Self.merge(files).value)
        let loaded = try Self.load(text, name: "merged.yaml")
        #expect(Set(loaded.response.raters.map(\.name)) == Set(names))
        #expect(loaded.response.answer("needs-data")?.raters.count == 5)
    }
}

extension ResponseMergerTests {
    @Test func differentDatesAndCountsKeepOneWithAWarning() throws {
        let one = (
            "one.yaml",
            "workbook: mini\narea: Testshire\nperiod: 2025/26\ndate: 2025-11-20\nparticipants: 8\nrater: One\nanswers:\n  needs-data: 2\n"
        )
        let two = (
            "two.yaml",
            "workbook: mini\narea: Testshire\nperiod: 2025/26\ndate: 2025-11-14\nparticipants: 12\nrater: Two\nanswers:\n  needs-data: 3\n"
        )
        let result = try Self.merge([one, two])
        #expect(result.diagnostics.map(\.code) == [.mergeKeptOne, .mergeKeptOne])
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(
            result.diagnostics.first?.message == "this file's date is 2025-11-14, but an earlier file's is 2025-11-20")
        let text = try #require(result.value)
        #expect(text.contains("date: 2025-11-14\n"))
        #expect(text.contains("participants: 12\n"))
        // The same figures again are not a disagreement.
        #expect(try Self.merge([one, one]).diagnostics.isEmpty)
    }
}

extension ResponseMergerTests {
    @Test func filesForAnotherVersionOrPeriodAreRefused() throws {
        let older = (
            "older.yaml",
            "workbook: mini\nversion: \"0.9\"\narea: Testshire\nperiod: 2025/26\nrater: Old\nanswers:\n  needs-data: 1\n"
        )
        let version = try Self.merge(Self.tables + [older])
        #expect(version.value == nil)
        #expect(
            version.diagnostics.map(\.message) == [
                "older.yaml is for version '0.9', but table-1.yaml is for version '1.0'"
            ])
        let later = (
            "later.yaml", "workbook: mini\narea: Testshire\nperiod: 2026/27\nrater: Later\nanswers:\n  needs-data: 1\n"
        )
        #expect(
            try Self.merge(Self.tables + [later]).diagnostics.map(\.message)
                == ["later.yaml is for period '2026/27', but table-1.yaml is for period '2025/26'"])
    }
}
