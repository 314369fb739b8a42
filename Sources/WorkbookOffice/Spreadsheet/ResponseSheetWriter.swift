public import WorkbookCore

/// The response spreadsheet: a form in Excel that `workbook import` turns back into a response.
///
/// One row per question with its element, text and guidance; a rating cell with a drop-down of
/// the scale's values (and `na` where the workbook allows it); an evidence cell; optionally a
/// rating column per table. The header block takes area, period, date and facilitator. Only
/// the yellow cells can be edited (the sheets are protected, without a password); the header
/// row stays in view; it prints on A4 landscape, one page wide.
public enum ResponseSheetWriter {
    /// The most table columns a form offers.
    public static let maxTables = 20

    /// The xlsx file's bytes.
    ///
    /// - Parameters:
    ///   - workbook: the workbook whose questions the sheet asks.
    ///   - tables: how many tables' rating columns to add (0 for an agreed rating only).
    /// - Returns: the bytes of the xlsx file.
    public static func render(_ workbook: Workbook, tables: Int = 0) -> [UInt8] {
        SpreadsheetWriter.write([responses(workbook, tables: min(max(tables, 0), maxTables)), scaleSheet(workbook)])
    }

    /// The rating drop-down's choices: the scale's values, then `na` where allowed.
    static func choices(_ scale: Scale, allowingNA: Bool) -> [String] {
        scale.levels.map { NumberFormatting.plain($0.value) } + (allowingNA && scale.allowsNotApplicable ? ["na"] : [])
    }

    private static func responses(_ workbook: Workbook, tables: Int) -> Worksheet {
        typealias Layout = ResponseSheetLayout
        var sheet = Worksheet(name: Layout.sheetName)
        let titles = Layout.fixedTitles + (0..<tables).map { "\(Layout.tablePrefix)\($0 + 1)" }
        let lastColumn = FileLocation.columnName(titles.count)
        sheet.columnWidths = Layout.fixedWidths + Array(repeating: 9, count: tables)
        sheet.set(1, 1, "\(workbook.title): response", CellStyle(bold: true, size: 14))
        sheet.rowHeights[1] = 22
        sheet.merges.append("A1:\(lastColumn)1")
        let how =
            tables > 0
            ? "Fill in the yellow cells. Rate each question in the Rating column (the agreed rating), or give each table's rating in its column; pick from the list, and write the evidence beside it."
            : "Fill in the yellow cells. Rate each question in the Rating column by picking from its list, and write the evidence beside it."
        sheet.set(
            2, 1,
            how
                + " The sheet '\(Layout.scaleSheetName)' says what each level means. Then run: workbook import THIS-FILE.xlsx",
            CellStyle(italic: true, wrap: true))
        sheet.rowHeights[2] = 32
        sheet.merges.append("A2:\(lastColumn)2")
        let input = CellStyle(fill: Layout.inputFill, wrap: true, locked: false, border: true)
        for field in Layout.headerFields {
            sheet.set(field.row, field.column, field.label, CellStyle(bold: true))
            switch field.key {
            case "workbook": sheet.set(field.row, field.column + 1, workbook.id)
            case "version": sheet.set(field.row, field.column + 1, workbook.version)
            default: sheet.style(field.row, field.column + 1, input)
            }
        }
        let title = CellStyle(bold: true, fill: Layout.titleFill, wrap: true, border: true)
        for (index, text) in titles.enumerated() { sheet.set(Layout.titleRow, index + 1, text, title) }
        let text = CellStyle(wrap: true, border: true)
        let rating = CellStyle(fill: Layout.inputFill, locked: false, border: true, centred: true)
        var row = Layout.titleRow
        for element in workbook.elements {
            for question in element.questions {
                row += 1
                sheet.set(row, 1, question.id, CellStyle(border: true))
                sheet.set(row, 2, element.title, text)
                sheet.set(row, 3, question.text, text)
                sheet.style(row, 4, rating)
                sheet.style(row, 5, input)
                sheet.set(row, 6, question.guidance ?? "", CellStyle(italic: true, wrap: true, border: true))
                for table in 0..<tables { sheet.style(row, 7 + table, rating) }
                sheet.rowHeights[row] = height(of: [
                    (element.title, Layout.fixedWidths[1]), (question.text, Layout.fixedWidths[2]),
                    (question.guidance ?? "", Layout.fixedWidths[5]),
                ])
            }
        }
        let first = Layout.titleRow + 1
        // A few spare rows keep the drop-down when rows are added at the end.
        let last = max(row, first) + 20
        let values = workbook.scale.valuesDescription
        sheet.validations.append(
            Worksheet.ListValidation(
                range: "D\(first):D\(last)", choices: choices(workbook.scale, allowingNA: true),
                prompt: "Pick a rating: \(values)\(workbook.scale.allowsNotApplicable ? ", or na" : "")",
                error: "A rating is one of \(values)\(workbook.scale.allowsNotApplicable ? " or na" : "")."))
        if tables > 0 {
            sheet.validations.append(
                Worksheet.ListValidation(
                    range: "G\(first):\(lastColumn)\(last)", choices: choices(workbook.scale, allowingNA: false),
                    prompt: "This table's rating: \(values)", error: "A table's rating is one of \(values)."))
        }
        sheet.frozenRows = Layout.titleRow
        sheet.isProtected = true
        sheet.landscape = true
        sheet.printTitleRows = Layout.titleRow...Layout.titleRow
        return sheet
    }

