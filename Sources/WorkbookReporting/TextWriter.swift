import WorkbookRules
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// Builds text line by line, with optional ANSI styling.
struct TextWriter {
    let colour: Bool
    private(set) var output = ""

    init(colour: Bool) { self.colour = colour }

    /// Adds a line; control characters and bidirectional overrides in it are shown by name
    /// (`String.visibleControls`), so no value or file name can drive the terminal.
    mutating func line(_ text: String) {
        output += text.trimmingTrailingSpaces().visibleControls(keepingLineBreaks: true, keepingEscapes: colour) + "\n"
    }
    mutating func blank() { output += "\n" }
    /// Hands the output so far on, when streaming and it is large.
    mutating func spill(_ spill: Spill) { spill(&output) }
    mutating func heading(_ text: String) { line(bold(text)) }

    /// A paragraph word-wrapped at `width`: the first line starts with `first`, the rest
    /// are indented by `rest` spaces.
    mutating func paragraph(_ first: String, _ text: String, indent rest: Int, width: Int = 80) {
        var current = first
        let indent = String(repeating: " ", count: rest)
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let plain = DisplayWidth.of(current)
            if plain + DisplayWidth.of(String(word)) + 1 > width, current.trimmingTrailingSpaces() != indent,
                current != first
            {
                line(current)
                current = indent + word
            } else {
                current += (current == first || current == indent ? "" : " ") + word
            }
        }
        line(current)
    }

    /// `label` then the items, comma-separated, wrapped at `width` with a hanging indent.
    mutating func wrapped(_ label: String, _ items: [String], width: Int = 80) {
        let indent = String(repeating: " ", count: label.count)
        var current = label
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if DisplayWidth.of(current) + DisplayWidth.of(piece) + 1 > width, current != label {
                line(current)
                current = indent + piece
            } else {
                current += (current == label ? "" : " ") + piece
            }
        }
        line(current)
    }

    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// A band's label, coloured by its colour on a terminal.
    func band(_ band: Band?) -> String {
        guard let band else { return "" }
        guard colour, let hex = band.colour, let rgb = RGB(hex: hex) else { return band.label }
        return "\u{1B}[38;2;\(rgb.red);\(rgb.green);\(rgb.blue)m\(band.label)\u{1B}[0m"
    }

    /// A finding's severity in a board's words, padded to line findings up.
    func severity(_ severity: Rule.Severity) -> String {
        let label = (ReportWording.severity(severity) + ":").padding(10)
        guard colour else { return label }
        let code =
            switch severity {
            case .critical: "31"
            case .warning: "33"
            case .info: "36"
            }
        return "\u{1B}[1;\(code)m\(label)\u{1B}[0m"
    }
}
