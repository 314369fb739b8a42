/// The fields of one thing a rule can read: the overall score, the chain, a group, an
/// element or a question.
///
/// `RuleSchema` lists the fields each kind has and their types; Scoring fills them in.
public struct RuleRecord: Sendable, Equatable {
    /// The thing's id (`overall` and `chain` for those two).
    public var id: String
    /// Field name → value, for example `score` → `.value(.number(2.5))`.
    public var fields: [String: RuleValue]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - id: the group, element or question id (`overall`, `chain` for those).
    ///   - fields: field name → value; unscored numbers are `.missing(reason:)`.
    public init(id: String, fields: [String: RuleValue]) {
        self.id = id
        self.fields = fields
    }

    /// The field's value, or nil when the record does not have the field at all.
    public subscript(field: String) -> RuleValue? { fields[field] }
}
