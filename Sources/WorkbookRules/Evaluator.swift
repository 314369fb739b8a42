/// Runs a `TypedExpression` against a `RuleContext`: total, bounded, never trapping.
///
/// Every value an expression needs must be there: a missing field, a division by zero or a
/// `previous.` path without a previous round makes the whole result `Unevaluable`, never a
/// silent false. `and`/`or` evaluate both sides for that reason. The one exception is the
/// condition inside `count`/`any`/`all`: an item whose condition cannot be evaluated (an
/// unscored element, say) is skipped, so `count(elements, e, e.score < 2)` counts the scored
/// elements below 2. Each evaluation has a step budget (`Limits.steps`).
struct Evaluator {
    private let context: RuleContext
    private let subject: RuleRecord?
    private var bindings: [(name: String, record: RuleRecord)] = []
    /// Steps taken so far (the engine charges them to the workbook's total budget).
    private(set) var steps = 0
    private let budget: Int

    /// Creates an evaluator.
    ///
    /// - Parameters:
    ///   - context: the figures to read.
    ///   - subject: the item a `for_each` rule is running for (its fields are bare names).
    ///   - budget: the most steps this evaluation may take (at most `Limits.steps`; less when
    ///     the workbook's rules have used most of their total, `Limits.totalSteps`).
    init(context: RuleContext, subject: RuleRecord? = nil, budget: Int = Limits.steps) {
        self.context = context
        self.subject = subject
        self.budget = min(budget, Limits.steps)
    }

    /// The value of an expression.
    mutating func evaluate(_ expression: TypedExpression) throws(Unevaluable) -> ExpressionValue {
        steps += 1
        guard steps <= budget else {
            let reason =
                budget < Limits.steps
                ? "the workbook's rules together need more than \(Limits.totalSteps) steps to evaluate; this one ran out"
                : "the rule needs more than \(Limits.steps) steps to evaluate"
            throw Unevaluable(reason: reason, isLimit: true)
        }
        switch expression {
        case .constant(let value):
            return value
        case .field(let reference):
            return try read(reference)
        case .negate(let operand):
            return .number(-(try number(operand)))
        case .not(let operand):
            return .bool(!(try condition(operand)))
        case .arithmetic(let op, let lhs, let rhs):
            return .number(try arithmetic(op, try number(lhs), try number(rhs)))
        case .comparison(let op, let lhs, let rhs, _):
            return .bool(try compare(op, try evaluate(lhs), try evaluate(rhs)))
        case .logical(let op, let lhs, let rhs):
            let left = try condition(lhs)
            let right = try condition(rhs)
            return .bool(op == .and ? left && right : left || right)
        case .function(let function, let arguments):
            var numbers: [Double] = []
            for argument in arguments { numbers.append(try number(argument)) }
            guard let result = function.apply(numbers) else {
                throw Unevaluable(reason: "\(function.rawValue) was given no numbers")
            }
            return .number(result)
        case .collection(let function, let kind, let variable, let body):
            return try collection(function, kind, variable: variable, body: body)
        case .change(let reference):
            var before = reference
            before.previous = true
            let now = try number(.field(reference))
            let then = try number(.field(before))
            return .number(try arithmetic(.subtract, now, then))
        }
    }

    /// The value of an expression that must be true or false.
    mutating func condition(_ expression: TypedExpression) throws(Unevaluable) -> Bool {
        guard case .bool(let value) = try evaluate(expression) else {
            throw Unevaluable(reason: "a condition gave a value that is not true or false")
        }
        return value
    }

    private mutating func number(_ expression: TypedExpression) throws(Unevaluable) -> Double {
        guard case .number(let value) = try evaluate(expression) else {
            throw Unevaluable(reason: "a calculation was given a value that is not a number")
        }
        return value
    }

    private func arithmetic(_ op: BinaryOperator, _ lhs: Double, _ rhs: Double) throws(Unevaluable) -> Double {
        let result: Double
        switch op {
        case .add: result = lhs + rhs
        case .subtract: result = lhs - rhs
        case .multiply: result = lhs * rhs
        case .divide:
            guard rhs != 0 else { throw Unevaluable(reason: "division by zero") }
            result = lhs / rhs
        default: throw Unevaluable(reason: "'\(op.rawValue)' is not arithmetic")
        }
        guard result.isFinite else { throw Unevaluable(reason: "a calculation gave a number too large to use") }
        return result
    }

    private func compare(_ op: BinaryOperator, _ lhs: ExpressionValue, _ rhs: ExpressionValue) throws(Unevaluable)
        -> Bool
    {
        switch op {
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        default: break
        }
        guard case .number(let left) = lhs, case .number(let right) = rhs else {
            throw Unevaluable(reason: "'\(op.rawValue)' was given a value that is not a number")
        }
        switch op {
        case .less: return left < right
        case .lessOrEqual: return left <= right
        case .greater: return left > right
        default: return left >= right
        }
    }

    private mutating func collection(
        _ function: Builtin.Function, _ kind: CollectionKind, variable: String, body: TypedExpression
    ) throws(Unevaluable) -> ExpressionValue {
        var matched = 0
        var failed = 0
        for record in context.records(kind.itemKind) {
            bindings.append((variable, record))
            defer { bindings.removeLast() }
            do throws(Unevaluable) {
                if try condition(body) { matched += 1 } else { failed += 1 }
            } catch {
                if error.isLimit { throw error }
            }
        }
        switch function {
        case .count: return .number(Double(matched))
        case .any: return .bool(matched > 0)
        default: return .bool(failed == 0)
        }
    }
}

extension Evaluator {
    /// Reads a field, from this round or the previous one.
    private func read(_ reference: FieldReference) throws(Unevaluable) -> ExpressionValue {
        let record = try self.record(reference)
        let field = reference.field
        switch record[field] {
        case .value(let value)?:
            guard value.type == reference.type else {
                throw Unevaluable(reason: "\(describe(reference, record)) has \(value.type.article) for '\(field)'")
            }
            return value
        case .missing(let reason)?:
            throw Unevaluable(reason: reference.previous ? "\(reason) in the previous response" : reason)
        case nil:
            throw Unevaluable(reason: "\(describe(reference, record)) has no value for '\(field)'")
        }
    }

    private func record(_ reference: FieldReference) throws(Unevaluable) -> RuleRecord {
        var round = context
        if reference.previous {
            guard let previous = context.previous else {
                throw Unevaluable(reason: "no previous response was given", needsPrevious: true)
            }
            round = previous
        }
        let kind = reference.source.kind
        let id: String
        switch reference.source {
        case .overall: return round.overall
        case .chain: return round.chain
        case .item(_, let itemID): id = itemID
        case .subject:
            guard let subject else { throw Unevaluable(reason: "the rule has no for_each item") }
            if !reference.previous { return subject }
            id = subject.id
        case .variable(let name, _):
            guard let bound = bindings.last(where: { $0.name == name })?.record else {
                throw Unevaluable(reason: "'\(name)' is not bound")
            }
            if !reference.previous { return bound }
            id = bound.id
        }
        guard let found = round.record(kind, id: id) else {
            let which = reference.previous ? "the previous response" : "the response"
            throw Unevaluable(reason: "\(kind.rawValue) '\(id)' is not in \(which)")
        }
        return found
    }

    private func describe(_ reference: FieldReference, _ record: RuleRecord) -> String {
        switch reference.source {
        case .overall, .chain: "'\(record.id)'"
        default: "\(reference.source.kind.rawValue) '\(record.id)'"
        }
    }
}
