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

/// The HTML report: escaping, nothing external, no running script, determinism, and each
/// framework layout drawn with every element (unscored ones as "not scored").
struct HTMLReportTests {
    // MARK: - Helpers

    private func compiled(_ text: String, name: String = "test-workbook.yaml") throws -> CompiledWorkbook {
        let result = WorkbookPipeline.loadWorkbook(InputFile(name: name, text: text))
        return try #require(result.value, "workbook does not load: \(result.diagnostics)")
    }

    private func bundled(_ id: String) throws -> CompiledWorkbook {
        let input = try #require(BundledWorkbooks.input(id))
        return try #require(WorkbookPipeline.loadWorkbook(input).value)
    }

    private func report(_ workbook: CompiledWorkbook, response: String, previous: String? = nil) throws -> Report {
        let resolver = WorkbookResolver.only(workbook)
        let loaded = WorkbookPipeline.loadResponse(InputFile(name: "response.yaml", text: response), resolver: resolver)
        let value = try #require(loaded.value, "response does not load: \(loaded.diagnostics)")
        var earlier: Response?
        if let previous {
            let loadedPrevious = WorkbookPipeline.loadResponse(
                InputFile(name: "previous.yaml", text: previous), resolver: resolver)
            earlier = try #require(loadedPrevious.value, "previous does not load: \(loadedPrevious.diagnostics)")
                .response
        }
        return WorkbookPipeline.report(value, previous: earlier)
    }

    private func example(_ name: String, previous: String? = nil) throws -> Report {
        let text = try #require(try Fixtures.repositoryInput("examples/\(name).yaml").text)
        let previousText = try previous.map { try #require(try Fixtures.repositoryInput("examples/\($0).yaml").text) }
        let loaded = try #require(
            WorkbookPipeline.loadResponse(InputFile(name: name, text: text), resolver: BundledWorkbooks.resolver).value)
        let id = loaded.workbook.id
        return try report(try bundled(id), response: text, previous: previousText)
    }

    private func render(_ report: Report) -> String { HTMLReport().render(report, options: RenderOptions()) }

    /// Records an issue for each text the page lacks, without printing the whole page.
    private func expectContains(
        _ html: String, _ texts: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for text in texts where !html.contains(text) {
            Issue.record("missing: \(text)", sourceLocation: sourceLocation)
        }
    }

    /// The framework figure's SVG.
    private func framework(_ html: String) throws -> Substring {
        let start = try #require(html.firstRange(of: "<figure class=\"framework"))
        let end = try #require(html[start.upperBound...].firstRange(of: "</svg>"))
        return html[start.lowerBound..<end.upperBound]
    }

    /// The markup of one element's `<g>` in a figure.
    private func elementGroup(_ id: String, in svg: Substring) -> Substring? {
        guard let start = svg.firstRange(of: "data-element=\"\(id)\""),
            let end = svg[start.upperBound...].firstRange(of: "</g>")
        else { return nil }
        return svg[start.lowerBound..<end.upperBound]
    }

    /// The `x` of the first `<rect>` inside an element's group.
    private func boxX(_ id: String, in svg: Substring) -> Double? {
        guard let group = elementGroup(id, in: svg), let rect = group.firstRange(of: "<rect x=\"") else { return nil }
        let digits = group[rect.upperBound...].prefix { $0 != "\"" }
        return Double(String(digits))
    }

    /// Every tag's attribute names, lowercased, for the scan for event handlers.
    private func attributeNames(_ html: String) -> [String] {
        var names: [String] = []
        var inTag = false
        var quote: Character?
        var token = ""
        var expectingName = false
        for character in html {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if !inTag {
                if character == "<" {
                    inTag = true
                    expectingName = false
                    token = ""
                }
                continue
            }
            switch character {
            case ">":
                inTag = false
            case "\"", "'":
                quote = character
            case " ", "\n", "\t":
                if !token.isEmpty, expectingName { names.append(token.lowercased()) }
                token = ""
                expectingName = true
            case "=":
                if !token.isEmpty, expectingName { names.append(token.lowercased()) }
                token = ""
                expectingName = false
            default:
                token.append(character)
            }
        }
        return names
    }

