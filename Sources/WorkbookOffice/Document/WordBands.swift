import WorkbookCore

/// Band shading for Word cells, from the same palette the HTML report draws with: the
/// band's colour with black or white text, whichever contrasts more, and the band's label
/// always written in the cell; "not scored" is hatched and says so.
struct WordBands {
    private let palette: BandPalette
    private let workbook: Workbook

    init(_ workbook: Workbook) {
        self.workbook = workbook
        palette = BandPalette(workbook.bands)
    }

    /// A cell in a band's colour: "2.2 Developing", or a hatched "not scored".
    func cell(_ reading: ScoreReading?, label: String? = nil) -> WordTable.Cell {
        guard let reading else {
            var cell = WordTable.Cell(label.map { "\($0)\nnot scored" } ?? "not scored")
            cell.hatched = true
            return cell
        }
        var text = "\(NumberFormatting.oneDecimal(reading.score)) \(reading.band?.label ?? "no band")"
        if let label { text = "\(label)\n\(text)" }
        return shaded(text, band: reading.band)
    }

    /// A cell for a bare score, banded by the workbook.
    func cell(score: Double?, label: String? = nil) -> WordTable.Cell {
        cell(score.map { ScoreReading($0, in: workbook) }, label: label)
    }

    /// Any text in a band's colour.
    func shaded(_ text: String, band: Band?, bold: Bool = false) -> WordTable.Cell {
        let swatch = palette.swatch(band)
        guard let fill = WordXML.hex(swatch.fill) else {
            var cell = WordTable.Cell(text, bold: bold)
            cell.hatched = true
            return cell
        }
        return WordTable.Cell(text, bold: bold, fill: fill, textColour: WordXML.hex(swatch.text))
    }
}
