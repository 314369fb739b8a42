import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The framework drawn as itself: the section around the figure, the legend, and the pieces
/// the three drawings share (the band pill, the overall box). The drawings are in
/// `HTMLReport+Symmetric.swift`, `+Chain.swift` and `+Radar.swift`.
///
/// Every element is drawn in its band's colour with its score (one decimal) and band label
/// written on it, and its full title in a `<title>`; an unscored element is hatched and says
/// "not scored", never 0. Each element's group carries `data-element` with its id.
extension HTMLReportPage {
    /// The width of every figure's `viewBox`: the page's 60rem at 16px.
    static let figureWidth: Double = 960

    /// The framework section; `tableNote` points readers to the scores table, which only the
    /// whole report has.
    func frameworkSection(tableNote: Bool = true) -> HTML {
        var html: HTML = "<section id=\"framework\">\n<h2>The framework</h2>\n"
        html += "<figure class=\"framework framework-\(workbook.layout.rawValue)\">\n"
        let caption: HTML
        switch effectiveLayout {
        case .symmetric:
            html += symmetricFigure()
            caption = symmetricCaption()
        case .chain:
            html += chainFigure()
            caption = chainCaption()
        case .radar:
            html += radarFigure()
            caption = radarCaption()
        }
        html += legend()
        // The drawing's data table, for anyone who cannot see it: the bar chart's table.
        let table: HTML =
            tableNote
            ? " The same scores, with each band named, are in the table under <a href=\"#scores\">Scores by element</a>."
            : ""
        html += "<figcaption>\(caption)\(table)</figcaption>\n</figure>\n</section>\n"
        return html
    }

    /// The layout drawn: a symmetric workbook without any group falls back to the radar.
    var effectiveLayout: Workbook.Layout {
        if workbook.layout == .symmetric && workbook.groups.isEmpty { return .radar }
        return workbook.layout
    }

    /// The opening `<svg>` of a figure, with an accessible name.
    func svgStart(height: Double, label: String) -> HTML {
        "<svg viewBox=\"0 0 \(SVG.number(Self.figureWidth)) \(SVG.number(height))\" role=\"img\" "
            + "aria-label=\"\(label)\" preserveAspectRatio=\"xMidYMin meet\">\n"
    }

    /// The bands, "not scored" and any layout mark, each with a swatch and words.
    private func legend() -> HTML {
        var html: HTML = "<ul class=\"legend\" aria-label=\"Legend\">\n"
        var lower: Double? = nil
        for band in workbook.bands {
            let swatch = palette.swatch(band)
            let range: String =
                switch (lower, band.below) {
                case (nil, let below?): "below \(NumberFormatting.oneDecimal(below))"
                case (let from?, let below?):
                    "\(NumberFormatting.oneDecimal(from)) to \(NumberFormatting.oneDecimal(below))"
                case (let from?, nil): "\(NumberFormatting.oneDecimal(from)) and above"
                case (nil, nil): "all scores"
                }
            html +=
                "<li>\(Self.swatchIcon(fill: swatch.fill))<span><strong>\(band.label)</strong> \(range)</span></li>\n"
            lower = band.below
        }
        html +=
            "<li>\(Self.swatchIcon(fill: SVG.hatchFill, dashed: true))<span><strong>not scored</strong> no question answered</span></li>\n"
        if effectiveLayout == .chain {
            html +=
                "<li><svg viewBox=\"0 0 20 20\" aria-hidden=\"true\">\(SVG.rect(x: 2.5, y: 2.5, width: 15, height: 15, radius: 2, fill: "#ffffff", stroke: "#111111", strokeWidth: 4))</svg>"
            html +=
                "<span><strong>break point</strong> the first step below \(NumberFormatting.oneDecimal(workbook.weakestLinks.below))</span></li>\n"
        }
        html += "</ul>\n"
        return html
    }

    private static func swatchIcon(fill: String, dashed: Bool = false) -> HTML {
        "<svg viewBox=\"0 0 20 20\" aria-hidden=\"true\">"
            + SVG.rect(
                x: 1, y: 1, width: 18, height: 18, radius: 3, fill: fill, stroke: "#57606a", strokeWidth: 1,
                dashed: dashed)
            + "</svg>"
    }

    /// A band's colour with its text colour, and the words to write: "2.3 · Developing" or "not scored".
    func pillText(_ reading: ScoreReading?) -> String {
        guard let reading else { return "not scored" }
        let band = reading.band.map { " · " + $0.label } ?? ""
        return NumberFormatting.oneDecimal(reading.score) + band
    }

    /// The pill's words, with a long band label cut so the pill stays small.
    private func shortPillText(_ reading: ScoreReading?) -> String {
        guard let reading else { return "not scored" }
        let band = reading.band.map { " · " + SVG.truncate($0.label, 16) } ?? ""
        return NumberFormatting.oneDecimal(reading.score) + band
    }

    /// The width a pill of this reading takes.
    func pillWidth(_ reading: ScoreReading?, size: Double = 12) -> Double {
        Double(shortPillText(reading).count) * size * 0.66 + 18
    }