    private static let hostileWorkbook = """
        workbook: hostile
        version: "1.0"
        title: "Framework <b>bold</b> & \\"quoted\\" 'single'"
        scale:
          levels:
            - { value: 0, label: "Zero <z>", description: "None & nothing" }
            - { value: 2, label: Some, description: Some }
            - { value: 4, label: All, description: All }
          not_applicable: true
        bands:
          - { id: weak, label: "<i>Weak</i> & \\"low\\"", below: 2, colour: "#c0392b" }
          - { id: strong, label: "Strong 'ok'" }
        layout: symmetric
        groups:
          - { id: people, title: "<u>People</u> & \\"them\\"", position: left }
          - { id: places, title: "Côte-d’Or <places>", position: right }
        elements:
          - id: alpha
            group: people
            title: "<img src=x onerror=alert(1)> & \\"Alpha\\" with a very long title that has to wrap over lines"
            questions:
              - { id: alpha-one, text: "Is </td></tr></table> closed? & <b>", weight: 2 }
              - { id: alpha-two, text: "Plain question" }
          - id: beta
            group: places
            title: "Beta </text></svg><script>alert(3)</script>"
            questions:
              - { id: beta-one, text: "Beta question" }
        rules:
          - id: weak-element
            for_each: element
            when: score < 2
            severity: critical
            message: "<em>{title}</em> is weak & needs \\"work\\""
            recommendation: "Do <strong>this</strong> & that"
        """

    private static let hostileResponse = """
        workbook: hostile
        area: "<script>alert(1)</script> Côte-d’Or"
        period: "2025/26 \\"Q&A\\""
        date: 2025-11-14
        facilitator: "O'Brien & <Partners>"
        participants: ["<b>Alice</b>", "Bob & Co"]
        notes: "Line one <!-- comment\\nline two ]]> & done"
        targets:
          alpha: 3
        answers:
          alpha-one:
            ratings: [0, 4, 2]
            evidence: "</script><script>alert(2)</script> & \\"quoted\\" 'single' Côte-d’Or"
          alpha-two:
            score: 0
            evidence: "<!-- <![CDATA[ x ]]> -->"
        """

    // MARK: - Registration

    @Test func isRegisteredAsTheHTMLFormat() {
        #expect(HTMLReport.identifier == "html")
        #expect(HTMLReport.fileExtension == "html")
        #expect(ReportFormat(rawValue: "html")?.renderer is HTMLReport)
        #expect(ReportFormat.html.fileExtension == "html")
    }

    // MARK: - Escaping

    @Test func everyUserWrittenTextIsEscaped() throws {
        let html = render(try report(try compiled(Self.hostileWorkbook), response: Self.hostileResponse))
        let hostile = [
            "<script>alert(1)</script>", "<script>alert(2)</script>", "<script>alert(3)</script>", "<img src=x",
            "<b>bold</b>", "<i>Weak</i>", "<u>People</u>", "<places>", "</td></tr></table>", "<em>",
            "<strong>this</strong>",
            "<b>Alice</b>", "<Partners>", "<!-- comment", "<!-- <![CDATA[", "<z>", "</text></svg>",
        ]
        for raw in hostile {
            let found = html.contains(raw)
            #expect(!found, "unescaped: \(raw)")
        }
        for shown in [
            "&lt;script&gt;alert(1)&lt;/script&gt; Côte-d’Or",
            "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;",
            "O&#39;Brien &amp; &lt;Partners&gt;", "2025/26 &quot;Q&amp;A&quot;",
            "&lt;i&gt;Weak&lt;/i&gt; &amp; &quot;low&quot;",
            "&lt;u&gt;People&lt;/u&gt; &amp; &quot;them&quot;", "Côte-d’Or &lt;places&gt;",
            "Framework &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39;",
            "&lt;em&gt;&lt;img src=x onerror=alert(1)&gt;", "Do &lt;strong&gt;this&lt;/strong&gt; &amp; that",
            "&lt;b&gt;Alice&lt;/b&gt;", "Line one &lt;!-- comment<br>line two ]]&gt; &amp; done",
            "Is &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; closed? &amp; &lt;b&gt;",
            "Beta &lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(3)&lt;/script&gt;",
        ] {
            let found = html.contains(shown)
            #expect(found, "missing escaped text: \(shown)")
        }
        // Non-ASCII text is kept as it is, not turned into references.
        let kept = html.contains("Côte-d’Or") && !html.contains("&#8217;")
        #expect(kept)
    }

