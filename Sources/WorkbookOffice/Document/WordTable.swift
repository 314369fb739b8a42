/// A Word table: a header row that repeats on every page, rows that never split across
/// pages, and cells that may be shaded (a band's colour, with its label written in the cell
/// too, so the colour is never the only sign).
struct WordTable {
    /// A cell.
    struct Cell {
        var runs: [WordRun]
        /// Shading `rrggbb`, or nil.
        var fill: String?
        /// Hatched, for "not scored".
        var hatched = false
        /// Numbers read right-aligned.
        var alignRight = false
        /// How many grid columns it spans.
        var span = 1

        init(
            _ text: String, bold: Bool = false, fill: String? = nil, textColour: String? = nil, alignRight: Bool = false
        ) {
            runs = [WordRun(text, bold: bold, colour: textColour)]
            self.fill = fill
            self.alignRight = alignRight
        }

        init(runs: [WordRun], fill: String? = nil) {
            self.runs = runs
            self.fill = fill
        }
    }

    /// What the table shows, for screen readers (Word's table "title").
    var caption: String
    /// Each column's share of the width (any units; they are scaled to the page).
    var columns: [Int]
    /// The header row.
    var header: [Cell]
    /// The body rows.
    var rows: [[Cell]] = []
    /// The header row's shading.
    var headerFill = "EEF1F4"

    /// The table's XML, `pageWidth` wide (twips).
    func xml(pageWidth: Int) -> String {
        let total = max(columns.reduce(0, +), 1)
        let widths = columns.map { $0 * pageWidth / total }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"\(pageWidth)\" w:type=\"dxa\"/>"
        xml += "<w:tblLayout w:type=\"fixed\"/>"
        xml +=
            "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        xml += "<w:tblCaption w:val=\"\(WordXML.escaped(caption))\"/></w:tblPr>\n<w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>\n"
        xml += row(
            header.map { cell in
                var cell = cell
                if cell.fill == nil { cell.fill = headerFill }
                cell.runs = cell.runs.map {
                    var run = $0
                    run.bold = true
                    return run
                }
                return cell
            }, widths: widths, header: true)
        for cells in rows { xml += row(cells, widths: widths, header: false) }
        return xml + "</w:tbl>\n"
    }

    private func row(_ cells: [Cell], widths: [Int], header: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
        var column = 0
        for cell in cells {
            let span = max(1, min(cell.span, widths.count - column))
            let width = widths[column..<min(widths.count, column + span)].reduce(0, +)
            column += span
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
            if cell.hatched {
                xml += "<w:shd w:val=\"thinDiagStripe\" w:color=\"B0B6BC\" w:fill=\"FFFFFF\"/>"
            } else if let fill = cell.fill {
                xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>"
            }
            xml += "</w:tcPr>"
            xml += WordXML.paragraph(cell.runs, style: "TableText", keepWithNext: false, alignRight: cell.alignRight)
            xml += "</w:tc>"
            if column >= widths.count { break }
        }
        // A row must fill the grid: pad a short one with empty cells.
        while column < widths.count {
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>"
            column += 1
        }
        return xml + "</w:tr>\n"
    }
}
