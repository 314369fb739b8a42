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

/// Every figure means one thing on every page (issue 13): one weak link, an honest
/// coverage warning, arithmetic that adds up as printed, one derivation, moves that
/// discriminate, and words a board reads. On Fixtures/valid/six.yaml, worked by hand.
struct MeaningsTests {
    static func six() throws -> CompiledWorkbook {
        let loaded = WorkbookPipeline.loadWorkbook(try Fixtures.input("valid/six.yaml"))
        return try #require(loaded.value, "six.yaml: \(loaded.diagnostics)")
    }

    /// A response to six.yaml with these answers (YAML lines under `answers:`).
    static func report(_ answers: String, period: String = "2025/26", previous: String? = nil) throws -> Report {
        let workbook = try six()
        let resolver = WorkbookResolver.only(workbook)
        func load(_ text: String, _ period: String) throws -> LoadedResponse {
            let yaml = "workbook: six\narea: Testford\nperiod: \(period)\nanswers:\n" + text
            let loaded = WorkbookPipeline.loadResponse(InputFile(name: "r.yaml", text: yaml), resolver: resolver)
            return try #require(loaded.value, "does not load: \(loaded.diagnostics)")
        }
        let earlier = try previous.map { try load($0, "2024/25").response }
        return WorkbookPipeline.report(try load(answers, period), previous: earlier)
    }

    /// a 1.0, b 0.5, c 1.5, d 1.0 (weight 0), e 1.0, f 3.5.
    static let full = """
          a1: 1
          a2: 1
          b1: 0
          b2: 1
          c1: 1
          c2: 2
          d1: 1
          d2: 1
          e1: 1
          e2: 1
          f1: 4
          f2: 3

        """

