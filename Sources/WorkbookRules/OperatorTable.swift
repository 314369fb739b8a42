/// The binding powers of the Pratt parser: the whole precedence of the language in one table.
///
/// Lowest to highest: `or`; `and`; prefix `not`; comparisons (non-associative); `+ -`;
/// `* /`; prefix `-`; calls. A higher binding power binds tighter. Infix operators are
/// left-associative; comparisons refuse a second comparison (`a < b < c`).
enum OperatorTable {
    /// A token that can be an operator.
    enum OperatorToken: Sendable, Hashable {
        case symbol(Symbol)
        case keyword(Keyword)

        init?(_ kind: Token.Kind) {
            switch kind {
            case .symbol(let symbol): self = .symbol(symbol)
            case .keyword(let keyword): self = .keyword(keyword)
            default: return nil
            }
        }
    }

    /// Binding powers, named so the table reads as the precedence list in the docs.
    enum Power {
        static let or = 10
        static let and = 20
        static let not = 30
        static let comparison = 40
        static let sum = 50
        static let product = 60
        static let negate = 70
        static let call = 80
    }

    /// Infix operators and how tightly they bind.
    static let infix: [OperatorToken: (operator: BinaryOperator, power: Int)] = [
        .keyword(.or): (.or, Power.or),
        .keyword(.and): (.and, Power.and),
        .symbol(.equal): (.equal, Power.comparison),
        .symbol(.notEqual): (.notEqual, Power.comparison),
        .symbol(.less): (.less, Power.comparison),
        .symbol(.lessOrEqual): (.lessOrEqual, Power.comparison),
        .symbol(.greater): (.greater, Power.comparison),
        .symbol(.greaterOrEqual): (.greaterOrEqual, Power.comparison),
        .symbol(.plus): (.add, Power.sum),
        .symbol(.minus): (.subtract, Power.sum),
        .symbol(.star): (.multiply, Power.product),
        .symbol(.slash): (.divide, Power.product),
    ]

    /// Prefix operators and the binding power their operand is parsed with.
    static let prefix: [OperatorToken: (operator: UnaryOperator, power: Int)] = [
        .keyword(.not): (.not, Power.not),
        .symbol(.minus): (.negate, Power.negate),
    ]

    /// The infix operator a token is, if any.
    static func infix(_ token: Token) -> (operator: BinaryOperator, power: Int)? {
        OperatorToken(token.kind).flatMap { infix[$0] }
    }

    /// The prefix operator a token is, if any.
    static func prefix(_ token: Token) -> (operator: UnaryOperator, power: Int)? {
        OperatorToken(token.kind).flatMap { prefix[$0] }
    }
}
