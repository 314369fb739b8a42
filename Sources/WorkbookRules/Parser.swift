/// A Pratt parser for rule expressions, driven by `OperatorTable`.
///
/// `nullDenotation` parses what can start an expression (a literal, a name, a prefix
/// operator, a parenthesis); `leftDenotation` extends an expression with an infix operator
/// or a call. The first syntax error stops parsing: one clear message beats a cascade.
struct Parser {
    private let tokens: [Token]
    private var index = 0
    private var depth = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression.
    ///
    /// - Parameter text: the expression, as written after `when:` or inside `{...}`.
    /// - Returns: the expression tree.
    /// - Throws: `RuleError` for the first syntax error, or a limit exceeded.
    static func parse(_ text: String) throws(RuleError) -> Expression {
        let tokens = try Lexer.tokenize(text)
        var parser = Parser(tokens: tokens)
        if parser.current.kind == .end {
            throw .syntax(
                "the expression is empty", at: parser.current.span, hint: "write a condition, such as 'score < 2'")
        }
        let expression = try parser.expression(above: 0)
        guard parser.current.kind == .end else {
            throw .unexpected(
                parser.current, expected: "an operator or the end", hint: parser.hintForStray(parser.current))
        }
        guard expression.depth <= Limits.depth else {
            throw .tooComplex("the expression nests more than \(Limits.depth) levels deep", at: expression.span)
        }
        return expression
    }

    private var current: Token { tokens[min(index, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Parses operators that bind tighter than `minimum`.
    private mutating func expression(above minimum: Int) throws(RuleError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Limits.depth else {
            throw .tooComplex("the expression nests more than \(Limits.depth) levels deep", at: current.span)
        }
        var left = try nullDenotation(advance())
        while true {
            let token = current
            if token.isSymbol(.leftParen), OperatorTable.Power.call > minimum {
                advance()
                left = try call(left, open: token)
            } else if let (op, power) = OperatorTable.infix(token), power > minimum {
                advance()
                left = try leftDenotation(op, power: power, left: left, token: token)
            } else {
                return left
            }
        }
    }

    private mutating func nullDenotation(_ token: Token) throws(RuleError) -> Expression {
        switch token.kind {
        case .number(let value): return .number(value, token.span)
        case .string(let text): return .string(text, token.span)
        case .keyword(.true): return .bool(true, token.span)
        case .keyword(.false): return .bool(false, token.span)
        case .name(let segments): return .name(segments, token.span)
        case .symbol(.leftParen):
            let inner = try expression(above: 0)
            guard current.isSymbol(.rightParen) else { throw unclosed(token) }
            advance()
            return inner
        case .end:
            throw .syntax("the expression ends too early: a value is missing", at: token.span)
        default:
            if let (op, power) = OperatorTable.prefix(token) {
                return .unary(op, try expression(above: power), token.span)
            }
            throw .unexpected(token, expected: "a value", hint: hintForStray(token))
        }
    }

    private mutating func leftDenotation(
        _ op: BinaryOperator, power: Int, left: Expression, token: Token
    ) throws(RuleError) -> Expression {
        let right = try expression(above: power)
        if op.isComparison, let next = OperatorTable.infix(current), next.operator.isComparison {
            throw .syntax(
                "comparisons cannot be chained", at: current.span,
                hint: "join two comparisons with 'and', as in 'a < b and b < c'")
        }
        return .binary(op, left, right, token.span)
    }

    private mutating func call(_ callee: Expression, open: Token) throws(RuleError) -> Expression {
        guard case .name(let segments, let span) = callee, segments.count == 1 else {
            if case .name(let segments, _) = callee {
                throw .syntax(
                    "'\(segments.map({ $0.text }).joined(separator: "."))' is not a function, so it cannot be called",
                    at: open.span)
            }
            throw .syntax(
                "only a function name can be followed by '('", at: open.span,
                hint: "put an operator between the two parts")
        }
        var arguments: [Expression] = []
        if current.isSymbol(.rightParen) {
            let close = advance()
            return .call(segments[0], arguments, span.through(close.span))
        }
        while true {
            arguments.append(try expression(above: 0))
            if current.isSymbol(.comma) {
                advance()
            } else if current.isSymbol(.rightParen) {
                let close = advance()
                return .call(segments[0], arguments, span.through(close.span))
            } else if current.kind == .end {
                throw unclosed(open)
            } else {
                throw .unexpected(current, expected: "',' or ')'", hint: hintForStray(current))
            }
        }
    }

    private func unclosed(_ open: Token) -> RuleError {
        .syntax("this '(' is never closed", at: open.span, hint: "add a ')' to match it")
    }

    /// A hint for a token found where an operator or value was expected.
    private func hintForStray(_ token: Token) -> String? {
        switch token.kind {
        case .name(let segments) where segments.count == 1:
            let word = segments[0].text.lowercased()
            if Keyword(rawValue: word) != nil { return "operators are lowercase: '\(word)'" }
            return "put an operator ('and', 'or', '+', '<', ...) between the two parts"
        case .number, .string, .name:
            return "put an operator ('and', 'or', '+', '<', ...) between the two parts"
        case .symbol(.rightParen):
            return "this ')' has no '(' to match"
        default:
            return nil
        }
    }
}
