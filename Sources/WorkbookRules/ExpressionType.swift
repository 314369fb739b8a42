import WorkbookSupport

/// The type of a `Value`, as the type checker knows it before any response is read.
public enum ExpressionType: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A number.
    case number
    /// Text.
    case text
    /// True or false.
    case bool

    /// How a message names the type: "a number", "text", "true/false".
    var article: String {
        switch self {
        case .number: "a number"
        case .text: "text"
        case .bool: "true/false"
        }
    }
}
