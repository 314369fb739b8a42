import WorkbookSupport
import WorkbookModel

/// The report's first page, "At a glance": what a board member reads if they read nothing
/// else (`AtAGlance`). On paper it is page 1 with the header; the framework starts page 2.
extension HTMLReportPage {
    func glanceSection() -> HTML {
        let glance = AtAGlance(report)
        var html: HTML = "<section id=\"at-a-glance\" class=\"glance\" aria-labelledby=\"glance-title\">\n"
        html += "<h2 id=\"glance-title\">At a glance</h2>\n"
        html += "<dl class=\"glance-figures\">\n"
        for figure in [glance.overall, glance.chain] {
            html += "<div><dt>\(figure.label)</dt><dd><strong>\(figure.figure)</strong> "
            html +=
                "\(bandChip(band: figure.band, unscored: figure.band == nil)) <span class=\"muted\">\(figure.note)</span></dd></div>\n"
        }
        html += "<div><dt>Coverage</dt><dd>\(glance.coverage)</dd></div>\n</dl>\n"
        html += "<div class=\"glance-grid\">\n"
        html += "<div><h3>Weakest links</h3>\n"
        if glance.weakestLinks.isEmpty {
            html += "<p>\((glance.weakestLinksNote ?? ""))</p>\n"
        } else {
            html += "<ol>\n" + glance.weakestLinks.map { "<li>\($0)</li>\n" }.joined() + "</ol>\n"
            if let more = glance.weakestLinksNote { html += "<p class=\"small\">\(more)</p>\n" }
        }
        html += "</div>\n"
        if let changes = glance.changes, let period = glance.previousPeriod {
            html += "<div><h3>Since \(period)</h3>\n<ul>\n"
            html += changes.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n</div>\n"
        }
        html += "</div>\n"
        html += "<h3>What matters most</h3>\n"
        if glance.findings.isEmpty {
            html += "<p>No rule of the workbook found anything to raise.</p>\n"
        } else {
            html += "<ol class=\"glance-findings\">\n"
            for point in glance.findings {
                html += "<li><strong>\(point.severity):</strong> \(Self.multiline(point.message))"
                if let recommendation = point.recommendation {
                    html +=
                        " <span class=\"what-to-do\"><strong>What to do:</strong> \(Self.multiline(recommendation))</span>"
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
            if glance.findingsTotal > glance.findings.count {
                let more = glance.findingsTotal - glance.findings.count
                html += "<p class=\"small\">\(more) more \(ReportWording.plural(more, "finding")) under "
                html += "<a href=\"#findings\">What the scores say</a>.</p>\n"
            }
        }
        if !glance.targets.isEmpty {
            html += "<h3>Agreed for the next round</h3>\n<ul>\n"
            html += glance.targets.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        } else if !glance.moves.isEmpty {
            html +=
                "<h3>Where to act first</h3>\n<p class=\"small\">No targets are set; the moves that change most:</p>\n<ul>\n"
            html += glance.moves.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        html += "</section>\n"
        return html
    }

    /// A band chip, or the hatched "not scored" one.
    private func bandChip(band: Band?, unscored: Bool) -> HTML {
        unscored ? bandChip(nil) : bandChip(band: band)
    }
}
