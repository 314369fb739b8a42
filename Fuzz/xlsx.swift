// Fuzz target `xlsx`: bytes as a response spreadsheet, through the zip reader, the XML scanner,
// the sheet reader and the import (WorkbookOffice); a valid one is reported, as xlsx too.
// The first byte chooses what the rest is, so that the fuzzer reaches past the zip layer:
//   0: the whole file;  1: the Responses sheet's XML;  2: the shared strings;  3: workbook.xml
// inside an otherwise valid file. Run with Scripts/fuzz.sh xlsx.

/// libFuzzer's entry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpreadsheet(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    guard let mode = bytes.first else { return 0 }
    let rest = Array(bytes.dropFirst())
    let file: [UInt8]
    switch mode {
    case 1: file = FuzzSupport.spreadsheet(replacing: "xl/worksheets/sheet1.xml", with: rest)
    case 2: file = FuzzSupport.spreadsheet(replacing: "xl/sharedStrings.xml", with: rest)
    case 3: file = FuzzSupport.spreadsheet(replacing: "xl/workbook.xml", with: rest)
    default: file = rest
    }
    let input = InputFile(name: "fuzz.xlsx", bytes: file)
    let loaded = OfficeResponse.load(input, resolver: BundledWorkbooks.resolver)
    let renderer = DiagnosticRenderer(colour: true)
    for diagnostic in loaded.diagnostics { _ = renderer.render(diagnostic, source: nil) }
    guard let response = loaded.value else { return 0 }
    FuzzSupport.report(response)
    _ = ReportSheets.report(WorkbookPipeline.report(response))
    return 0
}

extension FuzzSupport {
    /// A filled response sheet's parts, made once.
    nonisolated(unsafe) static var parts: [(String, [UInt8])] = []

    static func warmUp() {
        guard let pots = BundledWorkbooks.resolver.resolve("pots")?.workbook,
            let reader = try? ZipReader(ResponseSheetWriter.render(pots))
        else { return }
        var copy = reader
        parts = reader.entries.map { ($0.name, (try? copy.read($0.name)) ?? nil ?? []) }
    }

    /// The form's parts with one replaced.
    static func spreadsheet(replacing name: String, with bytes: [UInt8]) -> [UInt8] {
        var zip = ZipWriter()
        for (part, data) in parts { zip.add(part, part == name ? bytes : data) }
        return zip.finish()
    }
}
