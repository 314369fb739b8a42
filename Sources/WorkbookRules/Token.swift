import WorkbookSupport

/// A located token of a rule expression.
///
/// A dotted name such as `question.evidence-nice.score` is one `.name` token: member access
/// is settled by the lexer, so the parser never sees a bare '.'.
struct Token: Sendable, Equatable {
    /// What kind of token it is, with its payload.
    enum Kind: Sendable, Equatable {
        /// A number literal.
        case number(Double)
        /// A string literal, without its quotes.
        case string(String)
        /// A name, one or more segments joined by '.'.
        case name([NameSegment])
        /// `and`, `or`, `not`, `true`, `false`.
        case keyword(Keyword)
        /// An operator or punctuation.
        case symbol(Symbol)
        /// The end of the expression.
        case end
    }

    /// What it is.
    var kind: Kind
    /// Where it is.
    var span: Span

    /// How the token reads in a message: `'and'`, `'('`, `the end of the expression`.
    var description: String {
        switch kind {
        case .number(let value): "'\(NumberFormatting.plain(value))'"
        case .string(let text): "\"\(text)\""
        case .name(let segments): "'\(segments.map({ $0.text }).joined(separator: "."))'"
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .symbol(let symbol): "'\(symbol.rawValue)'"
        case .end: "the end of the expression"
        }
    }

    /// Whether this is the given symbol.
    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }
}
