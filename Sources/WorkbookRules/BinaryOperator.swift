import WorkbookSupport

/// An infix operator.
enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case or, and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"

    /// What kind of operands an operator takes.
    enum Family: Sendable, Equatable {
        /// `and`, `or`: true/false on both sides.
        case logical
        /// `==`, `!=`: the same type on both sides.
        case equality
        /// `< <= > >=`: numbers on both sides.
        case ordering
        /// `+ - * /`: numbers on both sides.
        case arithmetic
    }

    /// The operator's family.
    var family: Family {
        switch self {
        case .or, .and: .logical
        case .equal, .notEqual: .equality
        case .less, .lessOrEqual, .greater, .greaterOrEqual: .ordering
        case .add, .subtract, .multiply, .divide: .arithmetic
        }
    }

    /// Whether it is a comparison (equality or ordering), which cannot be chained.
    var isComparison: Bool { family == .equality || family == .ordering }
}
