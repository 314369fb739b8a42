import WorkbookDiagnostics
import WorkbookModel

/// Resolves names against a workbook and checks types, turning an `Expression` into a
/// `TypedExpression`.
///
/// Every problem is collected (not only the first): an operand that fails is reported once
/// and then treated as unknown, so one mistake does not cascade into several messages.
struct TypeChecker {
    /// What names mean at one point of an expression.
    struct Scope: Sendable {
        /// The kind of item a `for_each` rule runs for; its fields are bare names.
        var subject: RecordKind?
        /// Collection variables bound by enclosing `count`/`any`/`all`, innermost last.
        var variables: [(name: String, kind: RecordKind)] = []

        /// The kind a variable is bound to, innermost binding first.
        func variable(_ name: String) -> RecordKind? {
            variables.last { $0.name == name }?.kind
        }
    }

    /// A checked expression and its type.
    typealias Typed = (expression: TypedExpression, type: ExpressionType)

    /// The ids of each kind in the workbook, in workbook order (for "did you mean").
    let ids: [RecordKind: [String]]
    /// The same ids as sets, so that checking a path is not a scan of every id.
    let idSets: [RecordKind: Set<String>]
    /// The same ids indexed for "did you mean", once per workbook.
    let idSuggestions: [RecordKind: Suggestions.Index]
    /// Every problem found so far.
    private(set) var errors: [RuleError] = []

    /// Creates a checker for a workbook's ids.
    init(workbook: Workbook) {
        ids = [
            .group: workbook.groups.map({ $0.id }),
            .element: workbook.elements.map({ $0.id }),
            .question: workbook.questions.map({ $0.id }),
        ]
        idSets = ids.mapValues { Set($0) }
        idSuggestions = ids.mapValues { Suggestions.Index($0) }
    }

    mutating func report(_ error: RuleError) { errors.append(error) }

    /// The errors found so far, clearing them for the next expression.
    mutating func takeErrors() -> [RuleError] {
        defer { errors = [] }
        return errors
    }

    /// Checks an expression that must be true or false.
    ///
    /// - Parameters:
    ///   - expression: the parsed expression.
    ///   - scope: what names mean here.
    ///   - what: how a message names it ("the condition", "each side of 'and'").
    /// - Returns: the checked expression, or nil when it has an error (reported).
    mutating func condition(_ expression: Expression, in scope: Scope, what: String) -> TypedExpression? {
        guard let typed = check(expression, in: scope) else { return nil }
        guard typed.type == .bool else {
            report(.notACondition(typed.type, what: what, at: expression.span))
            return nil
        }
        return typed.expression
    }

    /// Checks an expression of any type; nil when it has an error (already reported).
    mutating func check(_ expression: Expression, in scope: Scope) -> Typed? {
        switch expression {
        case .number(let value, _): return (.constant(.number(value)), .number)
        case .string(let text, _): return (.constant(.text(text)), .text)
        case .bool(let value, _): return (.constant(.bool(value)), .bool)
        case .name(let segments, let span):
            return resolve(segments, span: span, in: scope).map { (.field($0), $0.type) }
        case .unary(.negate, let operand, let span):
            guard let number = number(operand, in: scope, what: "'-'", at: span) else { return nil }
            if case .constant(.number(let value)) = number { return (.constant(.number(-value)), .number) }
            return (.negate(number), .number)
        case .unary(.not, let operand, _):
            return condition(operand, in: scope, what: "what follows 'not'").map { (.not($0), .bool) }
        case .binary(let op, let lhs, let rhs, let span):
            return binary(op, lhs, rhs, span: span, in: scope)
        case .call(let name, let arguments, let span):
            return call(name, arguments, span: span, in: scope)
        }
    }

    private mutating func number(_ operand: Expression, in scope: Scope, what: String, at span: Span)
        -> TypedExpression?
    {
        guard let typed = check(operand, in: scope) else { return nil }
        guard typed.type == .number else {
            report(.typeMismatch("\(what) needs a number, but this is \(typed.type.article)", at: operand.span))
            return nil
        }
        return typed.expression
    }

    private mutating func binary(
        _ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, span: Span, in scope: Scope
    ) -> Typed? {
        switch op.family {
        case .logical:
            let what = "each side of '\(op.rawValue)'"
            let left = condition(lhs, in: scope, what: what)
            let right = condition(rhs, in: scope, what: what)
            guard let left, let right else { return nil }
            return (.logical(op, left, right), .bool)
        case .arithmetic:
            let left = number(lhs, in: scope, what: "'\(op.rawValue)'", at: span)
            let right = number(rhs, in: scope, what: "'\(op.rawValue)'", at: span)
            guard let left, let right else { return nil }
            return (.arithmetic(op, left, right), .number)
        case .equality, .ordering:
            let left = check(lhs, in: scope)
            let right = check(rhs, in: scope)
            guard let left, let right else { return nil }
            let whole = lhs.span.through(rhs.span)
            if op.family == .ordering, left.type != .number || right.type != .number {
                let side =
                    left.type != .number ? "left side is \(left.type.article)" : "right side is \(right.type.article)"
                report(
                    .typeMismatch(
                        "'\(op.rawValue)' compares numbers, but the \(side)", at: span,
                        hint: Self.quotedNumberHint(lhs, rhs) ?? "compare text with '==' or '!='"))
                return nil
            }
            if left.type != right.type {
                report(
                    .typeMismatch(
                        "'\(op.rawValue)' compares values of the same type, but the left side is "
                            + "\(left.type.article) and the right side is \(right.type.article)",
                        at: span, hint: Self.quotedNumberHint(lhs, rhs)))
                return nil
            }
            return (.comparison(op, left.expression, right.expression, whole), .bool)
        }
    }

