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

/// Inputs that used to be dropped or taken as something else while `check` said valid: each
/// is now an error at its place.
struct SilentlyAcceptedTests {
    static func load(_ text: String) throws -> LoadResult<LoadedResponse> {
        ResponseLoader.load(.yaml(text), resolver: try Fixtures.miniResolver())
    }

    static func response(
        area: String = "A", participants: String? = nil, answers: String = "  needs-data: 3\n", targets: String? = nil
    ) -> String {
        "workbook: mini\narea: \(area)\nperiod: \"1\"\n" + (participants.map { "participants: \($0)\n" } ?? "")
            + (targets.map { "targets:\n\($0)" } ?? "") + "answers:\n" + answers
    }

    @Test(arguments: ["  [needs-data]: 3\n", "  ? { needs-data: 3 }\n  : 3\n", "  ? [a, b]\n  : 4\n"])
    func aListOrMappingAsAnAnswerKeyIsAnError(_ answers: String) throws {
        let result = try Self.load(Self.response(answers: answers))
        #expect(result.value == nil)
        let error = try #require(result.diagnostics.first)
        #expect(error.code == .wrongType)
        #expect(error.message.hasPrefix("a key in 'answers' should be a question id, but here is"))
        #expect(error.location?.line == 5)
    }

    @Test func aListAsATargetKeyIsAnError() throws {
        let result = try Self.load(Self.response(targets: "  [needs]: 3\n"))
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.message) == ["a key in 'targets' should be an element id, but here is a list"])
    }

    @Test(arguments: ["\"\"", "''", "\"   \"", "\"\\t\""])
    func anEmptyAreaIsAnError(_ area: String) throws {
        let result = try Self.load(Self.response(area: area))
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.message) == ["'area' in the response is empty"])
        #expect(result.diagnostics.first?.location?.line == 2)
    }

    @Test(arguments: ["-1", "2.5", "-0.5", "+3.5"])
    func aCountOfParticipantsThatIsNotAWholeNumberIsAnError(_ count: String) throws {
        let result = try Self.load(Self.response(participants: count))
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.code) == [.invalidNumber])
        #expect(
            result.diagnostics.first?.message
                .hasPrefix("the number of participants should be a whole number from 0 to 99999") == true)
        #expect(result.diagnostics.first?.location?.line == 4)
    }

    @Test(arguments: ["0", "12"])
    func aWholeCountOfParticipantsIsFine(_ count: String) throws {
        #expect(try Self.load(Self.response(participants: count)).diagnostics.isEmpty)
    }

    @Test(arguments: ["3.0000000000000001", "2.99999999999999999", "1.000000000000000000001", "0003.0000000000000001"])
    func aRatingWithMoreThanFifteenDigitsIsRefusedNotRounded(_ rating: String) throws {
        let result = try Self.load(Self.response(answers: "  needs-data: \(rating)\n"))
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.code == .invalidNumber)
        #expect(result.diagnostics.first?.hint?.contains("at most 15 significant digits") == true)
    }

    @Test(arguments: ["3.000000000000000000", "003", "2.50"])
    func trailingAndLeadingZerosAreNotSignificant(_ rating: String) throws {
        #expect(NumberSyntax.parse(rating) != nil)
    }

    @Test(arguments: ["!!str", "!custom", "!<tag:yaml.org,2002:int>"])
    func aTagIsAnError(_ tag: String) throws {
        let result = try Self.load(Self.response(answers: "  needs-data: \(tag) 3\n"))
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.code) == [.yamlTag])
        #expect(result.diagnostics.first?.location?.line == 5)
    }

    @Test(arguments: ["\\e", "\\x9b", "\\a", "\\0", "\\x7f", "\\N", "\\u0085", "\\b"])
    func aControlCharacterWrittenAsAnEscapeIsAnError(_ escape: String) throws {
        let result = try Self.load(Self.response(area: "\"North\(escape)moor\""))
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.code) == [.yamlControlCharacter])
    }

    @Test(arguments: ["\\t", "\\n", "\\u202E", "\\u00e9"])
    func tabsLineBreaksAndOtherTextAreFine(_ escape: String) throws {
        #expect(try Self.load(Self.response(area: "\"North\(escape)moor\"")).diagnostics.isEmpty)
    }
}
