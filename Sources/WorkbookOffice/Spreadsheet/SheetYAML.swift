import WorkbookCore

/// Builds the YAML of one response sheet, line by line, remembering each line's cell.
struct SheetYAML {
    let file: String
    let cells: SheetCells
    let uses1904Dates: Bool
    /// The question ids of a workbook (by id and version) in its order, when known.
    let questionOrder: (_ workbook: String, _ version: String?) -> [String]?
    private(set) var lines: [String] = []
    private(set) var cellOfLine: [Int: FileLocation] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(
        file: String, cells: SheetCells, uses1904Dates: Bool,
        questionOrder: @escaping (_ workbook: String, _ version: String?) -> [String]? = { _, _ in nil }
    ) {
        self.file = file
        self.cells = cells
        self.uses1904Dates = uses1904Dates
        self.questionOrder = questionOrder
    }

    /// The first cell (in reading order) of each label the sheet is read by, found in one pass.
    private var labels: [String: CellAddress] = [:]

    /// Writes every line; false when the sheet has no question id column.
    mutating func build() -> Bool {
        typealias Layout = ResponseSheetLayout
        let wanted = Set(([Layout.idTitle] + Layout.headerFields.map(\.label)).map { $0.lowercased() })
        for (address, value) in cells.cells {
            guard case .text(let text) = value, text.utf8.count < 40 else { continue }
            var title = text.trimmed.lowercased()
            if title.hasSuffix(":") { title.removeLast() }
            if wanted.contains(title), labels[title].map({ address < $0 }) ?? true { labels[title] = address }
        }
        guard let (titleRow, idColumn) = find(Layout.idTitle) else { return false }
        var columns: [String: Int] = [:]
        var tables: [Int] = []
        for (address, value) in cells.cells where address.row == titleRow {
            guard case .text(let text) = value else { continue }
            let title = text.trimmed
            if title.hasPrefix(Layout.tablePrefix), Int(title.dropFirst(Layout.tablePrefix.count)) != nil {
                tables.append(address.column)
            } else {
                columns[title.lowercased()] = address.column
            }
        }
        tables.sort()
        append(
            "# Imported from \(file) by workbook import: edit the spreadsheet and import it again, or edit this file.",
            at: nil)
        // The workbook first, as every response file starts.
        for field in Layout.headerFields.sorted(by: { ($0.input ? 1 : 0) < ($1.input ? 1 : 0) }) {
            guard let (row, column) = find(field.label, above: titleRow) else { continue }
            let location = self.location(row, column + 1)
            guard let value = cells[row, column + 1] else {
                append("\(field.key):", at: location)
                continue
            }
            append("\(field.key): \(header(value, key: field.key, at: location))", at: location)
        }
        append("answers:", at: nil)
        let rating = columns[Layout.ratingTitle.lowercased()]
        let evidence = columns[Layout.evidenceTitle.lowercased()]
        // The workbook's order when it is known, the sheet's otherwise (and for unknown ids).
        let known = headerText(Layout.headerFields, "workbook", above: titleRow)
            .flatMap {
                questionOrder($0, headerText(Layout.headerFields, "version", above: titleRow))
            }
        let position = Dictionary((known ?? []).enumerated().map { ($1, $0) }) { first, _ in first }
        let rows = cells.rows.filter { $0 > titleRow }.enumerated()
            .map { index, row in
                (position[cells[row, idColumn].map(\.display.trimmed) ?? ""] ?? Int.max, index, row)
            }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        for row in rows {
            let id = cells[row, idColumn].map(\.display.trimmed) ?? ""
            let inputs = ([rating, evidence].compactMap { $0 } + tables).filter { cells[row, $0] != nil }
            guard !id.isEmpty else {
                if let first = inputs.first {
                    diagnostics.append(
                        .error(
                            .rowWithoutQuestion,
                            "row \(row) has a rating or evidence but no question id in column \(FileLocation.columnName(idColumn)), so it would be lost",
                            at: location(row, first),
                            hint: "copy the question id into the row, or move the rating to the question's own row"))
                }
                continue
            }
            append("  \(YAMLQuoting.scalar(id)):", at: location(row, idColumn))
            if let rating, let value = cells[row, rating] {
                append("    score: \(self.rating(value, at: location(row, rating)))", at: location(row, rating))
            }
            let rated = tables.filter { cells[row, $0] != nil }
            if !rated.isEmpty {
                append("    ratings:", at: location(row, rated[0]))
                for column in rated {
                    guard let value = cells[row, column] else { continue }
                    append("      - \(self.rating(value, at: location(row, column)))", at: location(row, column))
                }
            }
            if let evidence, let value = cells[row, evidence] {
                let text = value.display.trimmed
                if !text.isEmpty { append("    evidence: \(YAMLQuoting.scalar(text))", at: location(row, evidence)) }
            }
        }
        return true
    }

    /// The row and column of the first cell (in reading order) whose text is `label`,
    /// ignoring case and a trailing colon.
    private func find(_ label: String, above limit: Int = .max) -> (Int, Int)? {
        guard let address = labels[label.lowercased()], address.row < limit else { return nil }
        return (address.row, address.column)
    }

    /// The text in a header field's value cell.
    private func headerText(
        _ fields: [(label: String, key: String, input: Bool, row: Int, column: Int)], _ key: String, above limit: Int
    ) -> String? {
        guard let field = fields.first(where: { $0.key == key }), let (row, column) = find(field.label, above: limit),
            let value = cells[row, column + 1]
        else { return nil }
        let text = value.display.trimmed
        return text.isEmpty ? nil : text
    }

    private func location(_ row: Int, _ column: Int) -> FileLocation {
        FileLocation(file: file, line: row, column: column, sheet: cells.name)
    }

    private mutating func append(_ line: String, at location: FileLocation?) {
        lines.append(line)
        if let location { cellOfLine[lines.count] = location }
    }

    /// A header value as YAML: a date serial as `YYYY-MM-DD`, everything else as text.
    private mutating func header(_ value: CellValue, key: String, at location: FileLocation) -> String {
        switch value {
        case .number(let number, _) where key == "date":
            guard let date = SpreadsheetDate.text(serial: number, uses1904: uses1904Dates) else {
                diagnostics.append(
                    .error(
                        .cellValue, "\(NumberFormatting.plain(number)) is not a date Excel can show", at: location,
                        hint: "type the date as 2025-11-14"))
                return "\"\""
            }
            return date
        case .boolean, .error:
            diagnostics.append(
                .error(.cellValue, "the \(key) should be text, but the cell holds \(value.display)", at: location))
            return "\"\""
        default:
            let text = value.display.trimmed
            return text.isEmpty ? "" : YAMLQuoting.doubleQuoted(text)
        }
    }

    /// A rating as YAML: numbers as the loader reads them (`3.0` is `3`), text as written.
    private mutating func rating(_ value: CellValue, at location: FileLocation) -> String {
        switch value {
        case .number(let number, _):
            return NumberFormatting.plain(number)
        case .text(let text):
            let trimmed = text.trimmed
            // A number typed as text ('3) is the number.
            if let number = Double(trimmed), number.isFinite, NumberSyntax.parse(trimmed) != nil {
                return NumberFormatting.plain(number)
            }
            let lower = trimmed.lowercased()
            return lower == "na" || lower == "n/a" ? "na" : YAMLQuoting.scalar(trimmed)
        case .boolean, .error:
            diagnostics.append(
                .error(.cellValue, "a rating should be a number, but the cell holds \(value.display)", at: location))
            return "\"\""
        }
    }
}
