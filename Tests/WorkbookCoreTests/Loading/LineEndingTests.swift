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

/// Positions count lines as libyaml does: LF, CRLF, a lone CR, NEL, LS and PS each end one, so
/// a file saved with old Mac line endings is not one line 348 columns long. The line shown
/// under a diagnostic is the line it names.
struct LineEndingTests {
    static func response(_ newline: String) -> [UInt8] {
        Array(
            ["workbook: mini", "area: A", "period: \"1\"", "bogus: 2", "answers: {}", ""].joined(separator: newline)
                .utf8)
    }

    @Test(arguments: ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func anUnknownKeyIsOnItsOwnLine(_ newline: String) throws {
        let input = InputFile(name: "r.yaml", bytes: Self.response(newline))
        let result = ResponseLoader.load(input, resolver: try Fixtures.miniResolver())
        let error = try #require(result.diagnostics.first { $0.code == .unknownKey }, "\(result.diagnostics)")
        #expect(error.location?.line == 4)
        #expect(error.location?.column == 1)
        let rendered = DiagnosticRenderer().render(error, source: input.text)
        #expect(rendered.contains(" 4 | bogus: 2\n"), "\(rendered.debugDescription)")
    }

    @Test func aSyntaxErrorAfterLoneCarriageReturnsIsOnItsLine() {
        let input = InputFile(name: "cr.yaml", text: "a: 1\rb: 2\r  c: 3\r")
        let result = YAMLParser.parse(input)
        #expect(result.diagnostics.first?.location?.line == 3)
        #expect(result.diagnostics.first.map { $0.location?.column ?? 0 } ?? 0 < 10)
    }

    @Test func aControlByteAfterLoneCarriageReturnsIsOnItsLine() {
        let input = InputFile(name: "cr.yaml", bytes: Array("a: 1\rb: 2\rc: x\u{1}\r".utf8))
        #expect(YAMLParser.parse(input).diagnostics.first?.location.map { "\($0.line):\($0.column)" } == "3:5")
    }

    @Test func sourceLinesSplitAtEveryBreakAndKeepTheRest() {
        let lines = SourceLines("one\r\ntwo\rthree\u{85}four\u{2028}five\nsix\u{0C}still six\n")
        #expect((1...6).map { lines.line($0) } == ["one", "two", "three", "four", "five", "six\u{0C}still six"])
        #expect(lines.line(7) == nil)
    }

    @Test(
        arguments: [
            ([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], "UTF-32"),
            ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61], "UTF-32"),
            ([0x61, 0x00, 0x00, 0x00, 0x3A, 0x00, 0x00, 0x00], "UTF-32"),
            ([0x00, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00, 0x3A], "UTF-32"),
            ([0xFF, 0xFE, 0x61, 0x00], "UTF-16"), ([0xFE, 0xFF, 0x00, 0x61], "UTF-16"),
            ([0x61, 0x00, 0x3A, 0x00, 0x20, 0x00], "UTF-16"), ([0x00, 0x61, 0x00, 0x3A, 0x00, 0x20], "UTF-16"),
        ] as [([UInt8], String)])
    func wideEncodingsAreNamedRightly(_ bytes: [UInt8], _ name: String) {
        let result = YAMLParser.parse(InputFile(name: "w.yaml", bytes: bytes))
        #expect(result.diagnostics.map(\.message) == ["the file is saved as \(name); it must be UTF-8"])
    }
}
