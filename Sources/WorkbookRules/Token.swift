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

/// One segment of a dotted name: `evidence-nice` in `question.evidence-nice.score`.
struct NameSegment: Sendable, Equatable, Hashable {
    /// The segment's text.
    var text: String
    /// Where it is.
    var span: Span
}

/// A word the language reserves.
enum Keyword: String, Sendable, Equatable, CaseIterable {
    case and, or, not, `true`, `false`
}

/// A punctuation or operator token.
enum Symbol: String, Sendable, Equatable, CaseIterable {
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case leftParen = "("
    case rightParen = ")"
    case comma = ","
}

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