    @Test func theEmbeddedJSONCannotCloseItsBlock() throws {
        let report = try report(try compiled(Self.hostileWorkbook), response: Self.hostileResponse)
        let html = render(report)
        let opening = "<script type=\"application/json\" id=\"report-data\">\n"
        let start = try #require(html.firstRange(of: opening))
        let end = try #require(html[start.upperBound...].firstRange(of: "</script>"))
        let json = html[start.upperBound..<end.lowerBound]
        #expect(String(json) == JSONReport().value(report).serialized(escapingHTML: true))
        #expect(!json.contains("<") && !json.contains(">"))
        #expect(json.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(2)"))
        // The block is the last thing in the page.
        #expect(html[end.upperBound...] == "\n</body>\n</html>\n")
    }

    // MARK: - Self-contained and inert

    @Test(arguments: ["pots-northmoor", "christmas-tree-eastbridge", "place-based-planning-riverside", "hostile"])
    func nothingIsFetchedAndNoScriptRuns(_ name: String) throws {
        let html: String
        if name == "hostile" {
            html = render(try report(try compiled(Self.hostileWorkbook), response: Self.hostileResponse))
        } else {
            html = render(try example(name, previous: name == "pots-northmoor" ? "pots-northmoor-2024" : nil))
        }
        let lower = html.lowercased()
        func absent(
            _ needle: String, _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            let found = lower.contains(needle)
            #expect(!found, "\(needle) in the page", sourceLocation: sourceLocation)
        }
        if name != "hostile" {
            // The hostile page shows "<img src=x" as escaped text; the real pages have no 'src=' at all.
            absent("src=")
        }
        // No address anywhere: the only "http" is the policy's own `http-equiv`.
        absent("http:")
        absent("https:")
        absent("://")
        #expect(lower.ranges(of: "http").count == 1 && lower.contains("<meta http-equiv=\"content-security-policy\""))
        absent("@import")
        absent("javascript:")
        absent("xlink:href")
        absent("<use")
        for tag in [
            "<img", "<iframe", "<object", "<embed", "<video", "<audio", "<form", "<base", "http-equiv=\"refresh\"",
        ] {
            absent(tag)
        }
        // url( only for the page's own SVG pattern.
        for range in html.ranges(of: "url(") {
            #expect(html[range.upperBound...].hasPrefix("#"), "url( that is not a fragment")
        }
        // One <script>, and it is the inert JSON block.
        let scripts = html.ranges(of: "<script")
        #expect(scripts.count == 1)
        expectContains(html, "<script type=\"application/json\" id=\"report-data\">")
        // The only <link> is the empty data: icon (so no browser asks for /favicon.ico).
        #expect(html.ranges(of: "<link").count == 1)
        expectContains(html, "<link rel=\"icon\" href=\"data:,\">")
        // No event handler attributes anywhere (on*=).
        let handlers = attributeNames(html).filter { $0.hasPrefix("on") }
        #expect(handlers.isEmpty, "event handlers: \(handlers)")
        // And a policy that would block a script or a fetch if one slipped through.
        #expect(lower.contains("default-src 'none'"))
        absent("script-src")
    }

