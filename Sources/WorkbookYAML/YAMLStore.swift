/// Every node of one parsed stream, in flat arrays.
///
/// Built once by `YAMLParser` and never changed, so nodes can share it across threads.
/// A scalar's text is kept in `texts` and its style in its record; the rare tag, and the
/// written form of a double-quoted scalar with escapes, are kept apart, so reading a
/// scalar's text copies one string, not four.
final class YAMLStore: Sendable {
    /// One node: its kind, where it starts, and where its text or children are.
    struct Record: Sendable {
        enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

        var kind: Kind
        /// A scalar's style (`.plain` for collections).
        var style: YAMLNode.Scalar.Style
        /// Whether a scalar has a tag or a written form in `extras`.
        var hasExtras: Bool
        /// 1-based, as in `SourceLocation`.
        var line: Int32
        var column: Int32
        /// A scalar's index in `texts`; a collection's first child in `children`.
        var start: Int32
        /// A sequence's items, or a mapping's pairs (whose keys and values alternate in `children`).
        var count: Int32
    }

    /// A scalar's tag and written form, when it has either.
    struct Extras: Sendable {
        var tag: String?
        var source: String?
    }

    let file: String
    let records: [Record]
    let texts: [String]
    /// By index in `texts`.
    let extras: [Int32: Extras]
    let children: [Int32]

    init(file: String, records: [Record], texts: [String], extras: [Int32: Extras], children: [Int32]) {
        self.file = file
        self.records = records
        self.texts = texts
        self.extras = extras
        self.children = children
    }

    /// The scalar a scalar record describes.
    func scalar(of record: Record) -> YAMLNode.Scalar {
        let extras = record.hasExtras ? extras[record.start] : nil
        return YAMLNode.Scalar(text: texts[Int(record.start)], style: record.style, tag: extras?.tag, source: extras?.source)
    }

    /// The text of node `index` if it is a scalar.
    func scalarText(of index: Int32) -> String? {
        let record = records[Int(index)]
        return record.kind == .scalar ? texts[Int(record.start)] : nil
    }

    /// Whether node `index` is YAML's null (as `YAMLNode.Scalar.isNull`, without making the scalar).
    func isNull(_ index: Int32) -> Bool {
        let record = records[Int(index)]
        guard record.kind == .scalar, record.style == .plain else { return false }
        if record.hasExtras, extras[record.start]?.tag != nil { return false }
        return YAMLNode.Scalar.isNullText(texts[Int(record.start)])
    }
}
