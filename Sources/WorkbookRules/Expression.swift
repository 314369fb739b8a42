import WorkbookSupport

/// A parsed rule expression, before names are resolved or types checked.
///
/// Every node keeps the span of its own token (an operator's span for operators), so the
/// type checker can point at exactly what is wrong. `TypeChecker` turns this into a
/// `TypedExpression`, which is what the evaluator runs.
indirect enum Expression: Sendable, Equatable {
    /// A number literal.
    case number(Double, Span)
    /// A string literal.
    case string(String, Span)
    /// `true` or `false`.
    case bool(Bool, Span)
    /// A name or dotted path: `score`, `e.score`, `previous.element.evidence.score`.
    case name([NameSegment], Span)
    /// `-x` or `not x`; the span is the operator's.
    case unary(UnaryOperator, Expression, Span)
    /// `x op y`; the span is the operator's.
    case binary(BinaryOperator, Expression, Expression, Span)
    /// `f(a, b)`: the function's name and its arguments.
    case call(NameSegment, [Expression], Span)

    /// The span of the whole expression, from its first token to its last.
    var span: Span {
        switch self {
        case .number(_, let span), .string(_, let span), .bool(_, let span), .name(_, let span):
            span
        case .unary(_, let operand, let span):
            span.through(operand.span)
        case .binary(_, let lhs, let rhs, _):
            lhs.span.through(rhs.span)
        case .call(_, _, let span):
            span
        }
    }

    /// How deeply the tree nests (a literal is 1).
    var depth: Int {
        switch self {
        case .number, .string, .bool, .name: 1
        case .unary(_, let operand, _): 1 + operand.depth
        case .binary(_, let lhs, let rhs, _): 1 + max(lhs.depth, rhs.depth)
        case .call(_, let arguments, _): 1 + (arguments.map({ $0.depth }).max() ?? 0)
        }
    }
}

extension Expression: CustomStringConvertible {
    /// A fully parenthesised prefix form, for tests: `(or a (and b (not c)))`.
    var description: String {
        switch self {
        case .number(let value, _): NumberFormatting.plain(value)
        case .string(let text, _): "\"\(text)\""
        case .bool(let value, _): value ? "true" : "false"
        case .name(let segments, _): segments.map({ $0.text }).joined(separator: ".")
        case .unary(let op, let operand, _): "(\(op.rawValue) \(operand))"
        case .binary(let op, let lhs, let rhs, _): "(\(op.rawValue) \(lhs) \(rhs))"
        case .call(let name, let arguments, _):
            "\(name.text)(\(arguments.map({ $0.description }).joined(separator: ", ")))"
        }
    }
}