    @Test func printsOnA4WithFiguresKeptWhole() throws {
        let html = render(try example("christmas-tree-eastbridge"))
        expectContains(html, "@page { size: A4")
        expectContains(html, "@media print")
        expectContains(html, "break-inside: avoid")
        expectContains(html, ".page { break-before: page")
        expectContains(html, "max-width: 60rem")
        expectContains(html, "system-ui")
    }

    // MARK: - Determinism

    @Test func sameReportSameBytes() throws {
        let first = render(try example("pots-northmoor", previous: "pots-northmoor-2024"))
        let second = render(try example("pots-northmoor", previous: "pots-northmoor-2024"))
        #expect(first == second)
        let chain = try example("place-based-planning-riverside")
        #expect(render(chain) == render(chain))
    }

    // MARK: - Layouts

    @Test(arguments: ["pots-northmoor", "christmas-tree-eastbridge"])
    func symmetricDrawsEveryElementOnItsSide(_ name: String) throws {
        let report = try example(name)
        let svg = try framework(render(report))
        let workbook = report.assessment.workbook
        #expect(svg.contains("framework-symmetric"))
        for element in report.assessment.elements {
            let group = try #require(elementGroup(element.id, in: svg), "\(element.id) is not drawn")
            #expect(group.contains("<title>\(element.element.title.htmlEscaped): "))
            let score = try #require(element.score)
            #expect(group.contains(">\(NumberFormatting.oneDecimal(score))<"))
            #expect(group.contains(">\(try #require(element.reading?.band?.label).htmlEscaped)<"))
        }
        for group in workbook.groups {
            #expect(svg.contains("data-group=\"\(group.id)\""))
            #expect(svg.contains(group.title.htmlEscaped))
        }
        // Left groups are drawn left of the right ones, the centre between them.
        func xs(_ position: Group.Position) -> [Double] {
            workbook.elements.filter { workbook.group($0.group ?? "")?.position == position }
                .compactMap {
                    boxX($0.id, in: svg)
                }
        }
        let left = xs(.left)
        let right = xs(.right)
        let centre = xs(.centre)
        #expect(!left.isEmpty && !right.isEmpty)
        #expect((left.max() ?? 0) < (right.min() ?? 0))
        if !centre.isEmpty {
            #expect((left.max() ?? 0) < (centre.min() ?? 0) && (centre.max() ?? 0) < (right.min() ?? 0))
        }
    }