    /// Points for a row whose texts wrap in columns of these widths (15 points a line).
    static func height(of texts: [(String, Double)]) -> Double {
        let lines =
            texts.map { text, width in
                max(1, (text.count + Int(width) - 3) / max(1, Int(width) - 2))
            }
            .max() ?? 1
        return Double(min(lines, 12)) * 15 + 3
    }

    private static func scaleSheet(_ workbook: Workbook) -> Worksheet {
        var sheet = Worksheet(name: ResponseSheetLayout.scaleSheetName)
        sheet.columnWidths = [12, 24, 80]
        sheet.set(1, 1, "\(workbook.title): the scale and the bands", CellStyle(bold: true, size: 14))
        sheet.merges.append("A1:C1")
        let title = CellStyle(bold: true, fill: ResponseSheetLayout.titleFill, border: true)
        let text = CellStyle(wrap: true, border: true)
        sheet.set(3, 1, "Rating", title)
        sheet.set(3, 2, "Level", title)
        sheet.set(3, 3, "What it looks like", title)
        var row = 3
        for level in workbook.scale.levels {
            row += 1
            sheet.set(row, 1, .number(level.value), CellStyle(border: true, centred: true))
            sheet.set(row, 2, level.label, text)
            sheet.set(row, 3, level.description, text)
            sheet.rowHeights[row] = height(of: [(level.description, 80)])
        }
        if workbook.scale.allowsNotApplicable {
            row += 1
            sheet.set(row, 1, "na", CellStyle(border: true, centred: true))
            sheet.set(row, 2, "Not applicable", text)
            sheet.set(row, 3, "The question does not apply here: it takes no part in any score.", text)
        }
        row += 2
        sheet.set(row, 1, "Band", title)
        sheet.set(row, 2, "Label", title)
        sheet.set(row, 3, "Scores", title)
        let palette = BandPalette(workbook.bands)
        var floor: Double?
        for band in workbook.bands {
            row += 1
            let swatch = palette.swatch(band)
            sheet.set(row, 1, band.id, bandStyle(swatch))
            sheet.set(row, 2, band.label, text)
            let range =
                switch (floor, band.below) {
                case (nil, let below?): "below \(NumberFormatting.plain(below))"
                case (let low?, let below?):
                    "from \(NumberFormatting.plain(low)) to below \(NumberFormatting.plain(below))"
                case (let low?, nil): "\(NumberFormatting.plain(low)) and above"
                case (nil, nil): "every score"
                }
            sheet.set(row, 3, range, text)
            floor = band.below ?? floor
        }
        sheet.isProtected = true
        return sheet
    }

    /// A cell in a band's colour, with the text colour that reads on it.
    static func bandStyle(_ swatch: BandPalette.Swatch, numberFormat: CellStyle.NumberFormat = .general) -> CellStyle {
        let fill = swatch.fill.hasPrefix("#") ? String(swatch.fill.dropFirst()).uppercased() : "E6E8EB"
        let text = swatch.fill.hasPrefix("#") ? String(swatch.text.dropFirst()).uppercased() : "1F2328"
        return CellStyle(fill: fill, fontColour: text, border: true, numberFormat: numberFormat, centred: true)
    }
}
