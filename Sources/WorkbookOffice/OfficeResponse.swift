public import WorkbookCore

/// A response file of either kind: YAML, or a response spreadsheet (`.xlsx`).
///
/// The command line hands every response it reads through here, so `check`, `report`,
/// `compare` and `trend` take a spreadsheet wherever they take YAML.
public enum OfficeResponse {
    /// Whether the bytes are a zip or an OLE file (an xlsx, or an encrypted or old Excel file)
    /// rather than text: no YAML file starts with these bytes.
    public static func isSpreadsheet(_ input: InputFile) -> Bool {
        input.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || input.bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || input.bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    }

    /// Loads a response of either kind; a spreadsheet's diagnostics are located by cell.
    public static func load(_ input: InputFile, resolver: WorkbookResolver) -> LoadResult<LoadedResponse> {
        isSpreadsheet(input)
            ? ResponseSheetImport.load(input, resolver: resolver).result
            : WorkbookPipeline.loadResponse(input, resolver: resolver)
    }
}
