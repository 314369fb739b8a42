/// A resolved field read.
struct FieldReference: Sendable, Equatable, Hashable {
    /// The record.
    var source: RecordSource
    /// The field's name.
    var field: String
    /// Whether it reads the previous round (`previous.`).
    var previous: Bool
    /// The field's type.
    var type: ExpressionType
    /// Where the path is written.
    var span: Span
}
