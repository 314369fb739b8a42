import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The chain drawing (place-based planning): the steps in order as numbered boxes linked by
/// arrows, in rows of up to five (ten steps make two rows of five), each row read left to
/// right. The break point, the first step below the weak-link threshold, has a thick black
/// outline and the words "break point" above it; the links after it are dashed, because
/// every later step rests on it.
extension HTMLReportPage {
    func chainFigure() -> HTML {
        let steps = assessment.elements
        let count = max(1, steps.count)
        let rows = (count + 4) / 5
        let perRow = (count + rows - 1) / rows
        let width = Self.figureWidth
        let left: Double = 30
        let right: Double = 8
        let arrow: Double = 34
        let labelSpace: Double = 30
        let rowGap: Double = 20
        let boxWidth = (width - left - right - Double(perRow - 1) * arrow) / Double(perRow)
        let chars = max(8, Int((boxWidth - 22) / 8))
        let titles = steps.map { SVG.wrap($0.element.title, width: chars, maxLines: 6) }
        let mostLines = titles.map({ $0.count }).max() ?? 1
        let boxHeight = Double(mostLines) * 16 + 84
        let breakIndex = assessment.breakPoint.flatMap { id in steps.firstIndex { $0.id == id } }

        func position(_ index: Int) -> (x: Double, y: Double) {
            let row = index / perRow
            let column = index % perRow
            return (
                left + Double(column) * (boxWidth + arrow), labelSpace + Double(row) * (boxHeight + labelSpace + rowGap)
            )
        }

        var links: HTML = ""
        var boxes: HTML = ""
        for (index, step) in steps.enumerated() {
            let (x, y) = position(index)
            boxes += stepBox(
                step, x: x, y: y, width: boxWidth, height: boxHeight, titleLines: titles[index],
                isBreakPoint: index == breakIndex)
            guard index + 1 < steps.count else { continue }
            let dashed = breakIndex.map { index >= $0 } ?? false
            let colour = dashed ? "#8c959f" : "#57606a"
            let next = position(index + 1)
            if next.y == y {
                let middle = y + boxHeight / 2
                links += SVG.line(
                    x1: x + boxWidth + 3, y1: middle, x2: next.x - 10, y2: middle, stroke: colour, width: 2.5,
                    dashed: dashed)
                links += SVG.arrowhead(x: next.x - 2, y: middle, direction: .right, fill: colour)
            } else {
                // Down from this step, back along the gap, and into the next row's first step from the left.
                let below = y + boxHeight + 12
                let entry = next.y + boxHeight / 2
                let points = [
                    (x + boxWidth / 2, y + boxHeight + 3), (x + boxWidth / 2, below), (left - 16, below),
                    (left - 16, entry), (next.x - 10, entry),
                ]
                links += SVG.polyline(points, stroke: colour, width: 2.5, dashed: dashed)
                links += SVG.arrowhead(x: next.x - 2, y: entry, direction: .right, fill: colour)
            }
        }
        let height = position(max(0, steps.count - 1)).y + boxHeight + 10
        var html = svgStart(height: height, label: "\(workbook.title): the \(steps.count) steps in order as a chain")
        html += links + boxes
        html += "</svg>\n"
        return html
    }

    /// A numbered step: its number in a circle, its title, then its score and band.
    private func stepBox(
        _ step: ElementScore, x: Double, y: Double, width: Double, height: Double, titleLines: [String],
        isBreakPoint: Bool
    ) -> HTML {
        let swatch = palette.swatch(step.reading)
        let unscored = step.reading == nil
        var html: HTML =
            "<g class=\"element step\(isBreakPoint ? " break-point" : "")\" data-element=\"\(step.id)\">"
        var tip = "Step \(step.index): \(step.element.title): \(pillText(step.reading))"
        if isBreakPoint { tip += " (break point)" }
        html += SVG.title(tip)
        if isBreakPoint {
            html += SVG.text(
                ["▼ break point"], x: x + width / 2, y: y - 10, size: 14, anchor: "middle", weight: "800",
                fill: "#111111")
            html += SVG.rect(
                x: x, y: y, width: width, height: height, radius: 8, fill: swatch.fill, stroke: "#111111",
                strokeWidth: 6)
        } else {
            html += SVG.rect(
                x: x, y: y, width: width, height: height, radius: 8, fill: swatch.fill,
                stroke: unscored ? "#57606a" : "#ffffff", strokeWidth: 1.5, dashed: unscored)
        }
        html +=
            "<circle cx=\"\(SVG.number(x + 22))\" cy=\"\(SVG.number(y + 22))\" r=\"14\" fill=\"#ffffff\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>"
        html += SVG.text(["\(step.index)"], x: x + 22, y: y + 27, size: 14, anchor: "middle", weight: "700")
        html += SVG.text(titleLines, x: x + 10, y: y + 58, lineHeight: 16, size: 13, weight: "600", fill: swatch.text)
        let score = step.score.map { NumberFormatting.oneDecimal($0) } ?? "–"
        html += SVG.text([score], x: x + 10, y: y + height - 14, size: 21, weight: "700", fill: swatch.text)
        let label = unscored ? "not scored" : SVG.truncate(step.reading?.band?.label ?? "", 12)
        html += SVG.text(
            [label], x: x + width - 10, y: y + height - 15, size: 11.5, anchor: "end", weight: "600", fill: swatch.text)
        return html + "</g>\n"
    }

    func chainCaption() -> HTML {
        let below = NumberFormatting.oneDecimal(workbook.weakestLinks.below)
        var text: HTML =
            "The \(assessment.elements.count) steps in order, each row read left to right. Each step builds on the ones "
        text +=
            "before it, so a weak early step undermines every later one. Each box is in its band's colour, with its score out of "
        text += "\(maximumText) and its band written on it; hatched boxes are not scored. "
        if let id = assessment.breakPoint, let step = assessment.element(id) {
            text +=
                "The break point is step \(step.index), \(step.element.title) (\(Self.score(step.score))): "
            text += "the first step below \(below), outlined in black; the dashed links after it rest on it."
        } else {
            text += "There is no break point: no scored step is below \(below)."
        }
        return text
    }
}
