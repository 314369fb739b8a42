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

/// The workshop form and the printable pack: every question has its controls, `na` only where
/// allowed, workbook text is escaped everywhere, and the output is deterministic.
struct FormRendererTests {
    // MARK: - Controls

    @Test func everyQuestionHasARadioGroupNamedByItsIDWithTheScaleValues() throws {
        let workbook = try Fixtures.miniWorkbook()
        let html = FormRenderer.render(workbook)
        for question in workbook.questions {
            for value in ["0", "1", "2", "3", "4", "na"] {
                #expect(html.contains("name=\"\(question.id)\" value=\"\(value)\""), "\(question.id) lacks \(value)")
            }
            #expect(html.contains("name=\"\(question.id)--ratings\""))
            #expect(html.contains("name=\"\(question.id)--evidence\""))
            #expect(html.contains("<fieldset class=\"question\" id=\"q_\(question.id)\""))
        }
        #expect(occurrences(of: "type=\"radio\"", in: html) == workbook.questions.count * 6)
        for name in ["area", "period", "date", "facilitator", "notes"] {
            #expect(html.contains("name=\"\(name)\""))
        }
        #expect(html.contains("type=\"date\" id=\"field_date\" name=\"date\""))
        #expect(html.contains("id=\"response-yaml\""))
    }

    @Test func everyInputHasALabel() throws {
        let html = FormRenderer.render(try Fixtures.miniWorkbook())
        let ids = matches(of: #"<(?:input|textarea)[^>]* id="([^"]+)""#, in: html)
        let labelled = Set(matches(of: #"<label[^>]* for="([^"]+)""#, in: html))
        // Per question: 5 levels and na, ratings and evidence; then the workshop's 9 fields
        // (area, period, date, facilitator, rater, its group, participants, notes, tables);
        // and 4 elements × (target, what, owner, due) in the plan.
        #expect(ids.count == 8 * 6 + 8 * 2 + 9 + 4 * 4)
        for id in ids {
            #expect(labelled.contains(id), "\(id) has no label")
        }
        // A legend per question, one per question's boxes for typing up several tables, and
        // one per element of the plan.
        #expect(occurrences(of: "<legend>", in: html) == 8 * 2 + 4)
    }

    @Test func notApplicableIsOfferedOnlyWhereTheWorkbookAllowsIt() throws {
        let text = try #require(try Fixtures.input("valid/mini.yaml").text)
        let strict = try load(text.replacingOccurrences(of: "not_applicable: true", with: "not_applicable: false"))
        let form = FormRenderer.render(strict)
        #expect(!form.contains("value=\"na\""))
        #expect(form.contains("\"notApplicable\": false"))
        #expect(!WorkshopPackRenderer.render(strict).contains("N/A"))

        let allowing = try Fixtures.miniWorkbook()
        #expect(occurrences(of: "value=\"na\"", in: FormRenderer.render(allowing)) == allowing.questions.count)
        #expect(FormRenderer.render(allowing).contains("\"notApplicable\": true"))
    }

    @Test func theDataBlockListsTheQuestionsInWorkbookOrder() throws {
        let workbook = try Fixtures.miniWorkbook()
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(dataBlock(FormRenderer.render(workbook)).utf8))
                as? [String: Any])
        #expect(object["workbook"] as? String == "mini")
        #expect(object["version"] as? String == "1.0")
        #expect(object["storageKey"] as? String == "workbook-form:mini:1.0")
        #expect(object["maxRatings"] as? Int == FileFormat.maxRatings)
        let elements = try #require(object["elements"] as? [[String: Any]])
        #expect(elements.flatMap { $0["questions"] as? [String] ?? [] } == workbook.questions.map(\.id))
        let scale = try #require(object["scale"] as? [[String: Any]])
        #expect(scale.map { $0["value"] as? String } == ["0", "1", "2", "3", "4"])
    }

    @Test func theBundledWorkbooksHaveEveryControl() throws {
        for id in [
            "pots", "christmas-tree", "place-based-planning", "inclusion-health", "community-engagement",
            "delivery-plan",
        ] {
            let path = "workbooks/\(id).yaml"
            guard FileManager.default.fileExists(atPath: Fixtures.repository.appendingPathComponent(path).path) else {
                continue
            }
            let workbook = try #require(WorkbookPipeline.validatedWorkbook(try Fixtures.repositoryInput(path)).value)
            let html = FormRenderer.render(workbook)
            let values = workbook.scale.levels.count + (workbook.scale.allowsNotApplicable ? 1 : 0)
            #expect(occurrences(of: "type=\"radio\"", in: html) == workbook.questions.count * values)
            for question in workbook.questions {
                #expect(html.contains("name=\"\(question.id)--ratings\""))
            }
            let pack = WorkshopPackRenderer.render(workbook)
            #expect(occurrences(of: "<section class=\"sheet element\"", in: pack) == workbook.elements.count)
        }
    }

    // MARK: - The workshop pack

    @Test func thePackHasACoverAndAPagePerElementWithAGridPerQuestion() throws {
        let workbook = try Fixtures.miniWorkbook()
        let pack = WorkshopPackRenderer.render(workbook)
        #expect(pack.contains("@page { size: A4"))
        #expect(pack.contains("<section class=\"sheet cover\""))
        #expect(occurrences(of: "<section class=\"sheet element\"", in: pack) == workbook.elements.count)
        #expect(occurrences(of: "<table class=\"grid\">", in: pack) == workbook.questions.count)
        // Six tables × (five levels + N/A) boxes per question.
        #expect(occurrences(of: "<span class=\"box\"></span>", in: pack) == workbook.questions.count * 6 * 6)
        #expect(
            occurrences(of: "<span class=\"box\"></span>", in: WorkshopPackRenderer.render(workbook, tables: 3))
                == workbook.questions.count * 3 * 6)
        #expect(occurrences(of: "class=\"notes\"", in: pack) == workbook.questions.count)
        #expect(!pack.contains("<script"))
    }

