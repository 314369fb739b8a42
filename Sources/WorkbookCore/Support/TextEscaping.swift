extension String {
    /// Text made safe for Markdown: characters Markdown would read as formatting, links or
    /// HTML are backslash-escaped (`<` and `>` become entities), and line breaks become
    /// spaces so a note stays inside its table cell.
    public var markdownEscaped: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSV field (RFC 4180): quoted when it contains a comma, quote, CR or LF, with quotes
    /// doubled. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
    /// `@`, tab or CR) gets a leading `'`, so `=HYPERLINK(...)` in an evidence note stays text.
    public var csvTextField: String {
        var text = self
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
