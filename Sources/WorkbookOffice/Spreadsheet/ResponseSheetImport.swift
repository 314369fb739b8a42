public import WorkbookCore

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
                        at: FileLocation(file: input.name, line: 1, column: 1, sheet: cells.name),
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
    static func relocate(_ diagnostic: Diagnostic, file: String, cells: [Int: FileLocation]) -> Diagnostic {
        guard let location = diagnostic.location, location.file == file, location.sheet == nil else {
            return diagnostic
        }
        var moved = diagnostic
        var line = location.line
        while line > 0, cells[line] == nil { line -= 1 }
        moved.location =
            cells[line] ?? FileLocation(file: file, line: 1, column: 1, sheet: ResponseSheetLayout.sheetName)
        moved.length = nil
        // The YAML's own advice ("write a value after 'area:'") means a cell here.
        if diagnostic.code == .missingKey, cells[location.line] != nil { moved.hint = "fill in this cell" }
        return moved
    }
}

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