    @Test func unscoredElementsAreDrawnAsNotScoredNeverZero() throws {
        let response = try #require(try Fixtures.input("valid/mini-response.yaml").text)
        let report = try report(.init(workbook: try Fixtures.miniWorkbook(), rules: []), response: response)
        #expect(report.assessment.element("evidence")?.score == nil)
        let html = render(report)
        let svg = try framework(html)
        let evidence = try #require(elementGroup("evidence", in: svg))
        #expect(evidence.contains("not scored"))
        #expect(evidence.contains("fill=\"url(#wb-hatch)\""))
        #expect(!evidence.contains("0.0"))
        // The bar chart and the answers say so too.
        expectContains(html, "<div class=\"track unscored\">")
        expectContains(html, "<span class=\"band unscored\">not scored</span>")
        // Every element of the mini workbook is drawn.
        for id in ["needs", "targeting", "access", "evidence"] { #expect(elementGroup(id, in: svg) != nil) }
    }

    @Test func chainDrawsTheStepsInOrderAndMarksTheBreakPoint() throws {
        let report = try example("place-based-planning-riverside")
        let svg = try framework(render(report))
        let breakPoint = try #require(report.assessment.breakPoint)
        var last = svg.startIndex
        for element in report.assessment.elements {
            let range = try #require(svg.firstRange(of: "data-element=\"\(element.id)\""), "\(element.id) is not drawn")
            #expect(range.lowerBound > last, "\(element.id) is out of order")
            last = range.lowerBound
            let group = try #require(elementGroup(element.id, in: svg))
            #expect(group.contains("<title>Step \(element.index): \(element.element.title.htmlEscaped)"))
            #expect(group.contains(">\(element.index)</text>"))
            #expect(group.contains("break point") == (element.id == breakPoint))
        }
        let marked = try #require(elementGroup(breakPoint, in: svg))
        #expect(marked.contains("stroke-width=\"6\""))
        #expect(marked.contains(">▼ break point</text>"))
        // The links: nine of them, the row change included.
        #expect(svg.ranges(of: "<polygon").count == report.assessment.elements.count - 1)
    }

    @Test func chainShowsUnscoredSteps() throws {
        let response = """
            workbook: place-based-planning
            area: Partial
            period: 2025/26
            answers:
              lead-ownership: 3
            """
        let report = try report(try bundled("place-based-planning"), response: response)
        let svg = try framework(render(report))
        let unscored = report.assessment.elements.filter { $0.score == nil }
        #expect(!unscored.isEmpty)
        for element in unscored {
            let group = try #require(elementGroup(element.id, in: svg))
            #expect(group.contains("not scored"))
            #expect(group.contains("url(#wb-hatch)"))
        }
    }

    private func radarWorkbook(_ count: Int) -> (workbook: String, response: String) {
        var workbook = """
            workbook: radar-test
            version: "1"
            title: Radar of \(count)
            scale:
              levels:
                - { value: 0, label: None, description: None }
                - { value: 4, label: Full, description: Full }
            bands:
              - { id: low, label: Low, below: 2, colour: "#c0392b" }
              - { id: high, label: High }
            layout: radar
            elements:

            """
        var response = "workbook: radar-test\narea: Radarton\nperiod: \"2025\"\nanswers:\n"
        for index in 1...count {
            workbook += "  - id: spoke-\(index)\n    title: Element number \(index) with a longish title to wrap\n"
            workbook += "    questions:\n      - { id: q-\(index), text: Question \(index) }\n"
            if index % 3 != 0 { response += "  q-\(index): \(index % 2 == 0 ? 4 : 0)\n" }
        }
        return (workbook, response)
    }

    @Test(arguments: [3, 4, 7, 12, 20])
    func radarDrawsEveryElement(_ count: Int) throws {
        let (workbookText, responseText) = radarWorkbook(count)
        let report = try report(try compiled(workbookText), response: responseText)
        let svg = try framework(render(report))
        #expect(svg.contains("framework-radar"))
        for element in report.assessment.elements {
            // A spoke (with its number) and a legend entry per element.
            #expect(svg.ranges(of: "data-element=\"\(element.id)\"").count == 2, "\(element.id)")
            #expect(svg.contains("<title>\(element.index). \(element.element.title): "))
            let group = try #require(elementGroup(element.id, in: svg))
            if element.score == nil {
                #expect(group.contains("url(#wb-hatch)"))
                #expect(!group.contains("<circle cx=\"250\" cy=\"252\""), "unscored drawn at the centre, as 0")
            }
        }
        let unscored = report.assessment.elements.filter { $0.score == nil }
        #expect(svg.ranges(of: ">not scored<").count == unscored.count)
        // The score shape joins the scored spokes only.
        let scored = count - unscored.count
        if scored >= 3 { #expect(svg.contains("<polygon points=\"") && svg.contains("fill-opacity=\"0.12\"")) }
    }

    // MARK: - Text and figures

    @Test func longTitlesWrapIntoLinesOfWords() {
        let lines = SVG.wrap("Whole system, with civic, service and community interventions all considered", width: 22)
        #expect(lines == ["Whole system, with", "civic, service and", "community", "interventions all", "considered"])
        #expect(lines.allSatisfy { $0.count <= 22 })
        #expect(
            SVG.wrap("Supercalifragilisticexpialidocious words", width: 10) == [
                "Supercalif", "ragilistic", "expialidoc", "ious words",
            ])
        let cut = SVG.wrap("one two three four five six seven eight", width: 9, maxLines: 2)
        #expect(cut == ["one two", "three…"])
        #expect(SVG.wrap("", width: 22) == [""])
    }

    @Test func wrappedTitlesAreTspansInsideTheirBoxes() throws {
        let report = try example("place-based-planning-riverside")
        let svg = try framework(render(report))
        let group = try #require(elementGroup("whole-system", in: svg))
        #expect(group.ranges(of: "<tspan").count >= 3)
        // The full title is kept in the <title>.
        #expect(
            group.contains(
                "<title>Step 4: Whole system, with civic, service and community interventions all considered"))
    }

