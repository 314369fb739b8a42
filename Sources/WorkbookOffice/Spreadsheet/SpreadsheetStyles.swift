import WorkbookCore

/// The styles part of a workbook, built from the `CellStyle`s its cells use.
///
/// Each distinct style becomes one entry of `cellXfs`, numbered in the order first seen
/// (cells are visited in address order, so the numbering is deterministic).
struct SpreadsheetStyles {
    private(set) var styles: [CellStyle] = [CellStyle()]
    private var indices: [CellStyle: Int] = [CellStyle(): 0]

    /// The index a style is written with.
    mutating func index(_ style: CellStyle) -> Int {
        if let index = indices[style] { return index }
        styles.append(style)
        indices[style] = styles.count - 1
        return styles.count - 1
    }

    /// `xl/styles.xml`.
    func xml() -> String {
        var fonts: [String] = []
        var fills: [String] = [
            "<fill><patternFill patternType=\"none\"/></fill>", "<fill><patternFill patternType=\"gray125\"/></fill>",
        ]
        var xfs: [String] = []
        for style in styles {
            let font = fontXML(style)
            let fontID =
                fonts.firstIndex(of: font)
                ?? {
                    fonts.append(font)
                    return fonts.count - 1
                }()
            var fillID = 0
            if let fill = style.fill {
                let xml =
                    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
                fillID =
                    fills.firstIndex(of: xml)
                    ?? {
                        fills.append(xml)
                        return fills.count - 1
                    }()
            }
            let format =
                switch style.numberFormat {
                case .general: 0
                case .oneDecimal: 164
                case .signedOneDecimal: 165
                case .percent: 9
                }
            var xf =
                "<xf numFmtId=\"\(format)\" fontId=\"\(fontID)\" fillId=\"\(fillID)\" borderId=\"\(style.border ? 1 : 0)\" xfId=\"0\""
            if format != 0 { xf += " applyNumberFormat=\"1\"" }
            if fontID != 0 { xf += " applyFont=\"1\"" }
            if fillID != 0 { xf += " applyFill=\"1\"" }
            if style.border { xf += " applyBorder=\"1\"" }
            xf += " applyAlignment=\"1\" applyProtection=\"1\">"
            xf +=
                "<alignment vertical=\"top\"\(style.wrap ? " wrapText=\"1\"" : "")\(style.centred ? " horizontal=\"center\"" : "")/>"
            xf += "<protection locked=\"\(style.locked ? 1 : 0)\"/></xf>"
            xfs.append(xf)
        }
        let side =
            "<left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top><bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="+0.0;-0.0;0.0"/></numFmts>\
            <fonts count="\(fonts.count)">\(fonts.joined())</fonts>\
            <fills count="\(fills.count)">\(fills.joined())</fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(side)</border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="\(xfs.count)">\(xfs.joined())</cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
    }

    private func fontXML(_ style: CellStyle) -> String {
        var xml = "<font>"
        if style.bold { xml += "<b/>" }
        if style.italic { xml += "<i/>" }
        xml += "<sz val=\"\(NumberFormatting.plain(style.size ?? 11))\"/>"
        xml += style.fontColour.map { "<color rgb=\"FF\($0)\"/>" } ?? "<color theme=\"1\"/>"
        return xml + "<name val=\"Calibri\"/><family val=\"2\"/></font>"
    }
}
