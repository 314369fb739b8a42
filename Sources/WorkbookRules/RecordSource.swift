/// Which record a field is read from.
enum RecordSource: Sendable, Equatable, Hashable {
    /// `overall.*`.
    case overall
    /// `chain.*`.
    case chain
    /// `group.<id>.*`, `element.<id>.*`, `question.<id>.*`.
    case item(RecordKind, id: String)
    /// A bare name in a `for_each` rule: the item the rule is running for.
    case subject(RecordKind)
    /// `e.*` inside `count(elements, e, ...)`: the item the variable is bound to.
    case variable(String, RecordKind)

    /// The kind of record read.
    var kind: RecordKind {
        switch self {
        case .overall: .overall
        case .chain: .chain
        case .item(let kind, _), .subject(let kind), .variable(_, let kind): kind
        }
    }
}
