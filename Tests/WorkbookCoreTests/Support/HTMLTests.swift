import Foundation
import Testing
@testable import WorkbookCore
@testable import WorkbookForms
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookSupport

/// `HTML`: text is escaped unless marked raw, in content and in attributes, and the pages built
/// with it escape a hostile title exactly once (never left raw, never escaped twice, and the
/// page's own markup never escaped as if it were text).
struct HTMLTests {
    // MARK: - The type

    @Test func interpolatedTextIsEscapedAndLiteralsAreMarkup() {
        let title = "<script> & \"x\" 'y'"
        let html: HTML = "<h1 title=\"\(title)\">\(title)</h1>"
        #expect(
            html.markup
                == "<h1 title=\"&lt;script&gt; &amp; &quot;x&quot; &#39;y&#39;\">&lt;script&gt; &amp; &quot;x&quot; &#39;y&#39;</h1>"
        )
        #expect(HTML.text("Côte-d’Or ✓").markup == "Côte-d’Or ✓")
        #expect(HTML.text("&amp;").markup == "&amp;amp;")
    }

    @Test func interpolatedHTMLAndRawAreKeptAsTheyAre() {
        let bold: HTML = "<b>\("a & b")</b>"
        let wrapped: HTML = "<p>\(bold) \(HTML.raw("<i>raw</i>"))</p>"
        #expect(wrapped.markup == "<p><b>a &amp; b</b> <i>raw</i></p>")
        #expect(HTML.raw("<script>x < y && z</script>").markup == "<script>x < y && z</script>")
        let count = 3
        #expect(("\(count) of \(Int64(-4))" as HTML).markup == "3 of -4")
    }

    @Test func attributesAndElementsEscapeTheirValues() {
        #expect(HTML.attribute("data-id", "a\"b<c>").markup == " data-id=\"a&quot;b&lt;c&gt;\"")
        #expect(HTML.attribute("class", nil as String?).isEmpty)
        let element = HTML.element("span", ["class": "x\" onclick=\"y", "title": nil], .text("<b>"))
        #expect(element.markup == "<span class=\"x&quot; onclick=&quot;y\">&lt;b&gt;</span>")
    }

    @Test func piecesJoinAndAppend() {
        let items: [HTML] = ["<li>\("a<")</li>", "<li>b</li>"]
        #expect(items.joined(separator: "\n").markup == "<li>a&lt;</li>\n<li>b</li>")
        #expect(([] as [HTML]).joined().isEmpty)
        var html: HTML = "<ul>"
        html += items.joined()
        html.append("</ul>")
        #expect(html + HTML.empty == "<ul><li>a&lt;</li><li>b</li></ul>")
        #expect(html.description == html.markup)
    }

    // MARK: - Pages

    static let title = "<script> & \"quoted\""
    static let escaped = "&lt;script&gt; &amp; &quot;quoted&quot;"

    static let workbook = """
        workbook: hostile-title
        version: "1.0"
        title: '\(title)'
        summary: '\(title) summary'
        scale:
          levels:
            - { value: 0, label: '\(title) zero', description: '\(title) none' }
            - { value: 1, label: One, description: Some }
            - { value: 2, label: Two, description: All }
          not_applicable: true
        bands:
          - { id: low, label: '\(title) low', below: 1 }
          - { id: high, label: High }
        layout: symmetric
        groups:
          - { id: left, title: '\(title) left', position: left }
          - { id: right, title: '\(title) right', position: right }
        elements:
          - id: first
            group: left
            title: '\(title) first'
            description: '\(title) description'
            questions:
              - id: q-one
                text: '\(title) question'
                guidance: '\(title) guidance'
                levels:
                  0: '\(title) level'
          - id: second
            group: right
            title: '\(title) second'
            questions:
              - { id: q-two, text: Plain }
        weakest_links: { below: 1 }
        rules:
          - id: weak
            for_each: element
            when: score < 1
            severity: critical
            message: '{title} is weak'
            recommendation: '\(title) recommendation'
        """

    static let response = """
        workbook: hostile-title
        area: '\(title) area'
        period: '\(title) period'
        facilitator: '\(title) facilitator'
        notes: '\(title) notes'
        targets:
          first: 2
        answers:
          q-one: { ratings: [0, 2], evidence: '\(title) evidence' }
          q-two: 2
        """

    /// The title is shown escaped once; every `&lt;` is the title's own `<script>`, and no
    /// attribute of the page's own markup had its quotes escaped.
    private func expectEscapedOnce(_ html: String, _ page: String) {
        // Each test on its own line, so a failure does not print the whole page.
        let shown = html.contains(Self.escaped)
        #expect(shown, "\(page): the title is not shown escaped")
        let raw = html.contains(Self.title)
        #expect(!raw, "\(page): the title is raw")
        for twice in ["&amp;lt;", "&amp;amp;", "&amp;quot;", "&amp;#39;"] {
            let found = html.contains(twice)
            #expect(!found, "\(page): escaped twice (\(twice))")
        }
        let attribute = html.contains("=&quot;")
        #expect(!attribute, "\(page): the page's own attribute was escaped")
        let openings = html.components(separatedBy: "&lt;").count - 1
        let titles = html.components(separatedBy: "&lt;script&gt;").count - 1
        #expect(openings == titles, "\(page): markup escaped as text")
    }

    @Test func aHostileTitleEndsEscapedOnceInTheFormAndThePack() throws {
        let loaded = WorkbookPipeline.validatedWorkbook(InputFile(name: "w.yaml", text: Self.workbook))
        let workbook = try #require(loaded.value, "\(loaded.diagnostics)")
        expectEscapedOnce(FormRenderer.render(workbook), "form")
        expectEscapedOnce(WorkshopPackRenderer.render(workbook), "pack")
    }

    @Test func aHostileTitleEndsEscapedOnceInTheReport() throws {
        let compiled = try #require(WorkbookPipeline.loadWorkbook(InputFile(name: "w.yaml", text: Self.workbook)).value)
        let loaded = WorkbookPipeline.loadResponse(
            InputFile(name: "r.yaml", text: Self.response), resolver: .only(compiled))
        let response = try #require(loaded.value, "\(loaded.diagnostics)")
        let report = WorkbookPipeline.report(response, previous: nil)
        let html = HTMLReport().render(report, options: RenderOptions())
        // The embedded JSON holds the title with `<`, `>` and `&` as \u escapes: not HTML.
        expectEscapedOnce(html, "report")
        #expect(html.contains("<h1>\(Self.escaped)</h1>"))
    }
}
