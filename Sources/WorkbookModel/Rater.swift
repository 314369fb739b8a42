public import WorkbookDiagnostics

/// A table or a person who rated, declared once in a response (`raters:`) or named as the
/// one rater of a table's own file (`rater:`).
public struct Rater: Sendable, Equatable {
    /// The name the answers use for it: free text, such as `table-1` or `Zoë (Age UK)`.
    public var name: String
    /// The stakeholder group it belongs to (`council`, `nhs`, `community`), if said.
    public var group: String?
    /// Where its name is written.
    public var location: FileLocation

    /// Creates a rater.
    public init(name: String, group: String?, location: FileLocation) {
        self.name = name
        self.group = group
        self.location = location
    }
}
