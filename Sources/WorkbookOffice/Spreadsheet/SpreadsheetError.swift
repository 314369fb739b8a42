/// Why a spreadsheet could not be read.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Protected with a password (Office encrypts the whole file).
    case encrypted
    /// An Excel 97-2003 .xls file.
    case oldFormat
    /// An .xlsm, or an xlsx carrying a macro project.
    case macros
    /// The zip archive was refused.
    case archive(ZipError)
    /// A part's XML was refused.
    case xml(String, String)
    /// A sheet with more cells than `SpreadsheetReader.maxCells`.
    case sheetTooLarge(String, limit: Int)
    /// Readable, but not the spreadsheet expected.
    case notSpreadsheet(String)

    /// What a facilitator is told.
    public var description: String {
        switch self {
        case .encrypted:
            "the file is protected with a password, so it cannot be read; save a copy without the password (File > Info > Protect Workbook in Excel)"
        case .oldFormat: "it is an Excel 97-2003 (.xls) file; save it as an Excel Workbook (.xlsx)"
        case .macros:
            "the file contains macros; they are never run here, and a file with macros is refused: save it as an Excel Workbook (.xlsx), without macros"
        case .archive(let error): "\(error)"
        case .xml(let part, let failure): "'\(part)' is refused: \(failure)"
        case .sheetTooLarge(let name, let limit):
            "the sheet '\(name)' has more than \(limit) cells (the limit for one sheet)"
        case .notSpreadsheet(let why): why
        }
    }
}
