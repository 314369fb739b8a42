import WorkbookSupport

/// A punctuation or operator token.
enum Symbol: String, Sendable, Equatable, CaseIterable {
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case leftParen = "("
    case rightParen = ")"
    case comma = ","
}
