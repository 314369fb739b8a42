/// A field a rule reads: a value, or the reason there is none.
public enum RuleValue: Sendable, Equatable {
    /// The field has a value.
    case value(ExpressionValue)
    /// The field has no value, for example "element 'needs-assessment' is not scored".
    ///
    /// A rule that needs it is not evaluated, and the reason is shown to the user.
    case missing(reason: String)
}
