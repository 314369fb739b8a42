import WorkbookModel
import WorkbookSupport

/// The pieces the form and the workshop pack share: the page head and how workbook text
/// becomes HTML. Every piece is `HTML`, so workbook text is escaped.
enum FormHTML {
    /// Allows inline styles, inline scripts and `data:` images, and nothing else: the pages
    /// fetch nothing, so they work from a USB stick with no network, and a mistake in escaping
    /// could not load anything from elsewhere.
    static let contentSecurityPolicy: HTML =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The same, and WebAssembly compiled from bytes in the page: only for forms that carry the
    /// wasm kernel (`workbook form --kernel`). The report they open in a frame is `srcdoc`, so it
    /// falls under this policy too.
    static let kernelContentSecurityPolicy: HTML =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; img-src data:; base-uri 'none'; form-action 'none'"

    /// `<!doctype html>` up to and including `<body>`.
    static func documentStart(title: String, style: String, bodyClass: String, allowsWasm: Bool = false) -> HTML {
        let policy = allowsWasm ? kernelContentSecurityPolicy : contentSecurityPolicy
        return """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(policy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="workbook form">
            <link rel="icon" href="data:,">
            <title>\(title)</title>
            <style>
            \(HTML.raw(style))</style>
            </head>
            <body class="\(bodyClass)">

            """
    }

    /// Text as HTML paragraphs: a blank line starts a new paragraph, a single line break is kept.
    static func paragraphs(_ text: String, className: String? = nil) -> HTML {
        let classAttribute = HTML.attribute("class", className)
        return blocks(text).map { "<p\(classAttribute)>\(lines($0))</p>\n" }.joined()
    }

    /// Text inline (inside a legend or a label): line breaks become `<br>`, paragraphs run on.
    static func inline(_ text: String) -> HTML {
        blocks(text).map(lines).joined(separator: "<br>")
    }

    private static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }

    private static func lines(_ block: String) -> HTML {
        block.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { HTML.text(String($0)) }
            .joined(separator: "<br>")
    }

    /// A scale value as the form writes it in radio values and in the response ("3", "2.5").
    static func valueText(_ value: Double) -> String { NumberFormatting.plain(value) }

    /// The question's own wording for a scale value, if it has one.
    static func wording(_ question: Question, for value: Double) -> String? {
        question.levels.first { $0.value == value }?.text
    }

    /// "Step 3" for a chain, otherwise the element's number.
    static func elementNumber(_ index: Int, layout: Workbook.Layout) -> String {
        layout == .chain ? "Step \(index + 1)" : "\(index + 1)"
    }

    /// The group's title for an element, when the workbook has groups.
    static func groupTitle(of element: FrameworkElement, in workbook: Workbook) -> String? {
        element.group.flatMap { workbook.group($0)?.title }
    }
}
