import WorkbookSupport

/// Renders diagnostics the way compilers do, so editors and people read them alike.
///
/// ```
/// workbooks/pots.yaml:14:5: error: unknown key 'wieght' in an element [load.unknown-key]
///    14 |     wieght: 2
///       |     ^~~~~~
///   hint: did you mean 'weight'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to add ANSI colour (only on a terminal, never with NO_COLOR).
    public var colour: Bool
    /// Whether to print the source line and a caret under the problem.
    public var showsSource: Bool

    /// Creates a renderer.
    public init(colour: Bool = false, showsSource: Bool = true) {
        self.colour = colour
        self.showsSource = showsSource
    }

    /// The diagnostic as text, one or more lines, ending with a newline.
    ///
    /// - Parameters:
    ///   - diagnostic: what to render.
    ///   - source: the text of the file the diagnostic points into, when known; the
    ///     diagnostic's `length` says how much of the line to underline.
    /// - Returns: `file:line:col: severity: message [code]`, then the source line with a caret
    ///   when `showsSource` and the line is known, then any hint; each line ends with a newline.
    public func render(_ diagnostic: Diagnostic, source: String?) -> String {
        render(diagnostic, lines: source.map(SourceLines.init))
    }

    /// The diagnostic as text, taking its source line from a file's line index (build the
    /// index once per file: rendering every diagnostic of a file is then linear).
    public func render(_ diagnostic: Diagnostic, lines: SourceLines?) -> String {
        // Everything printed is made visible first: a file name, a decoded key in a message or
        // a source line can hold control characters (an escape sequence would clear the screen
        // or forge another `file:line:col: error:` line) or bidirectional overrides.
        var out = ""
        if let location = diagnostic.location {
            out += paint("\(location): ".visibleControls(), bold: true)
        }
        out += paint("\(diagnostic.severity.rawValue): ", code: severityColour(diagnostic.severity), bold: true)
        out += paint(diagnostic.message.visibleControls(), bold: true)
        out += " [\(diagnostic.code.rawValue)]\n"
        if showsSource, let location = diagnostic.location, let line = lines?.line(location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let length = max(1, diagnostic.length ?? 1)
            let (shownLine, shownColumn, shownLength) = Self.visible(
                line, column: max(1, location.column), length: length)
            // A very long line (a whole file on one line) is shown around the column only.
            let (visible, caretColumn) = Self.excerpt(shownLine, column: shownColumn)
            out += " \(number) | \(visible)\n"
            let lead = String(repeating: " ", count: max(0, min(caretColumn - 1, visible.unicodeScalars.count)))
            let available = max(1, visible.unicodeScalars.count - caretColumn + 1)
            let width = min(shownLength, available)
            let underline = "^" + String(repeating: "~", count: width - 1)
            out += " \(gutter) | \(lead)\(paint(underline, code: "32", bold: true))\n"
        }
        if let hint = diagnostic.hint {
            out += "  \(paint("hint:", code: "36", bold: true)) \(hint.visibleControls())\n"
        }
        return out
    }

    /// A source line as it is shown: tabs as single spaces, control characters and
    /// bidirectional overrides by their visible names; with the column and underline length
    /// (in scalars) moved to match, since `<U+202E>` is wider than the scalar it stands for.
    static func visible(_ line: String, column: Int, length: Int) -> (String, Int, Int) {
        var shown = String.UnicodeScalarView()
        var shownColumn = column
        var shownEnd = column + length
        for (index, scalar) in line.unicodeScalars.enumerated() {
            var grown = 0
            if scalar == "\t" {
                shown.append(" ")
            } else if let name = String.visibleControlName(scalar, keepingLineBreaks: false) {
                shown.append(contentsOf: name.unicodeScalars)
                grown = name.unicodeScalars.count - 1
            } else {
                shown.append(scalar)
            }
            if index + 1 < column { shownColumn += grown }
            if index + 1 < column + length { shownEnd += grown }
        }
        return (String(shown), shownColumn, max(1, shownEnd - shownColumn))
    }

    /// The longest source line shown whole, in characters.
    static let maxLineShown = 160

    /// `line` cut to at most `maxLineShown` characters around `column` (with `…` where it
    /// was cut), and the column in what is shown.
    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maxLineShown else { return (line, column) }
        let start = max(0, min(column - 1 - maxLineShown / 2, scalars.count - maxLineShown))
        let end = min(scalars.count, start + maxLineShown)
        var shown = String(String.UnicodeScalarView(scalars[start..<end]))
        var shownColumn = column - start
        if start > 0 {
            shown = "…" + shown
            shownColumn += 1
        }
        if end < scalars.count { shown += "…" }
        return (shown, shownColumn)
    }

    private func severityColour(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "35"
        case .note: "34"
        }
    }

    private func paint(_ text: String, code: String? = nil, bold: Bool = false) -> String {
        guard colour else { return text }
        var codes: [String] = []
        if bold { codes.append("1") }
        if let code { codes.append(code) }
        return "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
    }
}
