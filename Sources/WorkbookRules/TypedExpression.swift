/// A checked expression: every name resolved, every type known. This is what runs.
///
/// Built only by `TypeChecker`, so the evaluator can trust its shape: no unknown names,
/// no operator given the wrong types. (It still checks the *values* it reads, because the
/// context comes from elsewhere, and never traps.)
indirect enum TypedExpression: Sendable, Equatable {
    /// A literal.
    case constant(ExpressionValue)
    /// A field read: `element.evidence.score`, `score` in a `for_each` rule, `e.score`.
    case field(FieldReference)
    /// `-x`.
    case negate(TypedExpression)
    /// `not x`.
    case not(TypedExpression)
    /// `x + y`, `x - y`, `x * y`, `x / y`.
    case arithmetic(BinaryOperator, TypedExpression, TypedExpression)
    /// `x == y` ... `x >= y`; the span is the whole comparison's (for model checks).
    case comparison(BinaryOperator, TypedExpression, TypedExpression, Span)
    /// `x and y`, `x or y`.
    case logical(BinaryOperator, TypedExpression, TypedExpression)
    /// `abs`, `round`, `min`, `max`, `mean`.
    case function(Builtin.Function, [TypedExpression])
    /// `count`, `any`, `all` over a collection, the item bound to `variable` in `body`.
    case collection(Builtin.Function, CollectionKind, variable: String, body: TypedExpression)
    /// `change(P)`: P now minus P in the previous round.
    case change(FieldReference)

    /// Whether the expression reads any field or collection at all.
    var readsData: Bool {
        switch self {
        case .constant: false
        case .field, .collection, .change: true
        case .negate(let operand), .not(let operand): operand.readsData
        case .arithmetic(_, let lhs, let rhs), .comparison(_, let lhs, let rhs, _), .logical(_, let lhs, let rhs):
            lhs.readsData || rhs.readsData
        case .function(_, let arguments): arguments.contains { $0.readsData }
        }
    }

    /// Whether the value is always a whole number, so a message prints it without decimals:
    /// counts, positions, `round(...)`, and sums, differences and products of those.
    var isWholeNumber: Bool {
        switch self {
        case .constant(.number(let value)): value == value.rounded()
        case .constant: false
        case .field(let reference): ["index", "answered", "split"].contains(reference.field)
        case .change(let reference): ["index", "answered", "split"].contains(reference.field)
        case .collection(let function, _, _, _): function == .count
        case .function(.round, _): true
        case .function(let function, let arguments):
            (function == .abs || function == .min || function == .max) && arguments.allSatisfy({ $0.isWholeNumber })
        case .negate(let operand): operand.isWholeNumber
        case .arithmetic(let op, let lhs, let rhs): op != .divide && lhs.isWholeNumber && rhs.isWholeNumber
        case .not, .comparison, .logical: false
        }
    }
}