    /// "remove the quotes" when one side is a string that reads as a number.
    private static func quotedNumberHint(_ lhs: Expression, _ rhs: Expression) -> String? {
        for side in [lhs, rhs] {
            if case .string(let text, _) = side, Double(text) != nil {
                return "\"\(text)\" is text because of its quotes; write \(text) to compare numbers"
            }
        }
        return nil
    }

    private mutating func call(_ name: NameSegment, _ arguments: [Expression], span: Span, in scope: Scope) -> Typed? {
        guard let builtin = Builtin.registry[name.text] else {
            report(.unknownFunction(name.text, at: name.span))
            return nil
        }
        guard builtin.arity.accepts(arguments.count) else {
            report(.argumentCount(builtin, given: arguments.count, at: name.span))
            return nil
        }
        switch builtin.shape {
        case .numeric:
            var checked: [TypedExpression] = []
            for (index, argument) in arguments.enumerated() {
                let what = arguments.count == 1 ? builtin.name : "argument \(index + 1) of \(builtin.name)"
                if let number = number(argument, in: scope, what: what, at: argument.span) { checked.append(number) }
            }
            guard checked.count == arguments.count else { return nil }
            return (.function(builtin.function, checked), .number)
        case .collection(let type):
            return collection(builtin, arguments, in: scope).map { ($0, type) }
        case .change:
            return change(arguments[0], in: scope).map { (.change($0), .number) }
        }
    }

    private mutating func change(_ argument: Expression, in scope: Scope) -> FieldReference? {
        let hint = "for example \(Builtin.registry["change"]?.example ?? "change(element.leadership.score)")"
        guard case .name(let segments, let span) = argument else {
            report(
                .invalidArgument(
                    "change(...) needs a path to a number, not a calculation", at: argument.span, hint: hint))
            return nil
        }
        guard let reference = resolve(segments, span: span, in: scope) else { return nil }
        if reference.previous {
            report(
                .invalidArgument(
                    "change(...) already compares with the previous round", at: span,
                    hint: "remove 'previous.' from inside change(...)"))
            return nil
        }
        guard reference.type == .number else {
            report(.typeMismatch("change(...) needs a number, but this is \(reference.type.article)", at: span))
            return nil
        }
        return reference
    }

    private mutating func collection(_ builtin: Builtin, _ arguments: [Expression], in scope: Scope) -> TypedExpression?
    {
        let example = "as in \(builtin.example)"
        guard case .name(let over, let overSpan) = arguments[0], over.count == 1 else {
            report(
                .invalidArgument(
                    "the first argument of \(builtin.name) is the collection: elements, groups or questions",
                    at: arguments[0].span, hint: example))
            return nil
        }
        guard let kind = CollectionKind(rawValue: over[0].text) else {
            report(.unknownCollection(over[0].text, at: overSpan))
            return nil
        }
        guard case .name(let variable, let variableSpan) = arguments[1], variable.count == 1 else {
            report(
                .invalidArgument(
                    "the second argument of \(builtin.name) is a short name for each item, such as 'e'",
                    at: arguments[1].span, hint: example))
            return nil
        }
        let name = variable[0].text
        if let clash = variableClash(name, in: scope) {
            report(
                .invalidArgument(
                    "'\(name)' cannot name the items: \(clash)", at: variableSpan,
                    hint: "use another short name, such as 'e', 'g' or 'q'"))
            return nil
        }
        guard scope.variables.count < Limits.collectionNesting else {
            report(
                .tooComplex(
                    "count, any and all nest more than \(Limits.collectionNesting) deep", at: arguments[0].span))
            return nil
        }
        var inner = scope
        inner.variables.append((name, kind.itemKind))
        guard let body = condition(arguments[2], in: inner, what: "the condition of \(builtin.name)") else {
            return nil
        }
        return .collection(builtin.function, kind, variable: name, body: body)
    }

    /// Why a name cannot be a collection variable here, or nil when it can.
    private func variableClash(_ name: String, in scope: Scope) -> String? {
        if Self.roots.contains(name) { return "it starts paths such as \(name).…" }
        if CollectionKind(rawValue: name) != nil { return "it is a collection" }
        if Builtin.registry[name] != nil { return "it is a function" }
        if let subject = scope.subject, subject.type(of: name) != nil { return "it is already a field name here" }
        if scope.variable(name) != nil { return "an enclosing count, any or all already uses it" }
        return nil
    }

    /// Names that start a path.
    static let roots = ["overall", "chain", "group", "element", "question", "previous"]
}
