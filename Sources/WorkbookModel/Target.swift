public import WorkbookDiagnostics

/// A level an element should reach by the next round.
public struct Target: Sendable, Equatable {
    /// The element.
    public var elementID: String
    /// The level aimed for.
    public var level: Double
    /// Where it is written.
    public var location: FileLocation

    /// Creates a target.
    public init(elementID: String, level: Double, location: FileLocation) {
        self.elementID = elementID
        self.level = level
        self.location = location
    }
}
