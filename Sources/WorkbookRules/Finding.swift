import WorkbookSupport
public import WorkbookModel

/// A rule that fired: what to tell the user.
public struct Finding: Sendable, Equatable {
    /// The rule's id.
    public var rule: String
    /// How serious it is.
    public var severity: Rule.Severity
    /// What the rule runs over, for a `for_each` rule.
    public var subject: Rule.Subject?
    /// The id of the `for_each` item it fired for.
    public var subjectID: String?
    /// The element it is about: the `for_each` element, or a `for_each` question's element; nil otherwise.
    public var element: String?
    /// The message, with its `{expressions}` filled in.
    public var message: String
    /// The recommendation, with its `{expressions}` filled in.
    public var recommendation: String?

    /// Creates a finding.
    public init(
        rule: String, severity: Rule.Severity, subject: Rule.Subject?, subjectID: String?, element: String?,
        message: String, recommendation: String?
    ) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.subjectID = subjectID
        self.element = element
        self.message = message
        self.recommendation = recommendation
    }
}
