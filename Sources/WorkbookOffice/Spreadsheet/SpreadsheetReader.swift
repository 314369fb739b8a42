/// Reads the sheets of an xlsx file, as Excel, LibreOffice or Google Sheets save it.
///
/// Only values are read: shared strings, inline strings, numbers, booleans, errors, and the
/// cached result of a formula (never the formula). A sheet is parsed only when asked for, so
/// extra sheets a facilitator added cost nothing. Every way the file can be hostile ends in a
/// `SpreadsheetError`, never a crash: see `ZipLimits`, `XMLScanner` and `maxCells`.
public struct SpreadsheetReader {
    /// The most cells one sheet may have (counting empty ones the file lists).
    public static let maxCells = 200_000

    /// The sheets' names, in tab order.
    public let sheetNames: [String]
    /// Whether dates count from 1904 (old Mac Excel) instead of 1900.
    public let uses1904Dates: Bool

    private var archive: ZipReader
    private let sheetParts: [String: String]
    private var sharedStrings: [String]?
    private let sharedStringsPart: String?

    /// Opens an xlsx file from its bytes.
    public init(_ bytes: [UInt8], limits: ZipLimits = .office) throws(SpreadsheetError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // Office wraps a password-protected file in an OLE container; an old .xls is one too.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            throw Self.contains(bytes, marker) ? .encrypted : .oldFormat
        }
        do {
            archive = try ZipReader(bytes, limits: limits)
        } catch .notAnArchive {
            throw .notSpreadsheet("it is not an xlsx file (an xlsx file is a zip archive)")
        } catch {
            throw .archive(error)
        }
        if archive.contains("xl/vbaProject.bin") { throw .macros }
        let types = try Self.part(&archive, "[Content_Types].xml")
        if Self.contains(types, Array("macroEnabled".utf8)) { throw .macros }
        guard archive.contains("xl/workbook.xml") else {
            throw .notSpreadsheet(
                archive.contains("word/document.xml")
                    ? "it is a Word document, not a spreadsheet" : "it has no workbook part (xl/workbook.xml)")
        }
        let relations = try Self.relations(try Self.part(&archive, "xl/_rels/workbook.xml.rels"))
        var names: [String] = []
        var parts: [String: String] = [:]
        var date1904 = false
        var scanner = XMLScanner(try Self.part(&archive, "xl/workbook.xml"))
        while let event = try Self.step(&scanner, "xl/workbook.xml") {
            guard case .start(let name, let attributes, _) = event else { continue }
            if name == "workbookPr", let value = attributes["date1904"] { date1904 = value == "1" || value == "true" }
            if name == "sheet", let sheet = attributes["name"], let id = attributes["id"],
                let target = relations[id]?.target
            {
                names.append(sheet)
                parts[sheet] = target
            }
        }
        sheetNames = names
        sheetParts = parts
        uses1904Dates = date1904
        sharedStringsPart = relations.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
    }

    /// The cells of one sheet.
    public mutating func sheet(_ name: String) throws(SpreadsheetError) -> SheetCells {
        guard let part = sheetParts[name] else { throw .notSpreadsheet("it has no sheet called '\(name)'") }
        let strings = try loadSharedStrings()
        var scanner = XMLScanner(try Self.part(&archive, part))
        var cells: [CellAddress: CellValue] = [:]
        var count = 0
        var row = 0
        var column = 0
        // The cell being read: its address, type, and the texts of its <v> or <is><t>.
        var address: CellAddress?
        var type = "n"
        var value: String?
        var inValue = false
        var inText = false
        var inPhonetic = false
        var inline = ""
        while let event = try Self.step(&scanner, part) {
            switch event {
            case .start("row", let attributes, _):
                row = attributes["r"].flatMap { Int($0) } ?? row + 1
                column = 0
            case .start("c", let attributes, let selfClosing):
                count += 1
                if count > Self.maxCells { throw .sheetTooLarge(name, limit: Self.maxCells) }
                let given = attributes["r"].flatMap(CellAddress.init)
                let here = given ?? CellAddress(row: max(row, 1), column: column + 1)
                column = here.column
                address = selfClosing ? nil : here
                type = attributes["t"] ?? "n"
                value = nil
                inline = ""
            case .start("v", _, false):
                inValue = true
                value = ""
            case .end("v"): inValue = false
            case .start("rPh", _, false): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _, false): inText = true
            case .end("t"): inText = false
            case .text(let text):
                if inValue { value = (value ?? "") + text } else if inText, !inPhonetic { inline += text }
            case .end("c"):
                if let address, let read = Self.cell(type: type, value: value, inline: inline, strings: strings) {
                    cells[address] = read
                }
                address = nil
            default:
                break
            }
        }
        return SheetCells(name: name, cells: cells)
    }

    /// A cell's value from its type (`t`) and texts; nil for an empty cell.
    private static func cell(type: String, value: String?, inline: String, strings: [String]) -> CellValue? {
        switch type {
        case "s":
            guard let value, let index = Int(value.trimmed), strings.indices.contains(index) else { return nil }
            return strings[index].isEmpty ? nil : .text(strings[index])
        case "inlineStr": return inline.isEmpty ? nil : .text(SpreadsheetText.unescaped(inline))
        case "str": return (value?.isEmpty ?? true) ? nil : value.map { .text(SpreadsheetText.unescaped($0)) }
        case "b": return value.map { .boolean($0.trimmed == "1") }
        case "e": return value.map { .error($0) }
        default:
            guard let written = value?.trimmed, !written.isEmpty else { return nil }
            guard let number = Double(written), number.isFinite else { return .text(written) }
            return .number(number, written: written)
        }
    }

    private mutating func loadSharedStrings() throws(SpreadsheetError) -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let part = sharedStringsPart, archive.contains(part) {
            var scanner = XMLScanner(try Self.part(&archive, part))
            var current = ""
            var inText = false
            var inPhonetic = false
            while let event = try Self.step(&scanner, part) {
                switch event {
                case .start("si", _, let selfClosing):
                    current = ""
                    if selfClosing { strings.append("") }
                case .end("si"): strings.append(SpreadsheetText.unescaped(current))
                case .start("rPh", _, false): inPhonetic = true
                case .end("rPh"): inPhonetic = false
                case .start("t", _, false): inText = true
                case .end("t"): inText = false
                case .text(let text) where inText && !inPhonetic: current += text
                default: break
                }
            }
        }
        sharedStrings = strings
        return strings
    }

    // MARK: - Parts

    private static func part(_ archive: inout ZipReader, _ name: String) throws(SpreadsheetError) -> [UInt8] {
        do {
            guard let bytes = try archive.read(name) else {
                throw SpreadsheetError.notSpreadsheet("it has no part '\(name)'")
            }
            return bytes
        } catch let error as SpreadsheetError {
            throw error
        } catch let error as ZipError {
            throw .archive(error)
        } catch {
            throw .notSpreadsheet("\(error)")
        }
    }

    private static func step(_ scanner: inout XMLScanner, _ part: String) throws(SpreadsheetError) -> XMLScanner.Event?
    {
        do { return try scanner.next() } catch { throw .xml(part, error.description) }
    }

    /// A relationships part: id → (type, target path inside the archive).
    private static func relations(_ bytes: [UInt8]) throws(SpreadsheetError) -> [String: (type: String, target: String)]
    {
        var scanner = XMLScanner(bytes)
        var relations: [String: (type: String, target: String)] = [:]
        while let event = try step(&scanner, "xl/_rels/workbook.xml.rels") {
            guard case .start("Relationship", let attributes, _) = event,
                let id = attributes["Id"], let target = attributes["Target"]
            else { continue }
            // Targets are relative to xl/ unless they start at the archive's root.
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            relations[id] = (attributes["Type"] ?? "", path)
        }
        return relations
    }

    private static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        guard let first = marker.first, bytes.count >= marker.count else { return false }
        var index = 0
        while index <= bytes.count - marker.count {
            if bytes[index] == first, bytes[index..<index + marker.count].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }
}

extension String {
    /// Without spaces and line breaks at either end.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
