/// The WordprocessingML pieces every part shares: namespaces, escaping, runs and paragraphs.
/// Elements are written in the order the schema requires (Word asks to repair a file whose
/// properties are out of order).
enum WordXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Text for an XML element or attribute: `&`, `<`, `>`, `"` escaped; characters XML 1.0
    /// cannot hold (most controls, lone surrogates cannot occur in Swift) dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A run's XML; each line of its text after the first starts with a line break.
    static func run(_ run: WordRun) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/>" }
        if run.italic { properties += "<w:i/>" }
        if let colour = run.colour { properties += "<w:color w:val=\"\(colour)\"/>" }
        let head = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
        let lines = run.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var xml = head
        for (index, line) in lines.enumerated() {
            if index > 0 { xml += "<w:br/>" }
            xml += "<w:t xml:space=\"preserve\">\(escaped(String(line)))</w:t>"
        }
        return xml + "</w:r>"
    }

    /// A paragraph's XML.
    static func paragraph(
        _ runs: [WordRun], style: String?, keepWithNext: Bool, alignRight: Bool = false, pageBreakBefore: Bool = false
    ) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepWithNext { properties += "<w:keepNext/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if alignRight { properties += "<w:jc w:val=\"right\"/>" }
        let head = properties.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(properties)</w:pPr>"
        return head + runs.map(run).joined() + "</w:p>\n"
    }

    /// `#RRGGBB` → `RRGGBB`, or nil when it is not a plain hex colour (an SVG pattern).
    static func hex(_ colour: String) -> String? {
        let digits = colour.hasPrefix("#") ? String(colour.dropFirst()) : colour
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        return digits.uppercased()
    }
}
