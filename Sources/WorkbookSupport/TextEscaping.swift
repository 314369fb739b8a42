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
    ///
    /// Every test is on Unicode scalars, never on Characters: `\r\n` is one Character, and so
    /// is a quote followed by a combining mark, and a Character-wise check saw neither a line
    /// break nor a quote in them, letting a field end its row or close its quotes early.
    public var csvTextField: String {
        var out = String.UnicodeScalarView()
        if let first = unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            out.append("'")
        }
        var quoted = false
        for scalar in unicodeScalars {
            switch scalar {
            case "\"":
                quoted = true
                out.append(contentsOf: "\"\"".unicodeScalars)
            case ",", "\n", "\r":
                quoted = true
                out.append(scalar)
            default:
                out.append(scalar)
            }
        }
        let field = String(out)
        return quoted ? "\"" + field + "\"" : field
    }

    /// Text safe to print on a terminal: every C0 and C1 control character (other than the
    /// line feed and tab a text layout uses) and every bidirectional override, embedding or
    /// isolate is shown as a visible name, so a value or file name cannot move the cursor,
    /// clear the screen, set the window title, start a fake `file:line:col: error:` line or
    /// reorder what is shown (`Trojan Source`). See `visibleControlName`.
    ///
    /// - Parameters:
    ///   - keepingLineBreaks: whether line feeds and tabs stay as they are (true for
    ///     a report's paragraphs; false for a one-line diagnostic, where a line feed is shown).
    ///   - keepingEscapes: whether ESC stays (only for text the caller coloured itself, whose
    ///     values cannot hold one: the loaders refuse control characters in values).
    /// - Returns: the text with each such character replaced by its visible name; the text
    ///   itself when it has none.
    public func visibleControls(keepingLineBreaks: Bool = false, keepingEscapes: Bool = false) -> String {
        func name(_ scalar: Unicode.Scalar) -> String? {
            if keepingEscapes, scalar == "\u{1B}" { return nil }
            return Self.visibleControlName(scalar, keepingLineBreaks: keepingLineBreaks)
        }
        // Nearly every text has nothing to show: return it untouched without building a copy.
        guard unicodeScalars.contains(where: { name($0) != nil }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if let name = name(scalar) {
                out += name
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The visible form of a scalar that must not reach a terminal raw, or nil for any other:
    /// C0 controls and DEL as their Unicode control pictures (`␛` for escape, one column
    /// wide, so a caret under a source line stays aligned); C1 controls, the line and
    /// paragraph separators and the bidirectional formatting characters as `<U+202E>`.
    package static func visibleControlName(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> String? {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09:
            return keepingLineBreaks ? nil : controlPicture(value)
        case 0x00...0x1F:
            return controlPicture(value)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            let hex = String(value, radix: 16, uppercase: true)
            let padding = String(repeating: "0", count: Swift.max(0, 4 - hex.count))
            return "<U+\(padding)\(hex)>"
        default:
            return nil
        }
    }

    /// Whether a scalar is a control character no value may hold: a C0 control other than
    /// tab and line feed, DEL, or a C1 control. The loaders refuse them in values however
    /// they are written, and `workbook new` in what it is given.
    public static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }

    /// U+2400 to U+241F: the control pictures of the C0 controls (`␀`, `␛`, `␊`).
    private static func controlPicture(_ value: UInt32) -> String {
        Unicode.Scalar(0x2400 + value).map { String($0) } ?? "?"
    }
}

extension String {
    /// The text on one line: each run of line breaks becomes one space (for YAML comments
    /// and outline headings, which must not break).
    package func replacingLineBreaks() -> String {
        split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    }
}
