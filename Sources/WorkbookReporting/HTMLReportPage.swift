import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The report being rendered, with what every section of the page needs.
struct HTMLReportPage {
    let report: Report
    let palette: BandPalette

    init(report: Report) {
        self.report = report
        self.palette = BandPalette(report.assessment.workbook.bands)
    }

    var assessment: Assessment { report.assessment }
    var workbook: Workbook { report.assessment.workbook }
    var response: Response { report.assessment.response }
    var maximumText: String { NumberFormatting.plain(workbook.scale.maximum) }

    /// A band as a labelled chip in its colour ("not scored", hatched, when there is none).
    func bandChip(_ reading: ScoreReading?) -> HTML {
        guard let reading else { return "<span class=\"band unscored\">not scored</span>" }
        return bandChip(band: reading.band)
    }

    /// A band's label in its colour.
    func bandChip(band: Band?) -> HTML {
        guard let band else { return "<span class=\"band\">no band</span>" }
        let swatch = palette.swatch(band)
        return
            "<span class=\"band\" style=\"background:\(swatch.fill);color:\(swatch.text)\">\(band.label)</span>"
    }

    /// A score in a key-figure card: "2.2 / 4", the band, the percentage.
    func readingFigure(_ reading: ScoreReading?) -> HTML {
        guard let reading else { return "<span class=\"big\">–</span> \(bandChip(nil))" }
        return "<span class=\"big\">\(NumberFormatting.oneDecimal(reading.score))</span>"
            + "<span class=\"out-of\"> / \(maximumText) · \(NumberFormatting.fixed(reading.percent, places: 0))%</span> "
            + bandChip(reading)
    }

    /// A score with one decimal, or "not scored".
    static func score(_ value: Double?) -> String {
        value.map { NumberFormatting.oneDecimal($0) } ?? "not scored"
    }

    /// A score with one decimal for a table cell, or "–".
    static func cell(_ value: Double?) -> String {
        value.map { NumberFormatting.oneDecimal($0) } ?? "–"
    }

    /// User text as HTML with its line breaks kept.
    static func multiline(_ text: String) -> HTML {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map { "\($0)" as HTML }
            .joined(separator: "<br>")
    }

    /// An element's title, with its step number in a chain.
    func numberedTitle(_ element: ElementScore) -> HTML {
        let title = element.element.title
        return workbook.layout == .chain ? "\(element.index). \(title)" : "\(title)"
    }
}
