import WorkbookSupport
import WorkbookModel

/// A rule (or one `for_each` instance of it) that could not be evaluated, and why.
public struct NotEvaluated: Sendable, Equatable {
    /// The rule's id.
    public var rule: String
    /// The id of the `for_each` item, if any.
    public var subjectID: String?
    /// Why, for example "'Needs assessment' is not scored".
    public var reason: String
    /// Whether it compares with the previous round, which was not given.
    public var needsPrevious: Bool

    /// Creates a record.
    public init(rule: String, subjectID: String?, reason: String, needsPrevious: Bool = false) {
        self.rule = rule
        self.subjectID = subjectID
        self.reason = reason
        self.needsPrevious = needsPrevious
    }
}
