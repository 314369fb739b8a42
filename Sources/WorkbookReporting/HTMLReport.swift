import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The report as one self-contained web page: what a council puts in front of its board.
///
/// Inline CSS and SVG only: no script runs, nothing is fetched (a Content-Security-Policy
/// forbids it as well), and it reads the same with scripting off. It opens with "At a glance"
/// (`AtAGlance`), which prints as page 1; on A4 the framework opens page 2 and the appendix of
/// every answer a page of its own, no heading is left at a page foot (docs/printing.md), and
/// it meets WCAG 2.2 AA as axe-core checks it (docs/accessibility.md). The framework is drawn as
/// itself (`layout: symmetric`, `chain` or `radar`), each element in its band's colour and
/// always with its score and band written beside it. Every text from a workbook or a response
/// is escaped (the page is built as `HTML`); the JSON report is embedded at the end as an inert
/// `application/json` block with `<`, `>` and `&` escaped. Same report, same bytes.
public struct HTMLReport: ReportRenderer {
    /// `--format html`.
    public static let identifier = "html"
    /// `reports/<example>.html`.
    public static let fileExtension = "html"

    /// Forbids every fetch and every script; allows only the page's own inline styles.
    static let contentSecurityPolicy: HTML =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// Creates the renderer.
    public init() {}

    /// The whole page: summary, at a glance, the framework drawn, scores, findings, targets, every answer,
    /// how each figure was derived, and the report's JSON.
    ///
    /// - Parameters:
    ///   - report: the report to show.
    ///   - options: unused (the page has no terminal colour).
    /// - Returns: the HTML document, UTF-8 text ending in a newline.
    public func render(_ report: Report, options: RenderOptions) -> String {
        let page = HTMLReportPage(report: report)
        var html = documentStart(page)
        html += SVG.definitions
        html += header(page)
        html += page.glanceSection()
        html += page.frameworkSection()
        html += page.scoresSection()
        html += page.findingsSection()
        html += page.consensusSection()
        html += page.targetsSection()
        if let review = report.actionReview { html += TrendRenderer.actionsHTML([review], page.workbook) }
        html += page.answersSection()
        html += page.derivationSection()
        html += footer(page)
        html += "<script type=\"application/json\" id=\"report-data\">\n"
        // Escaped for a <script> block by the serializer (`<`, `>` and `&` as \u escapes).
        html += HTML.raw(JSONReport().value(report).serialized(escapingHTML: true))
        html += "</script>\n</body>\n</html>\n"
        return html.markup
    }

    /// The framework drawing alone, each element in its band's colour with its score, and the
    /// legend, as a page with the report's styles: what the form's live panel shows as the
    /// room rates (the kernel's third format). The same drawing as the report's, from the same code.
    ///
    /// - Parameter report: the report whose scores are drawn.
    /// - Returns: the HTML document, UTF-8 text ending in a newline.
    public func drawing(_ report: Report) -> String {
        let page = HTMLReportPage(report: report)
        // Fitted to the frame the form shows it in: no page margins, no scroll bars.
        var html = documentStart(
            page,
            extraStyle: "html { overflow: hidden; } body { margin: 0; padding: 0 .25rem; } h2 { margin-top: 0; }\n")
        html += SVG.definitions
        html += page.frameworkSection(tableNote: false)
        html += "</body>\n</html>\n"
        return html.markup
    }

    private func documentStart(_ page: HTMLReportPage, extraStyle: HTML = "") -> HTML {
        let title = "\(page.workbook.title): \(page.response.assessed), \(page.response.period)"
        return """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="workbook report">
            <link rel="icon" href="data:,">
            <title>\(title)</title>
            <style>
            \(HTML.raw(Self.style))\(extraStyle)</style>
            </head>
            <body>

            """
    }

    private func header(_ page: HTMLReportPage) -> HTML {
        let workbook = page.workbook
        let response = page.response
        var about: [HTML] = ["\(response.assessed)", "\(response.period)"]
        if let date = response.date { about.append("<time>\(date)</time>") }
        if let facilitator = response.facilitator { about.append("facilitated by \(facilitator)") }
        var html: HTML = "<header>\n"
        html +=
            "<p class=\"eyebrow\">Self-assessment report · \(workbook.id) \(workbook.version)</p>\n"
        html += "<h1>\(workbook.title)</h1>\n"
        html += "<p class=\"meta\">\(about.joined(separator: " · "))</p>\n"
        if let participants = ReportWording.participants(response.participants) {
            html += "<p class=\"notes\">\(participants).</p>\n"
        }
        if let warning = ReportWording.coverageWarning(page.assessment) {
            html += "<p class=\"coverage-warning\" role=\"alert\"><strong>Warning:</strong> \(warning)</p>\n"
        }
        if let notes = response.notes, !notes.isEmpty {
            html += "<p class=\"notes\">\(HTMLReportPage.multiline(notes))</p>\n"
        }
        html += keyFigures(page)
        html += "</header>\n"
        return html
    }

    private func keyFigures(_ page: HTMLReportPage) -> HTML {
        let assessment = page.assessment
        var html: HTML = "<dl class=\"figures\">\n"
        html += card(
            "Overall score", page.readingFigure(assessment.overall), sub: "weighted mean of the scored elements")
        var chainSub: HTML = "the lowest element score"
        if let id = assessment.chainElement, let element = page.workbook.element(id) {
            chainSub = "set by \(element.title), the weakest link"
        }
        html += card("Chain strength", page.readingFigure(assessment.chainStrength), sub: chainSub)
        let percent = assessment.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"
        var coverageSub: HTML =
            "\(assessment.answeredCount) of \(assessment.applicableCount) applicable questions answered"
        if !assessment.missing.isEmpty { coverageSub += "; \(assessment.missing.count) not answered" }
        html += card("Coverage", "<span class=\"big\">\(percent)</span>", sub: coverageSub)
        if let previous = assessment.previous {
            let period = previous.period
            if let now = assessment.overall?.score, let before = previous.overall {
                let value: HTML = "<span class=\"big\">\(NumberFormatting.change(from: before, to: now))</span>"
                html += card(
                    "Change since \(period)", value,
                    sub: "overall \(NumberFormatting.oneDecimal(before)) then, \(NumberFormatting.oneDecimal(now)) now")
            } else {
                html += card(
                    "Change since \(period)", "<span class=\"big\">–</span>",
                    sub: "not comparable: one round is not scored")
            }
        }
        html += "</dl>\n"
        return html
    }

    private func card(_ label: HTML, _ value: HTML, sub: HTML) -> HTML {
        "<div class=\"figure-card\"><dt>\(label)</dt><dd>\(value)<span class=\"sub\">\(sub)</span></dd></div>\n"
    }

    private func footer(_ page: HTMLReportPage) -> HTML {
        let workbook = page.workbook
        var html: HTML = "<footer>\n<p>Made with <code>workbook report</code> from the \(workbook.title) workbook"
        html += " (\(workbook.id), version \(workbook.version)). Scores are out of "
        html += "\(page.maximumText); a question with several ratings takes their \(workbook.aggregate.rawValue).</p>\n"
        if !workbook.sources.isEmpty {
            html += "<p>Written from:</p>\n<ul>\n"
            for source in workbook.sources {
                var parts: [HTML] = ["\(source.title)"]
                if let publisher = source.publisher { parts.append("\(publisher)") }
                if let year = source.year { parts.append("\(year)") }
                html += "<li>\(parts.joined(separator: ", "))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</footer>\n"
        return html
    }
}
