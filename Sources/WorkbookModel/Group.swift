public import WorkbookDiagnostics

/// A set of elements drawn and scored together (POTS's "Service delivery" side).
public struct Group: Sendable, Equatable {
    /// Where a group is drawn in a symmetric layout.
    public enum Position: String, Sendable, Equatable, CaseIterable {
        case left, right, centre
    }

    /// The group's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Where it is drawn (symmetric layout).
    public var position: Position?
    /// What it covers.
    public var description: String?
    /// Where it is written.
    public var location: FileLocation

    /// Creates a group.
    public init(id: String, title: String, position: Position?, description: String?, location: FileLocation) {
        self.id = id
        self.title = title
        self.position = position
        self.description = description
        self.location = location
    }
}
