import WorkbookDiagnostics
import WorkbookModel
import WorkbookSupport

/// Checks a compiled condition against the workbook's model: can it ever fire at all?
///
/// Sound and simple: a warning is given only when it is certain. A comparison of a field
/// with a constant is impossible when the field's range excludes it (`score > 10` on a 0-4
/// scale, `percent > 100`, `coverage > 1`, `band == "stong"`); `and` is impossible when
/// either side is, `or` when both are; nothing else (`not`, inside `count`) is judged.
enum ModelChecks {
    /// Warnings for a rule's condition.
    ///
    /// - Parameters:
    ///   - condition: the checked `when:` expression.
    ///   - text: its source text, to quote the offending comparison.
    ///   - workbook: the workbook whose scale, bands and ids give the ranges.
    /// - Returns: at most one warning: `rule.constant` or `rule.never-fires`.
    static func check(_ condition: TypedExpression, text: String, in workbook: Workbook) -> [RuleError] {
        let whole = Span(offset: 0, length: text.unicodeScalars.count)
        if !condition.readsData {
            var evaluator = Evaluator(context: .empty)
            let outcome: String
            do throws(Unevaluable) {
                outcome =
                    try evaluator.condition(condition)
                    ? "so it is always true and the rule fires every time"
                    : "so it is always false and the rule never fires"
            } catch {
                outcome = "and it cannot be evaluated (\(error.reason))"
            }
            return [.constant("the condition refers to no score or field, \(outcome)", at: whole)]
        }
        if let impossible = impossible(condition, text: text, in: workbook) { return [impossible] }
        return []
    }

    /// Why the expression can never be true, or nil when it might be.
    private static func impossible(_ expression: TypedExpression, text: String, in workbook: Workbook) -> RuleError? {
        switch expression {
        case .logical(.and, let lhs, let rhs):
            return impossible(lhs, text: text, in: workbook) ?? impossible(rhs, text: text, in: workbook)
        case .logical(_, let lhs, let rhs):
            guard let left = impossible(lhs, text: text, in: workbook),
                impossible(rhs, text: text, in: workbook) != nil
            else { return nil }
            return left
        case .comparison(let op, let lhs, let rhs, let span):
            return impossibleComparison(op, lhs, rhs, span: span, text: text, in: workbook)
        default:
            return nil
        }
    }

    private static func impossibleComparison(
        _ op: BinaryOperator, _ lhs: TypedExpression, _ rhs: TypedExpression, span: Span, text: String,
        in workbook: Workbook
    ) -> RuleError? {
        var op = op
        let reference: FieldReference
        let constant: ExpressionValue
        switch (lhs, rhs) {
        case (.field(let field), .constant(let value)):
            (reference, constant) = (field, value)
        case (.constant(let value), .field(let field)):
            (reference, constant) = (field, value)
            op = op.flipped
        default:
            return nil
        }
        let quoted = "'\(text.scalars(in: span))'"
        switch constant {
        case .number(let value):
            guard let range = range(of: reference.field, in: workbook) else { return nil }
            let never: Bool
            switch op {
            case .greater: never = value >= range.upper
            case .greaterOrEqual: never = value > range.upper
            case .less: never = value <= range.lower
            case .lessOrEqual: never = value < range.lower
            case .equal: never = value < range.lower || value > range.upper
            default: never = false
            }
            guard never else { return nil }
            let bounds = "\(NumberFormatting.plain(range.lower)) to \(NumberFormatting.plain(range.upper))"
            return .neverFires(
                "this rule can never fire: \(quoted) is never true, because \(reference.field) runs from \(bounds)",
                at: span)
        case .text(let value):
            guard op == .equal, let known = values(of: reference, in: workbook), !known.contains(value) else {
                return nil
            }
            return .neverFires(
                "this rule can never fire: \(quoted) is never true, because no \(reference.field) is \"\(value)\"",
                at: span,
                hint: Suggestions.hint(for: value, in: known)
                    ?? "the \(reference.field) values are \(known.joined(separator: ", "))")
        case .bool:
            return nil
        }
    }

    /// The lowest and highest value a numeric field can take, when the model fixes them.
    private static func range(of field: String, in workbook: Workbook) -> (lower: Double, upper: Double)? {
        let scale = workbook.scale
        guard scale.maximum > scale.minimum else { return nil }
        switch field {
        case "score", "strength": return (scale.minimum, scale.maximum)
        case "percent": return (0, 100)
        case "coverage": return (0, 1)
        case "spread": return (0, scale.maximum - scale.minimum)
        default: return nil
        }
    }

    /// Every value a text field can take, when the model fixes them.
    private static func values(of reference: FieldReference, in workbook: Workbook) -> [String]? {
        switch reference.field {
        case "band": return workbook.bands.map({ $0.id })
        case "position": return Group.Position.allCases.map({ $0.rawValue })
        case "group" where reference.source.kind == .element: return workbook.groups.map({ $0.id })
        case "element" where reference.source.kind == .question: return workbook.elements.map({ $0.id })
        case "id":
            switch reference.source.kind {
            case .group: return workbook.groups.map({ $0.id })
            case .element: return workbook.elements.map({ $0.id })
            case .question: return workbook.questions.map({ $0.id })
            case .overall, .chain: return nil
            }
        default: return nil
        }
    }
}

extension BinaryOperator {
    /// The operator with its sides swapped: `<` ↔ `>`, `<=` ↔ `>=`.
    var flipped: BinaryOperator {
        switch self {
        case .less: .greater
        case .greater: .less
        case .lessOrEqual: .greaterOrEqual
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }
}

extension RuleContext {
    /// A context with nothing in it, for evaluating constants.
    static let empty = RuleContext(
        overall: RuleRecord(id: "overall", fields: [:]), chain: RuleRecord(id: "chain", fields: [:]),
        groups: [], elements: [], questions: [])
}

extension String {
    /// The Unicode scalars a span covers, as text.
    func scalars(in span: Span) -> String {
        let all = Array(unicodeScalars)
        let lower = min(max(0, span.offset), all.count)
        let upper = min(all.count, lower + max(0, span.length))
        return String(String.UnicodeScalarView(all[lower..<upper]))
    }
}
