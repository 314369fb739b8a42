/// A Word document's body, built block by block: headings in Word's own heading styles (so the
/// navigation pane and a table of contents see them), paragraphs, bulleted lists, real tables
/// with a repeating header row, and page breaks. `WordPackage` wraps it into a .docx.
///
/// Plain text goes in; every text is escaped for XML here, with any character XML 1.0 cannot
/// hold dropped, and a line break in a text becomes a line break in Word.
struct WordDocument {
    /// The page: A4, portrait or landscape.
    enum Orientation { case portrait, landscape }

    /// `word/document.xml`'s `<w:body>` content so far.
    private(set) var body = ""
    /// The page's orientation.
    let orientation: Orientation

    init(orientation: Orientation = .portrait) {
        self.orientation = orientation
    }

    /// The document's title (Word's Title style).
    mutating func title(_ text: String) {
        paragraph([WordRun(text)], style: "Title")
    }

    /// A heading, level 1 to 3 (Heading1 … Heading3), optionally opening a new page (a
    /// property of the heading, so a page that is already full never leaves a blank one).
    mutating func heading(_ text: String, level: Int, newPage: Bool = false) {
        body += WordXML.paragraph(
            [WordRun(text)], style: "Heading\(min(max(level, 1), 3))", keepWithNext: false, pageBreakBefore: newPage)
    }

    /// A paragraph of plain text.
    mutating func paragraph(_ text: String, style: String? = nil) {
        paragraph([WordRun(text)], style: style)
    }

    /// A paragraph of runs.
    mutating func paragraph(_ runs: [WordRun], style: String? = nil, keepWithNext: Bool = false) {
        body += WordXML.paragraph(runs, style: style, keepWithNext: keepWithNext)
    }

    /// A bulleted list, one item a paragraph.
    mutating func bullets(_ items: [[WordRun]]) {
        for item in items { paragraph(item, style: "ListBullet") }
    }

    /// A bulleted list of plain texts.
    mutating func bullets(_ items: [String]) {
        bullets(items.map { [WordRun($0)] })
    }

    /// A table.
    mutating func table(_ table: WordTable) {
        body += table.xml(pageWidth: contentWidth)
        // Word needs a paragraph between two tables, or it joins them; a small one after each.
        body += WordXML.paragraph([], style: "TableGap", keepWithNext: false)
    }

    /// The width inside the margins, in twentieths of a point (A4 less 2 cm each side).
    var contentWidth: Int { orientation == .portrait ? 11906 - 2 * 1134 : 16838 - 2 * 1134 }

    /// The whole `word/document.xml`.
    var xml: String {
        let size =
            orientation == .portrait
            ? "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            : "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
        return WordXML.declaration
            + "<w:document xmlns:w=\"\(WordXML.mainNamespace)\" xmlns:r=\"\(WordXML.relationshipsNamespace)\">\n<w:body>\n"
            + body
            + "<w:sectPr>\(size)<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" "
            + "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>\n</w:body>\n</w:document>\n"
    }
}
