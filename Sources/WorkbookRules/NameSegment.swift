import WorkbookSupport

/// One segment of a dotted name: `evidence-nice` in `question.evidence-nice.score`.
struct NameSegment: Sendable, Equatable, Hashable {
    /// The segment's text.
    var text: String
    /// Where it is.
    var span: Span
}
