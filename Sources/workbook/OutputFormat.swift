import ArgumentParser
import WorkbookCore

/// `--format` of `report`, `compare` and `trend`: the core's text formats, and the Office
/// files the WorkbookOffice target writes (bytes, not text).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, csv, html, xlsx

    /// The core's format, for the formats that are text.
    var textFormat: ReportFormat? { ReportFormat(rawValue: rawValue) }
}

extension OutputOptions {
    /// The report in the format asked for: the text renderer's output, or an Office file.
    func render(text: (ReportFormat) -> String, xlsx: () -> [UInt8]) -> [UInt8] {
        guard let textFormat = format.textFormat else { return xlsx() }
        return Array(text(textFormat).utf8)
    }
}
