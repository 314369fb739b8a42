import WorkbookSupport

/// Where a piece of a rule expression is: Unicode-scalar offsets into the expression's text.
///
/// Offsets, not file positions, because the same expression text may sit anywhere in a YAML
/// value (a `when:` or a `{...}` inside a message). `RuleCompiler` turns an offset into a file
/// position with `SourceText.location(ofOffset:)` exactly once.
struct Span: Sendable, Equatable, Hashable {
    /// Offset of the first Unicode scalar.
    var offset: Int
    /// How many Unicode scalars it covers.
    var length: Int

    /// The span from the start of `self` to the end of `other`.
    func through(_ other: Span) -> Span {
        Span(offset: offset, length: max(length, other.offset + other.length - offset))
    }
}
