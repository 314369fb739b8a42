import WorkbookCore

/// The shared strings table: each distinct text once, numbered in the order first used.
struct SharedStrings {
    private var texts: [String] = []
    private var indices: [String: Int] = [:]
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        texts.append(text)
        indices[text] = texts.count - 1
        return texts.count - 1
    }

    func xml() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml +=
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            // Leading or trailing spaces and line breaks are kept only when asked for.
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.utf8.contains(10)
            xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            xml += SpreadsheetText.escaped(text) + "</t></si>"
        }
        return xml + "</sst>"
    }
}