    /// A rounded label in a band's colour whose right edge is at `right`; about 7px a character.
    func pill(_ reading: ScoreReading?, right: Double, y: Double, size: Double = 12) -> HTML {
        let text = shortPillText(reading)
        let swatch = palette.swatch(reading)
        let width = pillWidth(reading, size: size)
        var html = SVG.rect(
            x: right - width, y: y, width: width, height: size + 10, radius: (size + 10) / 2,
            fill: swatch.fill, stroke: reading == nil ? "#8c959f" : nil, dashed: reading == nil)
        html += SVG.text(
            [text], x: right - width / 2, y: y + size + 3, size: size, anchor: "middle", weight: "600",
            fill: swatch.text)
        return html
    }

    /// How a group's header is laid out in a box `width` wide: the title and the pill on one
    /// line when they fit, otherwise the title (up to two lines) above the pill.
    func groupHeaderLines(_ group: GroupScore, width: Double, stacked: Bool = false) -> (lines: [String], beside: Bool)
    {
        let title = group.group.title
        if !stacked, Double(title.count) * 8.8 + pillWidth(group.reading) + 34 <= width { return ([title], true) }
        return (SVG.wrap(title, width: max(8, Int((width - 24) / 8.8)), maxLines: 2), false)
    }

    /// The height of a header laid out as `groupHeaderLines` says.
    static func groupHeaderHeight(_ layout: (lines: [String], beside: Bool)) -> Double {
        layout.beside ? 48 : 50 + Double(layout.lines.count) * 17
    }

    /// A group's header box: its title, and its score and band in a pill (below the title when
    /// `stacked`, or when they do not fit side by side).
    func groupHeader(_ group: GroupScore, x: Double, y: Double, width: Double, height: Double, stacked: Bool) -> HTML {
        var html: HTML = "<g class=\"group\" data-group=\"\(group.id)\">"
        html += SVG.title("\(group.group.title): \(pillText(group.reading))")
        html += SVG.rect(
            x: x, y: y, width: width, height: height, radius: 8, fill: "#ffffff", stroke: "#8c959f", strokeWidth: 1.5)
        let layout = groupHeaderLines(group, width: width, stacked: stacked)
        if layout.beside {
            html += SVG.text(layout.lines, x: x + 12, y: y + height / 2 + 5, size: 14.5, weight: "700")
            html += pill(group.reading, right: x + width - 10, y: y + height / 2 - 11)
        } else {
            html += SVG.text(layout.lines, x: x + 12, y: y + 24, lineHeight: 17, size: 14.5, weight: "700")
            let top = y + 14 + Double(layout.lines.count) * 17
            html += pill(group.reading, right: x + 12 + pillWidth(group.reading), y: top)
        }
        return html + "</g>\n"
    }

    /// The overall score as a box centred on `centre`: the figure's base.
    func overallBox(centre: Double, y: Double) -> HTML {
        let overall = assessment.overall
        let width = max(340, 84 + 112 + pillWidth(overall) + 16)
        var html: HTML = "<g class=\"overall\">"
        html += SVG.title("Overall: \(pillText(overall))")
        html += SVG.rect(
            x: centre - width / 2, y: y, width: width, height: 50, radius: 10, fill: "#f6f8fa", stroke: "#57606a",
            strokeWidth: 1.5)
        html += SVG.text(["Overall"], x: centre - width / 2 + 16, y: y + 31, size: 15, weight: "700")
        let percent = overall.map { " (\(NumberFormatting.fixed($0.percent, places: 0))%)" } ?? ""
        html += SVG.text(
            ["out of \(maximumText)\(percent)"], x: centre - width / 2 + 84, y: y + 31, size: 12, fill: "#57606a")
        html += pill(overall, right: centre + width / 2 - 12, y: y + 14, size: 12)
        return html + "</g>\n"
    }

    /// An element box with its title on the left and its score and band on the right.
    func elementBox(
        _ element: ElementScore, x: Double, y: Double, width: Double, height: Double, titleLines: [String]
    ) -> HTML {
        let swatch = palette.swatch(element.reading)
        let unscored = element.reading == nil
        var html: HTML = "<g class=\"element\" data-element=\"\(element.id)\">"
        html += SVG.title("\(element.element.title): \(pillText(element.reading))")
        html += SVG.rect(
            x: x, y: y, width: width, height: height, radius: 7, fill: swatch.fill,
            stroke: unscored ? "#57606a" : "#ffffff", strokeWidth: unscored ? 1.5 : 1, dashed: unscored)
        let textHeight = Double(titleLines.count - 1) * 16
        let firstBaseline = y + (height - textHeight) / 2 + 4.5
        html += SVG.text(
            titleLines, x: x + 12, y: firstBaseline, lineHeight: 16, size: 13, weight: "600", fill: swatch.text)
        let score = element.score.map { NumberFormatting.oneDecimal($0) } ?? "–"
        html += SVG.text(
            [score], x: x + width - 12, y: y + height / 2 + 1, size: 21, anchor: "end", weight: "700", fill: swatch.text
        )
        let label = unscored ? "not scored" : SVG.truncate(element.reading?.band?.label ?? "", 12)
        html += SVG.text(
            [label], x: x + width - 12, y: y + height / 2 + 17, size: 11, anchor: "end", weight: "600",
            fill: swatch.text)
        return html + "</g>\n"
    }

    /// How many characters of title fit a box `width` wide beside the score column.
    static func titleCharacters(boxWidth: Double) -> Int {
        max(8, Int((boxWidth - 24 - 80) / 8))
    }
}
