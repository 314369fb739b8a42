import WorkbookModel

/// What `count`, `any` and `all` can range over.
enum CollectionKind: String, Sendable, Equatable, Hashable, CaseIterable {
    case elements, groups, questions

    /// The kind of each item.
    var itemKind: RecordKind {
        switch self {
        case .elements: .element
        case .groups: .group
        case .questions: .question
        }
    }
}
