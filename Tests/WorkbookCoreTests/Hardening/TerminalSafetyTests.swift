import Foundation
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

/// No value, key, file name or source line reaches a terminal with a control character or a
/// bidirectional override in it: each is shown by name (`␛`, `<U+202E>`), in diagnostics and
/// in every text output.
struct TerminalSafetyTests {
    /// Control characters and bidi overrides, as they could come from a file's name, a
    /// decoded key or raw text.
    static let hostile = [
        "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{9B}31m", "\u{8}", "\r", "\u{202E}", "\u{2066}", "\u{85}", "\u{7F}",
    ]

    /// Whether the text has anything a terminal would act on, other than line feeds.
    static func isRaw(_ text: String, allowingEscapes: Bool = false) -> Bool {
        text.unicodeScalars.contains { scalar in
            if scalar == "\n" || (allowingEscapes && scalar == "\u{1B}") { return false }
            return String.visibleControlName(scalar, keepingLineBreaks: true) != nil
        }
    }

    @Test(arguments: hostile)
    func aDiagnosticShowsControlsInItsFileMessageHintAndSource(_ bad: String) {
        let diagnostic = Diagnostic.error(
            "workbook.unknown-key", "unknown key 'a\n\(bad)b' in an element",
            at: FileLocation(file: "x\(bad).yaml", line: 1, column: 5),
            hint: "did you mean '\(bad)'?")
        let rendered = DiagnosticRenderer(colour: false).render(diagnostic, source: "key \(bad) value\n")
        #expect(!Self.isRaw(rendered), "\(rendered.debugDescription)")
        // One line per part: the message's line feed cannot start a forged diagnostic.
        #expect(rendered.split(separator: "\n").count == 4)
        #expect(rendered.contains("a␊"))
    }

    @Test func theCaretStaysUnderTheColumnAfterAWideName() {
        // `<U+202E>` is 8 columns for one scalar: the caret moves with it.
        let diagnostic = Diagnostic.error(
            "x.y", "here", at: FileLocation(file: "f.yaml", line: 1, column: 4), length: 2)
        let rendered = DiagnosticRenderer(colour: false).render(diagnostic, source: "a\u{202E}bcd\n")
        // 'c' is column 4 written, column 11 shown: ten spaces before the caret.
        #expect(
            rendered.contains(" 1 | a<U+202E>bcd\n   | " + String(repeating: " ", count: 10) + "^~\n"), "\(rendered)")
    }

    @Test(arguments: [false, true])
    func theTextReportAndOutlineShowBidiOverridesByName(colour: Bool) throws {
        // The loader refuses control characters in values; a bidi override is valid text and
        // must be shown visibly where it could reorder a line.
        let yaml = try String(contentsOf: Fixtures.root.appendingPathComponent("valid/mini.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "title: Population focus", with: "title: \"Population \\u202Efocus\"")
        let workbook = try #require(WorkbookPipeline.loadWorkbook(InputFile(name: "mini.yaml", text: yaml)).value)
        let response = InputFile(
            name: "r.yaml",
            text: "workbook: mini\narea: \"North\\u2066moor\"\nperiod: \"1\"\nanswers:\n  needs-data: 3\n")
        let loaded = try #require(WorkbookPipeline.loadResponse(response, resolver: .only(workbook)).value)
        let text = TextReport().render(WorkbookPipeline.report(loaded), options: RenderOptions(colour: colour))
        #expect(!Self.isRaw(text, allowingEscapes: colour))
        #expect(text.contains("North<U+2066>moor"))
        let outline = OutlineRenderer.render(workbook.workbook)
        #expect(!Self.isRaw(outline))
        #expect(outline.contains("Population <U+202E>focus"))
    }
}
