// Native only: a value of protocol type (`any ReportRenderer`) is not allowed in Embedded
// Swift, so the wasm kernel (Scripts/build-wasm.sh) builds without this file and names its
// renderers directly.
extension ReportFormat {
    /// The renderer for this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextReport()
        case .json: JSONReport()
        case .markdown: MarkdownReport()
        case .csv: CSVReport()
        case .html: HTMLReport()
        }
    }

    /// The file extension reports/ uses for this format.
    public var fileExtension: String { type(of: renderer).fileExtension }
}
