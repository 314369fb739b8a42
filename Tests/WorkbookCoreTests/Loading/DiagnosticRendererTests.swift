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

struct DiagnosticRendererTests {
    @Test func rendersLikeACompilerWithSourceLineCaretAndHint() {
        let source = "elements:\n  - id: e1\n    wieght: 2\n"
        let diagnostic = Diagnostic.error(
            .unknownKey, "unknown key 'wieght' in an element",
            at: FileLocation(file: "w.yaml", line: 3, column: 5), hint: "did you mean 'weight'?", length: 6)
        let text = DiagnosticRenderer().render(diagnostic, source: source)
        #expect(
            text == """
                w.yaml:3:5: error: unknown key 'wieght' in an element [load.unknown-key]
                 3 |     wieght: 2
                   |     ^~~~~~
                  hint: did you mean 'weight'?

                """)
    }

    /// A file on one line (minified, or a huge value) is not printed whole under an error:
    /// the line is cut to 160 characters around the column, and the caret still points at it.
    @Test(arguments: [1, 80, 5_000, 9_990, 10_000])
    func aLongLineIsShownAroundTheColumn(column: Int) throws {
        var characters = Array(repeating: Character("x"), count: 10_000)
        characters[column - 1] = "@"
        let diagnostic = Diagnostic.error(.yamlSyntax, "bad", at: FileLocation(file: "w.yaml", line: 1, column: column))
        let lines = DiagnosticRenderer().render(diagnostic, source: String(characters)).split(separator: "\n")
        let shown = Array(lines[1].dropFirst(" 1 | ".count))
        let caret = try #require(lines[2].dropFirst("   | ".count).firstIndex(of: "^"))
        #expect(shown.count <= DiagnosticRenderer.maxLineShown + 2)
        #expect(
            shown[
                lines[2].dropFirst("   | ".count)
                    .distance(from: lines[2].dropFirst("   | ".count).startIndex, to: caret)] == "@")
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic.error(.yamlEmpty, "empty", at: FileLocation(file: "w.yaml", line: 1, column: 1))
        #expect(!DiagnosticRenderer(colour: false).render(diagnostic, source: nil).contains("\u{1B}"))
        #expect(DiagnosticRenderer(colour: true).render(diagnostic, source: nil).contains("\u{1B}["))
    }

    @Test func suggestionsFindTyposAndSwaps() {
        #expect(Suggestions.closest(to: "wieght", in: ["id", "weight", "title"]) == "weight")
        #expect(Suggestions.closest(to: "titel", in: ["id", "weight", "title"]) == "title")
        #expect(Suggestions.closest(to: "colour", in: ["id", "label"]) == nil)
    }
}
