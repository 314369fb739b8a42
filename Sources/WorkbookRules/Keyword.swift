import WorkbookSupport

/// A word the language reserves.
enum Keyword: String, Sendable, Equatable, CaseIterable {
    case and, or, not, `true`, `false`
}
