public import WorkbookCore

extension DiagnosticCode {
    /// An xlsx file that cannot be read at all: damaged, a zip bomb, encrypted, with macros,
    /// with a DTD, over a limit.
    public static let spreadsheetRefused: DiagnosticCode = "xlsx.refused"
    /// A readable spreadsheet that is not a response sheet (no `Question id` column).
    public static let notResponseSheet: DiagnosticCode = "xlsx.not-a-response-sheet"
    /// A rating or evidence in a row without a question id: it would be lost.
    public static let rowWithoutQuestion: DiagnosticCode = "xlsx.row-without-question"
    /// A cell whose kind of value cannot be what its column asks (TRUE, #N/A).
    public static let cellValue: DiagnosticCode = "xlsx.cell-value"
}

/// A response read from a response spreadsheet: the YAML it amounts to, and where each of
/// that YAML's lines came from.
public struct ImportedSheet: Sendable, Equatable {
    /// The response as YAML, as `workbook new` would write it, filled in.
    public var yaml: String
    /// The cell each YAML line was written from (1-based line → location).
    public var cells: [Int: SourceLocation]
}

/// Turns a response spreadsheet into a response: `workbook import`, and `check`, `report`,
/// `compare` and `trend` given an `.xlsx` file.
///
/// The sheet becomes YAML first, one value to a line, and that YAML is loaded by the one
/// `ResponseLoader` every response goes through, so a spreadsheet is checked exactly as a
/// YAML file is. Each diagnostic is then moved from its YAML line to the cell the line came
/// from: `north.xlsx:Responses!D14: error: 5 is not on the scale of 'pots'`.
public enum ResponseSheetImport {
    /// Reads the sheet and loads the response it holds.
    ///
    /// - Returns: the response (nil when any diagnostic is an error), every diagnostic located
    ///   by cell, and the YAML (nil when the file could not be read as a response sheet).
    public static func load(_ input: InputFile, resolver: WorkbookResolver) -> (
        result: LoadResult<LoadedResponse>, yaml: String?
    ) {
        let (sheet, diagnostics) = read(input, resolver: resolver)
        guard let sheet else { return (LoadResult(value: nil, diagnostics: diagnostics), nil) }
        let loaded = ResponseLoader.load(InputFile(name: input.name, text: sheet.yaml), resolver: resolver)
        // A cell the sheet already found wrong (TRUE where a rating belongs) is not reported twice.
        let flagged = Set(diagnostics.compactMap(\.location))
        let located = loaded.diagnostics.map { relocate($0, file: input.name, cells: sheet.cells) }
            .filter { $0.location.map { !flagged.contains($0) } ?? true }
        return (LoadResult(value: loaded.value, diagnostics: diagnostics + located), sheet.yaml)
    }

    /// The YAML a response sheet amounts to, and the problems only the sheet can have.
    ///
    /// - Parameters:
    ///   - input: the spreadsheet's bytes and name.
    ///   - resolver: when it knows the sheet's workbook, the answers are written in the
    ///     workbook's order, however the rows were sorted (the same answers, the same YAML).
    /// - Returns: the YAML with each line's cell (nil when the file is not a response sheet),
    ///   and the sheet's own diagnostics.
    public static func read(_ input: InputFile, resolver: WorkbookResolver? = nil) -> (ImportedSheet?, [Diagnostic]) {
        var reader: SpreadsheetReader
        let cells: SheetCells
        do {
            reader = try SpreadsheetReader(input.bytes)
            guard
                let name = reader.sheetNames.first(where: { $0 == ResponseSheetLayout.sheetName })
                    ?? reader.sheetNames.first
            else {
                throw SpreadsheetError.notSpreadsheet("it has no sheets")
            }
            cells = try reader.sheet(name)
        } catch {
            return (nil, [.error(.spreadsheetRefused, "\(input.name) cannot be read: \(error)", at: nil)])
        }
        var builder = SheetYAML(file: input.name, cells: cells, uses1904Dates: reader.uses1904Dates) { id, version in
            resolver?.resolve(id, version: version)?.workbook.questions.map(\.id)
        }
        guard builder.build() else {
            let others = reader.sheetNames.filter { $0 != cells.name }
            return (
                nil,
                [
                    .error(
                        .notResponseSheet,
                        "the sheet '\(cells.name)' has no '\(ResponseSheetLayout.idTitle)' column: it is not a response sheet",
                        at: SourceLocation(file: input.name, line: 1, column: 1, sheet: cells.name),
                        hint: "make one with: workbook form WORKBOOK --format xlsx -o FILE.xlsx"
                            + (others.isEmpty ? "" : " (the file's other sheets: \(others.joined(separator: ", ")))"))
                ]
            )
        }
        return (
            ImportedSheet(yaml: builder.lines.joined(separator: "\n") + "\n", cells: builder.cellOfLine),
            builder.diagnostics
        )
    }

