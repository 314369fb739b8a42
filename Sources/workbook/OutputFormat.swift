import ArgumentParser
import WorkbookCore

/// `--format` of `report`, `compare` and `trend`: the core's text formats, and the Office
/// files the WorkbookOffice target writes (bytes, not text): `xlsx` and `docx`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, csv, html, xlsx, docx

    /// The core's format, for the formats that are text.
    var textFormat: ReportFormat? { ReportFormat(rawValue: rawValue) }

    /// The extension a file of this format takes (`txt`, `md`, `xlsx`).
    var fileExtension: String { textFormat?.fileExtension ?? rawValue }

    /// Read in any case ("HTML", "Xlsx"), as people type it.
    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The format a file name asks for by its extension (`report.html`), if it names one.
    static func implied(byFileName name: String) -> OutputFormat? {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        case "csv": return .csv
        case "json": return .json
        case "xlsx": return .xlsx
        case "docx": return .docx
        default: return nil
        }
    }
}

extension OutputOptions {
    /// The report in the format asked for: the text renderer's output, or an Office file.
    func render(text: (ReportFormat) -> String, xlsx: () -> [UInt8], docx: () throws -> [UInt8]) throws -> [UInt8] {
        if let textFormat = format.textFormat { return Array(text(textFormat).utf8) }
        return format == .xlsx ? xlsx() : try docx()
    }
}