    @Test func derivationsShowTheArithmetic() throws {
        let response = try #require(try Fixtures.input("valid/mini-response.yaml").text)
        let html = render(try report(.init(workbook: try Fixtures.miniWorkbook(), rules: []), response: response))
        expectContains(html, "(3×1 + 2×2) / (1 + 2) = 2.33")
        expectContains(html, "Q3 (not applicable)")
        expectContains(html, "Left out: Evidence-based services (not scored)")
        expectContains(html, "<details class=\"derivation\"")
        #expect(
            HTMLReportPage.formula(
                .init(terms: [.init(id: "a", value: 3, weight: 1), .init(id: "b", value: 2, weight: 1)], excluded: []))
                == "(3 + 2) / 2 = 2.5")
        #expect(HTMLReportPage.formula(.init(terms: [], excluded: [.init(id: "a", reason: "not answered")])) == nil)
        #expect(
            HTMLReportPage.compact(7.0 / 3.0) == "2.33" && HTMLReportPage.compact(3) == "3"
                && HTMLReportPage.compact(2.5) == "2.5")
    }

    @Test func summaryAndSectionsArePresent() throws {
        let report = try example("pots-northmoor", previous: "pots-northmoor-2024")
        let html = render(report)
        for text in [
            "<h1>Population Outcomes Through Services (POTS)</h1>", "Northmoor", "2025/26", "2025-11-14",
            "Priya Sandhu",
            "Overall score", "Chain strength", "set by Service volumes", "Coverage", "100%",
            "Change since 2024/25", "+0.3", "Scores by element", "<h3>Groups</h3>", "Weakest links", "Findings",
            "severity-critical", "What to do:", "Where to act first", "Contested questions", "equity-proportionate",
            "1, 1, 4, 2, 1, 0", "Not answered", "Overall <strong>+0.3</strong> since 2024/25: 1.9 then, 2.2 now.",
            "Targets set in 2024/25", "not met", "<strong>met</strong>",
            "Targets for the next round", "Every answer, by element", "How the figures were derived",
        ] {
            let found = html.contains(text)
            #expect(found, "missing: \(text)")
        }
        // The overall reads with its band and percent.
        expectContains(html, "<span class=\"big\">2.2</span><span class=\"out-of\"> / 4 · 55%</span>")
    }

    @Test func bandColoursCarryReadableText() throws {
        func text(on hex: String) throws -> String { BandPalette.textColour(try #require(RGB(hex: hex))) }
        #expect(try text(on: "#c0392b") == "#ffffff")
        #expect(try text(on: "#b9770e") == "#111111")
        #expect(try text(on: "#1e8449") == "#ffffff")
        #expect(try text(on: "#ffff00") == "#111111")
        #expect(try text(on: "#000000") == "#ffffff")
        let location = FileLocation(file: "t", line: 1, column: 1)
        let palette = BandPalette([
            Band(id: "a", label: "A", below: 1, colour: nil, location: location),
            Band(id: "b", label: "B", below: nil, colour: "#FFFFFF", location: location),
        ])
        let grey = palette.swatch(Band(id: "a", label: "A", below: 1, colour: nil, location: location))
        #expect(grey.fill.hasPrefix("#") && grey.fill.count == 7)
        #expect(
            palette.swatch(Band(id: "b", label: "B", below: nil, colour: "#FFFFFF", location: location)).fill
                == "#ffffff")
        #expect(palette.swatch(nil as Band?) == BandPalette.unscored)
    }
}