    // MARK: - Escaping

    @Test func htmlEscapingCoversTheFiveSpecialCharactersAndKeepsTheRest() {
        #expect(
            "<a href=\"x\">Tom & Jerry's</a>".htmlEscaped
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect("Côte-d’Or ✓".htmlEscaped == "Côte-d’Or ✓")
        #expect("&amp;".htmlEscaped == "&amp;amp;")
    }

    @Test func workbookTextKeepsItsParagraphsAndLineBreaks() {
        #expect(
            FormHTML.paragraphs("One <b>\n\nTwo\nthree & four")
                == "<p>One &lt;b&gt;</p>\n<p>Two<br>three &amp; four</p>\n")
        #expect(FormHTML.inline("a\r\nb\n\nc") == "a<br>b<br>c")
        #expect(FormHTML.paragraphs("") == "")
    }

    @Test func hostileWorkbookTextIsEscapedEverywhere() throws {
        let workbook = try load(Self.hostile)
        for html in [FormRenderer.render(workbook), WorkshopPackRenderer.render(workbook)] {
            for raw in [
                "<script>alert", "</script><script>", "<img", "<b>", "</textarea><script", "</pre></script>", "'level'",
                "It's",
            ] {
                #expect(!html.contains(raw), "unescaped: \(raw)")
            }
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("Côte-d’Or"))
            #expect(html.contains("&quot;quoted&quot; &amp; Côte-d’Or"))
            #expect(html.contains("It&#39;s"))
            #expect(html.contains("High: &lt;/pre&gt;&lt;/script&gt;"))
        }
        let form = FormRenderer.render(workbook)
        // Only the page's own three script blocks (workbook data, plan data, script) open and close.
        #expect(occurrences(of: "<script", in: form) == 3)
        #expect(occurrences(of: "</script", in: form) == 3)
        let json = dataBlock(form)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains("\\u003c/script\\u003e"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == workbook.title)
        #expect(object["version"] as? String == "1.0 <b>&amp;</b>")
    }

    // MARK: - Determinism

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try Fixtures.miniWorkbook()
        let second = try Fixtures.miniWorkbook()
        #expect(FormRenderer.render(first) == FormRenderer.render(second))
        #expect(WorkshopPackRenderer.render(first) == WorkshopPackRenderer.render(second))
        let hostile = try load(Self.hostile)
        #expect(FormRenderer.render(hostile) == FormRenderer.render(try load(Self.hostile)))
    }

    @Test func theRatingsExampleUsesScaleValues() throws {
        #expect(FormRenderer.ratingsExample(try Fixtures.miniWorkbook().scale) == "1 2 4 2")
    }

    // MARK: - Helpers

    static let hostile = #"""
        workbook: hostile
        version: "1.0 <b>&amp;</b>"
        title: "</script><script>alert(1)</script> & \"Côte-d’Or\" 'x'"
        summary: "<img src=x onerror=alert(1)> summary & more"
        scale:
          levels:
            - { value: 0, label: "<script>alert(1)</script>", description: "Nothing & \"none\"" }
            - { value: 1, label: "Côte-d’Or", description: "</textarea><script>alert(2)</script>" }
          not_applicable: true
        bands:
          - { id: low, label: "<b>Low</b>", below: 0.5 }
          - { id: high, label: High }
        layout: radar
        groups:
          - { id: side, title: "<b>Group</b> & co" }
        elements:
          - id: first
            group: side
            title: "<script>alert(1)</script> element"
            description: "Description with </script> and & and \"quotes\""
            questions:
              - id: q-one
                text: "It's \"quoted\" & Côte-d’Or: <script>alert(1)</script>"
                guidance: "Low: <b>bold</b>. High: </pre></script>"
                levels:
                  0: "<script>alert('level')</script>"
                  1: "Côte-d’Or & friends"
        weakest_links: { below: 0.5 }
        """#

    private func load(_ text: String) throws -> Workbook {
        let result = WorkbookPipeline.validatedWorkbook(InputFile(name: "test.yaml", text: text))
        return try #require(result.value, "\(result.diagnostics)")
    }

    private func dataBlock(_ html: String) -> String {
        let opening = "<script type=\"application/json\" id=\"workbook-data\">"
        guard let start = html.range(of: opening),
            let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range)
            .compactMap { match in
                Range(match.range(at: 1), in: text).map { String(text[$0]) }
            }
    }

    /// `form --from LAST.yaml`: the plan starts from last round's targets, open actions and
    /// evidence; no rating of last round reaches the page.
    @Test func aFormFromLastRoundCarriesThePlanAndNoRating() throws {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(
                try Fixtures.repositoryInput("examples/rounds/harrowgate-moor-2025.yaml"),
                resolver: BundledWorkbooks.resolver
            )
            .value)
        let html = FormRenderer.render(loaded.workbook, from: loaded.response)
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"plan-data\">\n"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        )
        let last = try #require(object["last"] as? [String: Any])
        #expect(last["area"] as? String == "Harrowgate Moor")
        #expect(last["targets"] as? [String: Double] == ["service-volumes": 2, "engagement": 3, "pathways": 3])
        #expect(
            (last["actions"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                "referral-route", "home-monitoring", "champions-model",
            ])
        #expect(
            (last["evidence"] as? [String: String])?["engage-delivery"]
                == "Lottery grant ended in March 2025; health champions down from 20 to 4.")
        #expect(Set(last.keys) == ["area", "period", "targets", "actions", "evidence"], "no ratings, no scores")
        #expect(!html.contains(" checked>") && !html.contains(" checked=\""), "no radio starts checked")
        // Without --from the page has no last round at all.
        #expect(!FormRenderer.render(loaded.workbook).contains("\"last\""))
    }
}

/// Who is rating, and several tables in one copy.
struct FormRaterTests {
    @Test func theFormAsksWhoIsRatingAndForSeveralTables() throws {
        let html = FormRenderer.render(try Fixtures.miniWorkbook())
        #expect(html.contains("id=\"field_rater\" name=\"rater\""))
        #expect(html.contains("id=\"field_rater_group\" name=\"rater_group\""))
        #expect(html.contains("id=\"field_tables\" name=\"tables\""))
        #expect(html.contains("<fieldset class=\"table-ratings\" id=\"q_needs-voice_tables\" hidden>"))
        // The script writes them, and names the download after area, period and rater.
        #expect(html.contains("line(\"rater\", details.rater);"))
        #expect(html.contains("lines.push(\"raters:\");"))
        #expect(html.contains("slug(fields.rater.value)"))
    }
}
