import ArgumentParser
import WorkbookCore

/// What `--format` accepts: the core's text formats, and `docx`, the Word document that
/// WorkbookOffice writes (bytes, not text, so it lives outside the core's `ReportFormat`).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, csv, html, docx

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The core's text format, or nil for a Word document.
    var textFormat: ReportFormat? { ReportFormat(rawValue: rawValue) }

    /// The file extension this format's files take.
    var fileExtension: String { textFormat?.fileExtension ?? "docx" }

    /// The format a file name asks for by its extension (`report.docx`), if it names one.
    static func implied(byFileName name: String) -> OutputFormat? {
        if name.lowercased().hasSuffix(".docx") { return .docx }
        return ReportFormat.implied(byFileName: name).flatMap { OutputFormat(rawValue: $0.rawValue) }
    }
}
