import Foundation
import Testing
import WorkbookCore
@testable import WorkbookOffice

/// The response spreadsheet both ways: what the form writes, and what the import reads back
/// from sheets as spreadsheet programs rewrite them.
struct ResponseSheetTests {
    static func pots() throws -> Workbook { try #require(BundledWorkbooks.resolver.resolve("pots")).workbook }

    /// A part of an xlsx file, as text.
    static func part(_ bytes: [UInt8], _ name: String) throws -> String {
        var reader = try ZipReader(bytes)
        return String(decoding: try reader.read(name) ?? [], as: UTF8.self)
    }

    @Test(arguments: BundledWorkbooks.ids)
    func theFormHasARowPerQuestionWithItsDropDown(_ id: String) throws {
        let workbook = try #require(BundledWorkbooks.resolver.resolve(id)).workbook
        let bytes = ResponseSheetWriter.render(workbook)
        var reader = try SpreadsheetReader(bytes)
        #expect(reader.sheetNames == ["Responses", "Scale and bands"])
        let sheet = try reader.sheet("Responses")
        let ids = sheet.rows.filter { $0 > ResponseSheetLayout.titleRow }.compactMap { sheet[$0, 1]?.display }
        #expect(ids == workbook.questions.map(\.id))
        let xml = try Self.part(bytes, "xl/worksheets/sheet1.xml")
        let values = workbook.scale.levels.map { NumberFormatting.plain($0.value) } + ["na"]
        #expect(xml.contains("<formula1>\"\(values.joined(separator: ","))\"</formula1>"))
        #expect(xml.contains("<sheetProtection sheet=\"1\""))
        #expect(xml.contains("state=\"frozen\""))
        #expect(xml.contains("paperSize=\"9\""))
        #expect(!xml.contains("<f>"), "no formulas anywhere")
    }

    @Test func onlyTheInputCellsAreUnlocked() throws {
        let styles = try Self.part(ResponseSheetWriter.render(try Self.pots()), "xl/styles.xml")
        let unlocked = styles.components(separatedBy: "<protection locked=\"0\"/>").count - 1
        #expect(unlocked == 2, "the rating cells and the other input cells, two styles")
        #expect(styles.contains("FFFFF7D6"), "input cells are yellow")
    }

    @Test func tableColumnsOfferTheScaleWithoutNA() throws {
        let xml = try Self.part(ResponseSheetWriter.render(try Self.pots(), tables: 3), "xl/worksheets/sheet1.xml")
        #expect(xml.contains("sqref=\"G9:I80\"><formula1>\"0,1,2,3,4\"</formula1>"))
    }

    /// A sheet as another program might save it, filled and rearranged.
    static func filled(_ rows: [(String, Worksheet.Value?)], header: [String: Worksheet.Value] = [:]) -> [UInt8] {
        var sheet = Worksheet(name: "Responses")
        let values: [String: Worksheet.Value] = [
            "Area": .text("Northmoor"), "Period": .text("2025/26"), "Date": .number(45975), "Workbook": .text("pots"),
        ]
        .merging(header) { $1 }
        for field in ResponseSheetLayout.headerFields {
            sheet.set(field.row, field.column, field.label)
            if let value = values[field.label] { sheet.set(field.row, field.column + 1, value) }
        }
        for (index, title) in ResponseSheetLayout.fixedTitles.enumerated() { sheet.set(8, index + 1, title) }
        for (index, (id, rating)) in rows.enumerated() {
            // Every third row left blank, as inserted rows are.
            let row = 9 + index + index / 3
            sheet.set(row, 1, id)
            if let rating { sheet.set(row, 4, rating) }
        }
        var notes = Worksheet(name: "Notes")
        notes.set(1, 1, "extra")
        return SpreadsheetWriter.write([notes, sheet])
    }

    static func load(_ bytes: [UInt8]) -> LoadResult<LoadedResponse> {
        OfficeResponse.load(InputFile(name: "north.xlsx", bytes: bytes), resolver: BundledWorkbooks.resolver)
    }

    @Test func ratingsReadAsTheyWereMeantInAnyOrder() throws {
        let result = Self.load(
            Self.filled([
                ("lead-levels", .number(3)), ("evidence-nice", .text("2")), ("evidence-equity", .number(4.0)),
                ("evidence-scale", .text("NA")), ("evidence-review", nil), ("effect-governance", .text(" 1 ")),
            ]))
        #expect(result.diagnostics.isEmpty)
        let response = try #require(result.value).response
        #expect(response.area == "Northmoor")
        #expect(response.date == "2025-11-14")
        #expect(response.answer("lead-levels")?.value == .rating(3))
        #expect(response.answer("evidence-nice")?.value == .rating(2))
        #expect(response.answer("evidence-equity")?.value == .rating(4))
        #expect(response.answer("evidence-scale")?.value == .notApplicable)
        #expect(response.answer("evidence-review")?.value == .blank)
        #expect(response.answer("effect-governance")?.value == .rating(1))
    }

    @Test func theImportedYAMLPassesCheckAsAFile() throws {
        let input = InputFile(name: "north.xlsx", bytes: Self.filled([("evidence-nice", .number(3))]))
        let (result, yaml) = ResponseSheetImport.load(input, resolver: BundledWorkbooks.resolver)
        #expect(result.value != nil)
        let text = try #require(yaml)
        #expect(text.hasPrefix("# Imported from north.xlsx"))
        #expect(text.contains("workbook: \"pots\"\n"))
        let (kind, diagnostics) = WorkbookPipeline.check(
            InputFile(name: "north.yaml", text: text), resolver: BundledWorkbooks.resolver)
        #expect(kind == .response)
        #expect(diagnostics.isEmpty)
    }

    @Test func sortingTheRowsChangesNothingInTheYAML() throws {
        let rows: [(String, Worksheet.Value?)] = [
            ("evidence-nice", .number(3)), ("lead-levels", .number(1)), ("evidence-equity", .text("na")),
        ]
        let yaml = { (rows: [(String, Worksheet.Value?)]) in
            ResponseSheetImport.load(
                InputFile(name: "n.xlsx", bytes: Self.filled(rows)), resolver: BundledWorkbooks.resolver
            )
            .yaml
        }
        let sorted = try #require(yaml(rows))
        #expect(yaml(rows.reversed()) == sorted)
        // In the workbook's order: evidence comes before leadership in POTS.
        let nice = try #require(sorted.range(of: "evidence-nice:"))
        let lead = try #require(sorted.range(of: "lead-levels:"))
        #expect(nice.lowerBound < lead.lowerBound)
    }

    @Test func cellsWithoutReferencesFollowTheirNeighbours() throws {
        // Allowed by the format, and written by some tools: each cell one column on.
        let sheet = """
            <worksheet><sheetData><row r="3"><c t="inlineStr"><is><t>Area</t></is></c><c t="inlineStr"><is><t>Eastbridge</t></is></c></row>\
            <row><c t="inlineStr"><is><t>Period</t></is></c><c><v>2026</v></c></row></sheetData></worksheet>
            """
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: "<Types/>")
        zip.add("xl/workbook.xml", text: "<workbook><sheets><sheet name=\"S\" r:id=\"r1\"/></sheets></workbook>")
        zip.add(
            "xl/_rels/workbook.xml.rels",
            text: "<Relationships><Relationship Id=\"r1\" Target=\"/xl/s.xml\"/></Relationships>")
        zip.add("xl/s.xml", text: sheet)
        var reader = try SpreadsheetReader(zip.finish())
        let cells = try reader.sheet("S")
        #expect(cells[3, 2] == .text("Eastbridge"))
        #expect(cells[4, 1] == .text("Period"))
        #expect(cells[4, 2] == .number(2026, written: "2026"))
    }

