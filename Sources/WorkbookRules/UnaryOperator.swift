import WorkbookSupport

/// A prefix operator.
enum UnaryOperator: String, Sendable, Equatable, CaseIterable {
    case negate = "-"
    case not
}
