import WorkbookScoring
import WorkbookComparison
import WorkbookModel
import WorkbookSupport

extension TrendRenderer {
    /// A self-contained page: the rounds side by side, a small line per element, what
    /// improved and slipped, whether last round's weakest links moved, and targets.
    static func html(_ trend: Trend) -> HTML {
        let workbook = trend.workbook
        var out: HTML = HTMLPage.open(title: "Trend: \(trend.assessed)", style: style)
        out += "<header><p class=\"eyebrow\">Trend · \(workbook.id) \(workbook.version)</p>"
        out += "<h1>\(trend.assessed)</h1><p>\(workbook.title): \(trend.rounds.count) rounds.</p>"
        if let note = orderNote(trend) { out += "<p>\(note)</p>" }
        out += "</header>\n"
        out += "<section><h2>Rounds</h2><table>"
        out +=
            "<caption class=\"visually-hidden\">Overall score, chain strength and coverage in each round</caption><thead><tr><th scope=\"col\">Round</th><th scope=\"col\" class=\"date\">Date</th>"
        out +=
            "<th scope=\"col\">Overall</th><th scope=\"col\">Chain strength</th><th scope=\"col\">Coverage</th></tr></thead><tbody>\n"
        for round in trend.rounds {
            out += "<tr><th scope=\"row\">\(round.period)</th><td class=\"date\">\((round.date ?? "–"))</td>"
            out += "<td>\(bandCell(round.overall, workbook))</td><td>\(bandCell(round.chainStrength, workbook))</td>"
            out += "<td>\(round.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–")</td></tr>\n"
        }
        out += "</tbody></table></section>\n"
        out += "<section><h2 id=\"elements-title\">Elements over time</h2>"
        out += "<div class=\"scroll\" role=\"region\" aria-labelledby=\"elements-title\" tabindex=\"0\"><table>"
        out +=
            "<caption class=\"visually-hidden\">Each element's score in each round, a line of them, and the change</caption><thead><tr><th scope=\"col\">Element</th>"
        for round in trend.rounds { out += "<th scope=\"col\">\(round.period)</th>" }
        out += "<th scope=\"col\" class=\"line\">Line</th><th scope=\"col\">Change</th></tr></thead><tbody>\n"
        for element in workbook.elements {
            let scores = trend.rounds.map { $0.score(element.id) }
            let found = trend.changes.first { $0.element == element.id }
            let change = found?.printedChange
            out += "<tr><th scope=\"row\">\(element.title)</th>"
            for value in scores { out += "<td>\(bandCell(value, workbook))</td>" }
            out += "<td class=\"line\">\(sparkline(scores, workbook: workbook, label: element.title))</td>"
            let direction = (change ?? 0) > 0 ? "improved" : ((change ?? 0) < 0 ? "slipped" : "steady")
            out +=
                "<td class=\"\(change == nil ? "" : direction)\">\(found?.printed ?? "–")\(change == nil ? "" : " (\(direction))")</td></tr>\n"
        }
        out += "</tbody></table></div></section>\n"
        if let (before, _) = lastTwo(trend) {
            if !trend.previousWeakestLinks.isEmpty {
                out += "<section><h2>Weakest links in \(before.period): did they move?</h2><ul>\n"
                for link in trend.previousWeakestLinks {
                    let verdict = link.stillWeak.map { $0 ? "still weak" : "no longer a weak link" } ?? "not scored now"
                    out += "<li><strong>\(workbook.title(ofElement: link.element))</strong>: "
                    out += "\(score(before.score(link.element))) → \(score(link.score)), \(verdict)</li>\n"
                }
                out += "</ul></section>\n"
            }
            if !trend.targets.isEmpty {
                out += "<section><h2>Targets set in \(before.period)</h2><ul>\n"
                for target in trend.targets {
                    out += "<li><strong>\(workbook.title(ofElement: target.element))</strong>: aimed for "
                    out +=
                        "\(NumberFormatting.plain(target.target)), now \(score(target.score)): \(target.reached ? "met" : "not met")</li>\n"
                }
                out += "</ul></section>\n"
            }
        }
        out += actionsHTML(trend)
        if !trend.added.isEmpty || !trend.removed.isEmpty {
            out += "<section><h2>Workbook version changed</h2><p>Only elements both versions share are compared. "
            if !trend.added.isEmpty { out += "Added: \(trend.added.joined(separator: ", ")). " }
            if !trend.removed.isEmpty { out += "Removed: \(trend.removed.joined(separator: ", "))." }
            out += "</p></section>\n"
        }
        out +=
            "<script type=\"application/json\" id=\"trend-data\">\n\(HTML.raw(json(trend).serialized(escapingHTML: true)))</script>\n"
        return out + HTMLPage.close()
    }

    private static func bandCell(_ value: Double?, _ workbook: Workbook) -> HTML {
        guard let value, let band = workbook.band(for: value) else { return "not scored" }
        return
            "<span class=\"chip\" style=\"\(HTMLPage.bandStyle(band, palette: BandPalette(workbook.bands)))\">\(NumberFormatting.oneDecimal(value)) \(band.label)</span>"
    }

    /// A small line of the scores over the rounds, on the scale's range; gaps where unscored.
    static func sparkline(_ scores: [Double?], workbook: Workbook, label: String) -> HTML {
        let width = 120.0
        let height = 28.0
        let inset = 3.0
        let low = workbook.scale.minimum
        let range = max(workbook.scale.maximum - low, 1)
        let step = scores.count > 1 ? (width - 2 * inset) / Double(scores.count - 1) : 0
        func point(_ index: Int, _ value: Double) -> String {
            let x = inset + Double(index) * step
            let y = height - inset - (value - low) / range * (height - 2 * inset)
            return "\(NumberFormatting.fixed(x, places: 1)),\(NumberFormatting.fixed(y, places: 1))"
        }
        var svg: HTML =
            "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" "
        svg +=
            "aria-label=\"\(label): \(scores.map { $0.map { NumberFormatting.oneDecimal($0) } ?? "not scored" }.joined(separator: ", "))\">"
        if let below = workbook.weakestLinks.below as Double? {
            let y = height - inset - (below - low) / range * (height - 2 * inset)
            svg +=
                "<line x1=\"0\" x2=\"\(Int(width))\" y1=\"\(NumberFormatting.fixed(y, places: 1))\" y2=\"\(NumberFormatting.fixed(y, places: 1))\" class=\"threshold\"/>"
        }
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { svg += "<polyline points=\"\(segment.joined(separator: " "))\"/>" }
            segment = []
        }
        for (index, value) in scores.enumerated() {
            guard let value else {
                flush()
                continue
            }
            segment.append(point(index, value))
            let xy = point(index, value).split(separator: ",")
            svg += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"2.5\"/>"
        }
        flush()
        return svg + "</svg>"
    }

    private static let style = EmbeddedAssets.trendCSS
}