    @Test func theScriptsAcceptedVariantsReadAsMeant() throws {
        let url = HostileFileTests.folder.appendingPathComponent("accepted-variants.xlsx")
        let result = Self.load(try [UInt8](Data(contentsOf: url)))
        let response = try #require(result.value).response
        #expect(response.date == "2025-11-14", "a 1904-system serial")
        #expect(response.answer("evidence-nice")?.value == .rating(3), "3.0")
        #expect(response.answer("evidence-equity")?.value == .rating(2), "an inline string ' 2 '")
        #expect(response.answer("evidence-scale")?.value == .notApplicable)
        #expect(response.answer("evidence-review")?.value == .rating(1), "a row far below, after blank rows")
    }

    @Test func textThatLooksLikeAFormulaIsStoredAsText() throws {
        var sheet = Worksheet(name: "S")
        sheet.set(1, 1, "=HYPERLINK(\"http://x\",\"y\")")
        sheet.set(1, 2, .number(2.5))
        let bytes = SpreadsheetWriter.write([sheet])
        let xml = try Self.part(bytes, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>2.5</v></c>"))
        var reader = try SpreadsheetReader(bytes)
        #expect(try reader.sheet("S")[1, 1] == .text("=HYPERLINK(\"http://x\",\"y\")"))
    }

    @Test(arguments: ["a\u{1}b", "_x0041_ stays", "tab\there\nline", "<&>\"'"])
    func controlCharactersAndOfficeEscapesRoundTrip(_ text: String) throws {
        var sheet = Worksheet(name: "S")
        sheet.set(1, 1, text)
        var reader = try SpreadsheetReader(SpreadsheetWriter.write([sheet]))
        #expect(try reader.sheet("S")[1, 1] == .text(text))
    }

    @Test(arguments: [(45975.0, "2025-11-14"), (367, "1901-01-01"), (61, "1900-03-01"), (2_958_465.75, "9999-12-31")])
    func dateSerialsAreDays(_ serial: Double, _ date: String) {
        #expect(SpreadsheetDate.text(serial: serial, uses1904: false) == date)
    }

    @Test func cellLocationsPrintAsSpreadsheetsNameThem() {
        #expect(
            FileLocation(file: "north.xlsx", line: 14, column: 4, sheet: "Responses").description
                == "north.xlsx:Responses!D14")
        #expect(FileLocation.columnName(26) == "Z")
        #expect(FileLocation.columnName(27) == "AA")
        #expect(FileLocation.columnName(703) == "AAA")
        #expect(CellAddress("$AA$10") == CellAddress(row: 10, column: 27))
        #expect(CellAddress("10A") == nil)
    }
}