    static func text(_ report: Report) -> String { TextReport().render(report, options: RenderOptions()) }
    /// The text report with its wrapped lines joined, so a sentence can be looked for whole.
    static func flat(_ report: Report) -> String {
        text(report).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    static func markdown(_ report: Report) -> String { MarkdownReport().render(report, options: RenderOptions()) }
    static func html(_ report: Report) -> String { HTMLReport().render(report, options: RenderOptions()) }
    static func json(_ report: Report) throws -> [String: Any] {
        let data = Data(JSONReport().render(report, options: RenderOptions()).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Text with every run of white space made one space.
    static func flatten(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// What a reader of the page sees: the HTML without its tags and without the embedded JSON.
    static func visibleText(_ html: String) -> String {
        var text = html
        for (open, close) in [("<script", "</script>"), ("<style", "</style>")] {
            while let start = text.range(of: open),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        var out = ""
        var inTag = false
        for character in text {
            // A tag reads as a space: cells and elements are apart on the page.
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
                out.append(" ")
            } else if !inTag {
                out.append(character)
            }
        }
        return out
    }

    // MARK: - 1. One weak link

    @Test func aWeakLinkIsJudgedOnTheScoreAsPrinted() throws {
        let workbook = try Self.six().workbook
        // 1.46 prints as 1.5: it reads Developing and is not a weak link; 1.44 prints as 1.4 and is.
        #expect(workbook.band(for: 1.46)?.id == "developing")
        #expect(!workbook.isWeakLink(1.46))
        #expect(workbook.band(for: 1.44)?.id == "weak")
        #expect(workbook.isWeakLink(1.44))
        // The edge is strict: exactly 1.5 is not below 1.5.
        #expect(!workbook.isWeakLink(1.5))
    }

    @Test func theWeakestLinksAreTheWeakLinksWeakestFirst() throws {
        let assessment = try Self.report(Self.full).assessment
        // Below 1.5: b 0.5; then a, e and d at 1.0, higher weight first (d has 0), then order.
        #expect(assessment.weakLinks == ["b", "a", "e", "d"])
        #expect(assessment.weakestLinks == ["b", "a"])
        // c at exactly 1.5 reads Developing and is no weak link on any page.
        #expect(assessment.element("c")?.reading?.band?.id == "developing")
    }

    @Test func aThresholdInsideABandIsALocatedWarning() throws {
        let input = try Fixtures.input("invalid/wb-weak-link-threshold.yaml")
        let diagnostics = WorkbookPipeline.loadWorkbook(input).diagnostics
        let warning = try #require(diagnostics.first { $0.code == .weakLinkThreshold })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 48)
        #expect(warning.hint?.contains("1.5 or 2.5") == true)
        // The bundled workbooks' threshold is their weak band's edge, so none warns.
        for id in BundledWorkbooks.ids {
            let bundled = try #require(BundledWorkbooks.input(id))
            #expect(
                !WorkbookPipeline.loadWorkbook(bundled).diagnostics.contains { $0.code == .weakLinkThreshold }, "\(id)")
        }
    }

    // MARK: - 2. A truncated list says so

    @Test func aTruncatedListNamesWhatItLeavesOut() throws {
        let report = try Self.report(Self.full)
        let more = "… and 2 more: Epsilon (1.0), Delta, not counted (1.0)"
        #expect(Self.text(report).contains(more))
        #expect(Self.markdown(report).contains(more))
        #expect(Self.flatten(Self.visibleText(Self.html(report))).contains(more))
        let json = try Self.json(report)
        #expect(json["weakLinks"] as? [String] == ["b", "a", "e", "d"])
        #expect(json["weakestLinks"] as? [String] == ["b", "a"])
    }

    // MARK: - 3. Low coverage is shouted

    @Test func aResponseWithOneAnswerInTwelveLeadsWithAWarning() throws {
        let report = try Self.report("  a1: 2\n")
        let warning = "Only 1 of 12 questions are answered (8%)"
        let text = Self.text(report)
        #expect(text.contains(warning))
        // It leads: before the overall score.
        #expect(
            (text.range(of: warning)?.lowerBound ?? text.endIndex)
                < (text.range(of: "Overall")?.lowerBound ?? text.startIndex))
        #expect(Self.markdown(report).contains(warning))
        #expect(Self.flatten(Self.visibleText(Self.html(report))).contains(warning))
        // Never "every element is at 1.5 or above" while five are not scored.
        #expect(!text.contains("every element"))
        #expect(Self.flat(report).contains("5 elements are not scored yet"))
        let json = try Self.json(report)
        #expect(json["lowCoverage"] as? Bool == true)
        #expect(json["nothingAnswered"] as? Bool == false)
        #expect(json["answered"] as? Int == 1)
    }

    @Test func aBlankResponseSaysNothingIsAnsweredYet() throws {
        let report = try Self.report("")
        let text = Self.text(report)
        #expect(text.contains("Nothing is answered yet (0 of 12 questions)"))
        #expect(text.contains("None can be named yet: no element is scored."))
        #expect(!text.contains("every element"))
        #expect(try Self.json(report)["nothingAnswered"] as? Bool == true)
        // Full coverage: no warning.
        #expect(!Self.text(try Self.report(Self.full)).contains("WARNING"))
    }

    // MARK: - 5. Arithmetic that adds up as printed

    @Test func aChangeIsTheDifferenceOfThePrintedScores() throws {
        // 1.25 prints 1.3 and 1.5 prints 1.5: the change printed is +0.2, not the +0.3 that
        // rounding the true change (0.25) would give.
        #expect(NumberFormatting.change(from: 1.25, to: 1.5) == "+0.2")
        #expect(NumberFormatting.change(from: 1.34, to: 1.64) == "+0.3")
        #expect(NumberFormatting.change(from: 2.05, to: 2.04) == "-0.1")
        #expect(NumberFormatting.change(from: 2.04, to: 2.0) == "0.0")
        // In a report: a is 1.25 last round (a1 1, a2 ratings [1, 2] → 1.5) and 1.5 now.
        let previous = Self.full.replacingOccurrences(of: "  a2: 1\n", with: "  a1: 1\n")
            .replacingOccurrences(
                of: "  a1: 1\n  a1: 1\n", with: "  a1: 1\n  a2: { ratings: [1, 2] }\n")
        let now = Self.full.replacingOccurrences(of: "  a2: 1\n", with: "  a2: 2\n")
        let report = try Self.report(now, previous: previous)
        #expect(report.assessment.previous?.score("a") == 1.25)
        #expect(report.assessment.element("a")?.score == 1.5)
        let line = try #require(Self.text(report).split(separator: "\n").first { $0.contains("Alpha") })
        #expect(line.hasSuffix("+0.2"), "the text report shows each element's change since the last round: \(line)")
    }

    // MARK: - 7. One derivation

    @Test func aWeightZeroElementIsLeftOutTheSameWayEverywhere() throws {
        let report = try Self.report(Self.full)
        let derivation = report.assessment.overallDerivation
        #expect(derivation.terms.map(\.id) == ["a", "b", "c", "e", "f"])
        #expect(derivation.excluded == [.init(id: "d", reason: "weight 0")])
        // Overall: (1 + 0.5 + 1.5 + 1 + 3.5) / 5 = 1.5, the same the derivation gives.
        #expect(report.assessment.overall?.score == 1.5)
        #expect(derivation.weightedMean == 1.5)
        let html = Self.html(report)
        #expect(Self.flatten(Self.visibleText(html)).contains("Left out: Delta, not counted (weight 0)"))
        let overall = try #require(html.range(of: "Overall score:"))
        let block = html[overall.lowerBound...].prefix { _ in true }
        let end = try #require(block.range(of: "</details>"))
        #expect(!block[..<end.lowerBound].contains("<tr><td>Delta"), "never listed as counted with weight 0")
    }

    // MARK: - 8. Where to act first discriminates

    @Test func movesAreRankedByWhatTheyChange() throws {
        let moves = try Self.report(Self.full).assessment.leverage
        // b (sole lowest, 0.5 → 1.5) leaves the weak links and lifts the chain; a and e leave
        // them too (1.0 → 2.0), then d (weight 0, no overall gain); c changes band; f nothing.
        #expect(moves.map(\.element) == ["b", "a", "e", "d", "c", "f"])
        let b = try #require(moves.first)
        #expect(b.leavesWeakLinks && b.newBand?.id == "developing")
        #expect(b.chainGain == 0.5)  // the next lowest is 1.0
        #expect(abs(b.overallGain - 0.2) < 1e-12)  // (1.5 − 0.5) / 5
        let a = try #require(moves.first { $0.element == "a" })
        #expect(a.chainGain == 0)
        #expect(a.othersAtLowest == 0, "a is not at the lowest score")
        let c = try #require(moves.first { $0.element == "c" })
        #expect(!c.leavesWeakLinks && c.newBand?.id == "strong")
        #expect(
            Self.flat(try Self.report(Self.full))
                .contains(
                    "0.5 → 1.5: out of the weak links, into Developing; chain strength +0.5; overall +0.20"))
    }

    @Test func tiedLowestElementsSayTheChainNeedsBoth() throws {
        // b and e both at 0.5: raising one alone leaves the chain at 0.5.
        let answers = Self.full.replacingOccurrences(of: "  e1: 1\n", with: "  e1: 0\n")
        let moves = try Self.report(answers).assessment.leverage
        let b = try #require(moves.first { $0.element == "b" })
        #expect(b.chainGain == 0)
        #expect(b.tiedAtLowest == ["e"])
        #expect(Self.flat(try Self.report(answers)).contains("chain strength rises only if Epsilon rises too"))
    }

    // MARK: - 9. Board words

    @Test func boardFormatsUsePlainWordsAndJSONKeepsIds() throws {
        let report = try Self.report(Self.full)
        #expect(report.findings.map(\.rule) == ["very-weak"])
        #expect(report.notEvaluated.map(\.needsPrevious) == [true])
        for page in [Self.text(report), Self.markdown(report), Self.visibleText(Self.html(report))] {
            #expect(!page.contains("very-weak") && !page.contains("overall-fell"))
            #expect(!page.contains("CRITICAL") && !page.contains("Not evaluated"))
            #expect(page.contains("Priority"))
            #expect(
                page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    .contains("was not made: no previous round was given"))
            #expect(!page.contains("b1") && !page.contains("a2"), "no question ids")
        }
        let json = try Self.json(report)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "very-weak")
        #expect(findings.first?["severity"] as? String == "critical")
    }

    // MARK: - Text layout

    @Test func namesWrapAndWideCharactersLineUp() throws {
        #expect(DisplayWidth.of("北区") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("\u{1B}[1mbold\u{1B}[0m") == 4)
        let lines = Self.text(try Self.report(Self.full)).split(separator: "\n").map(String.init)
        // The score column starts at the same display column for a CJK title and a Latin one.
        func scoreColumn(_ title: String) throws -> Int {
            let line = try #require(lines.first { $0.hasPrefix("  " + title) })
            let firstDigit = try #require(line.firstIndex { $0.isNumber })
            return DisplayWidth.of(String(line[..<firstDigit]))
        }
        #expect(try scoreColumn("北区の健康づくり") == scoreColumn("Alpha"))
        // The long title is wrapped whole, never cut with an ellipsis.
        #expect(lines.contains { $0.hasPrefix("  A deliberately long element title that  1.5") })
        #expect(lines.contains { $0 == "    cannot fit in one column of the text" })
        #expect(lines.contains { $0 == "    table" })
        #expect(!lines.contains { $0.contains("…") && $0.contains("deliberately") })
    }

    // MARK: - CSV for spreadsheets

    @Test func theCSVStartsWithAByteOrderMarkAndEveryRowNamesTheArea() throws {
        let csv = CSVReport().render(try Self.report(Self.full), options: RenderOptions())
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        let rows = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("area,period,level,id") == true)
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("Testford,2025/26,") })
    }
}
