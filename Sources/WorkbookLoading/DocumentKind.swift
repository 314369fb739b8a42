public import WorkbookYAML

/// What kind of file a document is, from its keys: a response has `answers` (or `area` or
/// `period`), anything else is read as a workbook.
public enum DocumentKind: Sendable, Equatable {
    case workbook, response

    /// The kind of the document whose root is `root`.
    public init(of root: YAMLNode) {
        let keys = Set(root.pairs?.compactMap(\.key.text) ?? [])
        self = keys.contains("answers") || keys.contains("area") || keys.contains("period") ? .response : .workbook
    }
}
