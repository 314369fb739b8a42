public import WorkbookComparison

// Native only: a value of protocol type (`any ReportRenderer`) is not allowed in Embedded
// Swift, so the wasm kernel (Scripts/build-wasm.sh) builds without this file and names its
// renderers directly.
extension ReportFormat {
    /// The renderer for this format.
    public var renderer: any ReportRenderer<Report> {
        switch self {
        case .text: TextReport()
        case .json: JSONReport()
        case .markdown: MarkdownReport()
        case .csv: CSVReport()
        case .html: HTMLReport()
        }
    }

    /// The renderer of a comparison of areas in this format.
    public var comparisonRenderer: any ReportRenderer<Comparison> {
        switch self {
        case .text: CompareTextReport()
        case .json: CompareJSONReport()
        case .markdown: CompareMarkdownReport()
        case .csv: CompareCSVReport()
        case .html: CompareHTMLReport()
        }
    }

    /// The renderer of an area's trend in this format.
    public var trendRenderer: any ReportRenderer<Trend> {
        switch self {
        case .text: TrendTextReport()
        case .json: TrendJSONReport()
        case .markdown: TrendMarkdownReport()
        case .csv: TrendCSVReport()
        case .html: TrendHTMLReport()
        }
    }

    /// The file extension reports/ uses for this format.
    public var fileExtension: String { type(of: renderer).fileExtension }
}
