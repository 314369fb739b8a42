import WorkbookSupport

/// A value a rule reads or computes: a number, a piece of text, or true/false.
///
/// There is no null: a value that is not there (an unscored element, say) is a
/// `RuleValue.missing(reason:)`, and a rule that needs it is *not evaluated*.
public enum ExpressionValue: Sendable, Equatable, Hashable {
    /// A number (scores, weights, percentages, counts).
    case number(Double)
    /// Text (ids, titles, band ids).
    case text(String)
    /// True or false.
    case bool(Bool)

    /// The value's type.
    public var type: ExpressionType {
        switch self {
        case .number: .number
        case .text: .text
        case .bool: .bool
        }
    }

    /// The value as a message prints it: numbers with one decimal, text as is, `yes`/`no`.
    public var interpolated: String {
        switch self {
        case .number(let number): NumberFormatting.oneDecimal(number)
        case .text(let text): text
        case .bool(let bool): bool ? "yes" : "no"
        }
    }
}
