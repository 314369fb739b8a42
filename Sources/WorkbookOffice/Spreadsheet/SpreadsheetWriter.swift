import WorkbookCore

/// Writes worksheets as an xlsx file: a zip of SpreadsheetML parts, the same bytes for the
/// same sheets (no dates, no ids that change).
///
/// The parts are the few every spreadsheet program needs and nothing more; the order of the
/// elements inside a worksheet follows the schema exactly, because Excel offers to "repair" a
/// file whose elements are out of order.
public enum SpreadsheetWriter {
    /// The xlsx file's bytes.
    public static func write(_ sheets: [Worksheet]) -> [UInt8] {
        var styles = SpreadsheetStyles()
        var strings = SharedStrings()
        let sheetXML = sheets.map { worksheetXML($0, styles: &styles, strings: &strings) }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: contentTypes(sheetCount: sheets.count))
        zip.add(
            "_rels/.rels",
            text: """
                \(header)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(officeRelations)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """)
        zip.add("xl/workbook.xml", text: workbookXML(sheets))
        zip.add("xl/_rels/workbook.xml.rels", text: workbookRelations(sheetCount: sheets.count))
        zip.add("xl/styles.xml", text: styles.xml())
        zip.add("xl/sharedStrings.xml", text: strings.xml())
        for (index, xml) in sheetXML.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", text: xml)
        }
        return zip.finish()
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(ml).sheet.main+xml\"/>"
        for index in 1...max(1, sheetCount) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(ml).worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(ml).styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(ml).sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    private static func workbookXML(_ sheets: [Worksheet]) -> String {
        var xml = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\">"
        xml += "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml +=
                "<sheet name=\"\(SpreadsheetText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let titled = sheets.enumerated().filter { $0.element.printTitleRows != nil }
        if !titled.isEmpty {
            xml += "<definedNames>"
            for (index, sheet) in titled {
                guard let rows = sheet.printTitleRows else { continue }
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                xml += "\(quotedSheetName(sheet.name))!$\(rows.lowerBound):$\(rows.upperBound)</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    /// `'Sheet name'` with any `'` doubled, as formulas write sheet names.
    static func quotedSheetName(_ name: String) -> String {
        "'"
            + SpreadsheetText.escaped(name).split(separator: "'", omittingEmptySubsequences: false)
            .joined(separator: "''") + "'"
    }

    private static func workbookRelations(sheetCount: Int) -> String {
        var xml = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...max(1, sheetCount) {
            xml +=
                "<Relationship Id=\"rId\(index)\" Type=\"\(officeRelations)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeRelations)/styles\" Target=\"styles.xml\"/>"
        xml +=
            "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(officeRelations)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    private static func worksheetXML(_ sheet: Worksheet, styles: inout SpreadsheetStyles, strings: inout SharedStrings)
        -> String
    {
        var xml = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let top = "A\(sheet.frozenRows + 1)"
            xml +=
                "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml +=
                    "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(NumberFormatting.plain(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        var currentRow = 0
        for address in sheet.cells.keys.sorted() {
            guard let cell = sheet.cells[address] else { continue }
            if address.row != currentRow {
                if currentRow > 0 { xml += "</row>" }
                let height =
                    sheet.rowHeights[address.row].map { " ht=\"\(NumberFormatting.plain($0))\" customHeight=\"1\"" }
                    ?? ""
                xml += "<row r=\"\(address.row)\"\(height)>"
                currentRow = address.row
            }
            let style = styles.index(cell.style)
            let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
            switch cell.value {
            case .text(let text) where text.isEmpty:
                xml += "<c r=\"\(address.name)\"\(styleAttribute)/>"
            case .text(let text):
                xml += "<c r=\"\(address.name)\"\(styleAttribute) t=\"s\"><v>\(strings.index(text))</v></c>"
            case .number(let value):
                // Shortest round-trip form: Excel reads it back as the same double.
                let written = value.isFinite ? "\(value)" : "0"
                xml +=
                    "<c r=\"\(address.name)\"\(styleAttribute)><v>\(written.hasSuffix(".0") ? String(written.dropLast(2)) : written)</v></c>"
            }
        }
        if currentRow > 0 { xml += "</row>" }
        xml += "</sheetData>"
        if sheet.isProtected {
            // No password. Rows may be inserted, deleted and sorted, and columns resized:
            // the import finds questions by their id, wherever their rows end up.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\""
            xml += " insertRows=\"0\" deleteRows=\"0\" sort=\"0\" autoFilter=\"0\"/>"
        }
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            xml += sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined()
            xml += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                let list = validation.choices.joined(separator: ",")
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                xml += " errorTitle=\"Not on the scale\" error=\"\(SpreadsheetText.escaped(validation.error))\""
                xml +=
                    " promptTitle=\"Rating\" prompt=\"\(SpreadsheetText.escaped(validation.prompt))\" sqref=\"\(validation.range)\">"
                xml += "<formula1>\"\(SpreadsheetText.escaped(list))\"</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<printOptions gridLines=\"0\"/>"
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml +=
            "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        xml +=
            "<headerFooter><oddFooter>&amp;L\(SpreadsheetText.escaped(sheet.name))&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"
        return xml + "</worksheet>"
    }
}
