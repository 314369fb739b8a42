import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The radar drawing, for any workbook that is neither symmetric nor a chain: one spoke per
/// element (numbered, clockwise from the top), rings at each level of the scale over faint
/// band-coloured zones, the score polygon through the scored elements, and beside it a
/// legend naming every element with its score and band. An unscored element's spoke is
/// dashed, its number hatched, and it takes no part in the polygon: it is not drawn as 0.
extension HTMLReportPage {
    func radarFigure() -> HTML {
        let elements = assessment.elements
        let count = elements.count
        let scale = workbook.scale
        let range = max(scale.maximum - scale.minimum, 1e-9)
        let centreX: Double = 250
        let centreY: Double = 252
        let radius: Double = 190

        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let direction = SVG.direction(index, of: count)
            let length = radius * max(0, min(1, (value - scale.minimum) / range))
            return (centreX + direction.x * length, centreY + direction.y * length)
        }
        func ring(_ value: Double) -> [(Double, Double)] {
            (0..<max(count, 3)).map { point($0 % max(count, 1), value) }
        }

        var html: HTML = ""
        // Band zones, the top band first so each lower band is drawn over it.
        for band in workbook.bands.reversed() {
            let upper = min(band.below ?? scale.maximum, scale.maximum)
            guard upper > scale.minimum else { continue }
            html += SVG.polygon(ring(upper), fill: palette.swatch(band).fill, opacity: 0.13)
        }
        for level in scale.levels where level.value > scale.minimum {
            html += SVG.polygon(ring(level.value), fill: "none", stroke: "#c4c9ce", strokeWidth: 1)
        }
        for (index, element) in elements.enumerated() {
            let end = point(index, scale.maximum)
            html += SVG.line(
                x1: centreX, y1: centreY, x2: end.0, y2: end.1, stroke: element.score == nil ? "#8c959f" : "#b4bcc4",
                width: 1.5, dashed: element.score == nil)
        }
        let scored = elements.enumerated().compactMap { index, element in element.score.map { point(index, $0) } }
        if scored.count >= 3 {
            html += SVG.polygon(scored, fill: "#1f2328", stroke: "#1f2328", strokeWidth: 2.5, opacity: 0.12)
        } else if scored.count == 2 {
            html += SVG.polyline(scored, stroke: "#1f2328", width: 2.5)
        }
        for (index, element) in elements.enumerated() {
            let swatch = palette.swatch(element.reading)
            var group: HTML = "<g class=\"element\" data-element=\"\(element.id)\">"
            group += SVG.title("\(element.index). \(element.element.title): \(pillText(element.reading))")
            if let score = element.score {
                let (x, y) = point(index, score)
                group +=
                    "<circle cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"6\" fill=\"\(swatch.fill)\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>"
            }
            let direction = SVG.direction(index, of: count)
            let labelX = centreX + direction.x * (radius + 26)
            let labelY = centreY + direction.y * (radius + 26)
            group +=
                "<circle cx=\"\(SVG.number(labelX))\" cy=\"\(SVG.number(labelY))\" r=\"13\" fill=\"\(swatch.fill)\" stroke=\"#57606a\""
            group += " stroke-width=\"1.2\"\((element.score == nil ? " stroke-dasharray=\"3 2\"" : "") as HTML)/>"
            group += SVG.text(
                ["\(element.index)"], x: labelX, y: labelY + 4.5, size: 12.5, anchor: "middle", weight: "700",
                fill: swatch.text)
            html += group + "</g>\n"
        }
        for level in scale.levels where level.value > scale.minimum {
            let y = centreY - radius * (level.value - scale.minimum) / range
            html += SVG.text(
                [NumberFormatting.plain(level.value)], x: centreX - 7, y: y + 4, size: 11, anchor: "end",
                weight: "600", fill: "#57606a", halo: true)
        }
        let (legend, legendHeight) = radarLegend(x: 536, y: 14)
        html += legend
        let height = max(centreY + radius + 50, legendHeight + 24)
        return svgStart(height: height, label: "\(workbook.title): a radar chart of the \(count) elements") + html
            + "</svg>\n"
    }

    /// Every element with its number, title, score and band, down the right of the radar.
    private func radarLegend(x: Double, y: Double) -> (HTML, Double) {
        let right = Self.figureWidth - 8
        let chars = max(12, Int((right - 122 - (x + 34)) / 7.6))
        var html: HTML = ""
        var top = y
        for element in assessment.elements {
            let swatch = palette.swatch(element.reading)
            let lines = SVG.wrap(element.element.title, width: chars, maxLines: 3)
            let height = Double(lines.count) * 16 + 12
            html += "<g class=\"legend-entry\" data-element=\"\(element.id)\">"
            html += SVG.title("\(element.index). \(element.element.title): \(pillText(element.reading))")
            html +=
                "<circle cx=\"\(SVG.number(x + 12))\" cy=\"\(SVG.number(top + 11))\" r=\"11\" fill=\"\(swatch.fill)\" stroke=\"#57606a\" stroke-width=\"1.2\"/>"
            html += SVG.text(
                ["\(element.index)"], x: x + 12, y: top + 15, size: 11.5, anchor: "middle", weight: "700",
                fill: swatch.text)
            html += SVG.text(lines, x: x + 32, y: top + 15, lineHeight: 16, size: 13)
            // Written without `map(NumberFormatting.oneDecimal)` and an optional chain under `??`:
            // that form crashed Swift 6.3.1's optimizer (CopyPropagation) in release builds.
            var score = "–"
            var label = "not scored"
            if let reading = element.reading {
                score = NumberFormatting.oneDecimal(reading.score)
                label = SVG.truncate(reading.band?.label ?? "", 12)
            }
            html += SVG.text([score], x: right - 78, y: top + 15, size: 13, anchor: "end", weight: "700")
            html += SVG.text([label], x: right - 70, y: top + 15, size: 11.5, fill: "#57606a")
            html += "</g>\n"
            top += height
        }
        return (html, top)
    }

    func radarCaption() -> HTML {
        var text: HTML =
            "Each numbered spoke is an element, from \(NumberFormatting.plain(workbook.scale.minimum)) at the centre to "
        text += "\(maximumText) at the rim; the shaded zones are the bands, and the shape joins the scored elements. "
        text += "The list beside it names each element with its score and band. "
        text += "A dashed spoke with a hatched number is not scored and is left out of the shape, not drawn as 0."
        return text
    }
}
