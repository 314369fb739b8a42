import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The HTML report's agreement section: the rule and its source, the split questions, and
/// each stakeholder group's score per element drawn on the scale (a marker of its own shape
/// and colour per group, named in the legend, so colour is never the only cue), with the
/// elements where groups are a level or more apart joined by a heavy line and labelled.
/// Shown only when a question is split or raters name their groups.
extension HTMLReportPage {
    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    static let groupColours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]

    func consensusSection() -> HTML {
        let summary = assessment.consensus
        guard ConsensusWording.hasSomethingToSay(summary) else { return "" }
        var html: HTML = "<section id=\"agreement\" class=\"page\">\n<h2>Agreement and split</h2>\n"
        html += "<p>\(summary.questions.count) questions have two or more ratings. A question is "
        html +=
            "<strong>\(ConsensusWording.rule(workbook.consensus))</strong>; its median is then uncertain. "
        html += "The rule is from \(ConsensusWording.source).</p>\n"
        html += splitTable(summary)
        if !summary.groups.isEmpty { html += groupsFigure(summary) + groupScoresTable(summary) }
        return html + "</section>\n"
    }

    private func splitTable(_ summary: ConsensusSummary) -> HTML {
        let split = summary.split
        guard !split.isEmpty else { return "<p>No question is split.</p>\n" }
        let texts = Dictionary(keepingFirst: workbook.questions.map { ($0.id, $0.text) })
        var html: HTML = "<table class=\"split\">\n<thead><tr><th>Split question</th><th class=\"num\">Ratings</th>"
        html +=
            "<th class=\"num\">Median</th><th class=\"num\">IQR</th><th class=\"num\">Within a level</th></tr></thead>\n<tbody>\n"
        for question in split {
            html +=
                "<tr data-question=\"\(question.question)\"><td><code class=\"qid\">\(question.question)</code> "
            html += "\(Self.multiline(texts[question.question] ?? ""))</td><td class=\"num\">\(question.count)</td>"
            html += "<td class=\"num\">\(NumberFormatting.plain(question.median)) (uncertain)</td>"
            html += "<td class=\"num\">\(NumberFormatting.plain(question.interquartileRange))</td>"
            html += "<td class=\"num\">\(ConsensusWording.percent(question.withinOneLevel))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<p>Split by element: "
        html +=
            summary.elements.filter { $0.split > 0 }
            .map { element in
                "\(workbook.title(ofElement: element.element)) \(element.split) of \(element.rated)"
            }
            .joined(separator: "; ") + ".</p>\n"
        return html
    }

    private func groupsFigure(_ summary: ConsensusSummary) -> HTML {
        let (width, labelWidth, left, right, top, rowHeight) = (760.0, 300.0, 315.0, 680.0, 34.0, 34.0)
        let height = top + Double(summary.elements.count) * rowHeight + 8
        let (low, high) = (workbook.scale.minimum, workbook.scale.maximum)
        func x(_ score: Double) -> Double { high > low ? left + (score - low) / (high - low) * (right - left) : left }
        var svg: HTML = "<svg viewBox=\"0 0 \(SVG.number(width)) \(SVG.number(height))\" role=\"img\" "
        svg +=
            "aria-label=\"Each stakeholder group's score for each element, on the scale from \(NumberFormatting.plain(low)) to \(maximumText)\">"
        for level in workbook.scale.levels {
            svg += SVG.line(
                x1: x(level.value), y1: top - 8, x2: x(level.value), y2: height - 4, stroke: "#d0d7de", width: 1)
            svg += SVG.text(
                [NumberFormatting.plain(level.value)], x: x(level.value), y: top - 14, size: 12, anchor: "middle",
                fill: "#57606a")
        }
        let gaps = Dictionary(keepingFirst: summary.gaps.map { ($0.element, $0) })
        for (row, element) in summary.elements.enumerated() {
            let y = top + Double(row) * rowHeight + rowHeight / 2
            let title = workbook.title(ofElement: element.element)
            svg += SVG.text(
                [SVG.truncate(title, 38)], x: labelWidth, y: y + 4, size: 13, anchor: "end",
                weight: gaps[element.element] == nil ? nil : "600")
            let scored = element.groups.compactMap({ $0.score })
            if let lowest = scored.min(), let highest = scored.max(), highest > lowest {
                let gap = gaps[element.element]
                svg += SVG.line(
                    x1: x(lowest), y1: y, x2: x(highest), y2: y, stroke: gap == nil ? "#afb8c1" : "#1f2328",
                    width: gap == nil ? 2 : 4)
                if let gap {
                    svg += SVG.text(
                        ["\(NumberFormatting.oneDecimal(gap.gap)) apart"], x: right + 16, y: y + 4, size: 12,
                        weight: "600")
                }
            }
            for (index, group) in element.groups.enumerated() {
                guard let score = group.score else { continue }
                // Groups with the same score are stacked a little apart, so none hides another.
                let same = element.groups.filter { abs(($0.score ?? .infinity) - score) < 0.05 }.map({ $0.group })
                let offset = Double(same.firstIndex(of: group.group) ?? 0) * 8 - Double(same.count - 1) * 4
                svg += Self.marker(
                    index, x: x(score), y: y + offset, title: "\(group.group): \(NumberFormatting.oneDecimal(score))")
            }
        }
        svg += "</svg>"
        var legend: HTML = "<ul class=\"legend\">"
        for (index, group) in summary.groups.enumerated() {
            legend +=
                "<li><svg viewBox=\"0 0 20 20\" aria-hidden=\"true\">\(Self.marker(index, x: 10, y: 10, title: nil))</svg>\(group)</li>"
        }
        legend += "</ul>\n"
        let threshold = NumberFormatting.plain(summary.gapThreshold)
        return
            "<h3 id=\"stakeholder-groups\">Where stakeholder groups see it differently</h3>\n<figure class=\"groups-plot\">\n\(svg)\n\(legend)"
            + "<figcaption>Each marker is one stakeholder group's score for the element, from its own raters' ratings alone. "
            + "A heavy line and its label mark an element where two groups are \(threshold) or more apart.</figcaption>\n</figure>\n"
    }

    private func groupScoresTable(_ summary: ConsensusSummary) -> HTML {
        var html: HTML = "<table class=\"group-scores\">\n<thead><tr><th>Element</th>"
        html +=
            summary.groups.map { "<th class=\"num\">\($0)</th>" }.joined()
            + "<th>Gap</th></tr></thead>\n<tbody>\n"
        let gaps = Dictionary(keepingFirst: summary.gaps.map { ($0.element, $0) })
        for element in summary.elements {
            html +=
                "<tr data-element=\"\(element.element)\"><td>\(workbook.title(ofElement: element.element))</td>"
            html += element.groups.map { "<td class=\"num\">\(Self.cell($0.score))</td>" }.joined()
            html += "<td>\(gaps[element.element].map { ConsensusWording.gap($0) } ?? "")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Group `index`'s marker: a circle, square, triangle or diamond (then again), in its colour.
    static func marker(_ index: Int, x: Double, y: Double, title: String?) -> HTML {
        let colour = groupColours[index % groupColours.count]
        let style: HTML = "fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"1.5\""
        let tooltip = title.map { SVG.title($0) } ?? ""
        let (cx, cy, r) = (SVG.number(x), SVG.number(y), 7.0)
        func points(_ list: [(Double, Double)]) -> String {
            list.map { "\(SVG.number(x + $0.0)),\(SVG.number(y + $0.1))" }.joined(separator: " ")
        }
        switch index % 4 {
        case 0: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(SVG.number(r))\" \(style)>\(tooltip)</circle>"
        case 1:
            return
                "<rect x=\"\(SVG.number(x - 6))\" y=\"\(SVG.number(y - 6))\" width=\"12\" height=\"12\" \(style)>\(tooltip)</rect>"
        case 2: return "<polygon points=\"\(points([(0, -8), (7.5, 6), (-7.5, 6)]))\" \(style)>\(tooltip)</polygon>"
        default:
            return "<polygon points=\"\(points([(0, -8), (8, 0), (0, 8), (-8, 0)]))\" \(style)>\(tooltip)</polygon>"
        }
    }
}
