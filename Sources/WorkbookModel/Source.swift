import WorkbookDiagnostics
import WorkbookSupport

/// A document a workbook is written from.
public struct Source: Sendable, Equatable {
    /// The document's title.
    public var title: String
    /// Who published it.
    public var publisher: String?
    /// The year of publication.
    public var year: Int?
    /// Where in the document (section, figure, appendix).
    public var section: String?
    /// A web address, if there is a stable one.
    public var url: String?
    /// Anything else a reader should know.
    public var note: String?

    /// Creates a source.
    public init(title: String, publisher: String?, year: Int?, section: String?, url: String?, note: String?) {
        self.title = title
        self.publisher = publisher
        self.year = year
        self.section = section
        self.url = url
        self.note = note
    }
}