    /// A diagnostic moved from its YAML line to its cell (or the nearest cell above it).
    static func relocate(_ diagnostic: Diagnostic, file: String, cells: [Int: SourceLocation]) -> Diagnostic {
        guard let location = diagnostic.location, location.file == file, location.sheet == nil else {
            return diagnostic
        }
        var moved = diagnostic
        var line = location.line
        while line > 0, cells[line] == nil { line -= 1 }
        moved.location =
            cells[line] ?? SourceLocation(file: file, line: 1, column: 1, sheet: ResponseSheetLayout.sheetName)
        moved.length = nil
        // The YAML's own advice ("write a value after 'area:'") means a cell here.
        if diagnostic.code == .missingKey, cells[location.line] != nil { moved.hint = "fill in this cell" }
        return moved
    }
}

/// Builds the YAML of one response sheet, line by line, remembering each line's cell.
struct SheetYAML {
    let file: String
    let cells: SheetCells
    let uses1904Dates: Bool
    /// The question ids of a workbook (by id and version) in its order, when known.
    let questionOrder: (_ workbook: String, _ version: String?) -> [String]?
    private(set) var lines: [String] = []
    private(set) var cellOfLine: [Int: SourceLocation] = [:]
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
        let known = headerText(Layout.headerFields, "workbook", above: titleRow).flatMap {
            questionOrder($0, headerText(Layout.headerFields, "version", above: titleRow))
        }
        let position = Dictionary((known ?? []).enumerated().map { ($1, $0) }) { first, _ in first }
        let rows = cells.rows.filter { $0 > titleRow }.enumerated().map { index, row in
            (position[cells[row, idColumn].map(\.display.trimmed) ?? ""] ?? Int.max, index, row)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        for row in rows {
            let id = cells[row, idColumn].map(\.display.trimmed) ?? ""
            let inputs = ([rating, evidence].compactMap { $0 } + tables).filter { cells[row, $0] != nil }
            guard !id.isEmpty else {
                if let first = inputs.first {
                    diagnostics.append(
                        .error(
                            .rowWithoutQuestion,
                            "row \(row) has a rating or evidence but no question id in column \(SourceLocation.columnName(idColumn)), so it would be lost",
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

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column, sheet: cells.name)
    }

    private mutating func append(_ line: String, at location: SourceLocation?) {
        lines.append(line)
        if let location { cellOfLine[lines.count] = location }
    }

    /// A header value as YAML: a date serial as `YYYY-MM-DD`, everything else as text.
    private mutating func header(_ value: CellValue, key: String, at location: SourceLocation) -> String {
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
    private mutating func rating(_ value: CellValue, at location: SourceLocation) -> String {
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

/// Spreadsheet dates: a count of days since 1899-12-30 (or 1904-01-01 in old Mac files).
enum SpreadsheetDate {
    /// `YYYY-MM-DD` for a serial number (its time of day ignored), or nil outside 1900-9999.
    static func text(serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        // Days from 1970-01-01: the 1900 system counts from 1899-12-30 (its serial 60 is the
        // 29 February 1900 that never was, so dates before March 1900 are a day out, as in Excel).
        let days = Int(serial.rounded(.down)) + (uses1904 ? -24_107 : -25_569)
        let (year, month, day) = civil(fromDays: days)
        guard (1900...9999).contains(year) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
