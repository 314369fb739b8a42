public import WorkbookDiagnostics
import WorkbookSupport

/// A named range of scores, with the colour reports draw it in.
public struct Band: Sendable, Equatable {
    /// The band's id.
    public var id: String
    /// What it is called in reports ("Weak link").
    public var label: String
    /// Scores strictly below this are in this band (nil for the top band).
    public var below: Double?
    /// A `#rrggbb` colour for reports.
    public var colour: String?
    /// Where it is written.
    public var location: FileLocation

    /// Creates a band.
    public init(id: String, label: String, below: Double?, colour: String?, location: FileLocation) {
        self.id = id
        self.label = label
        self.below = below
        self.colour = colour
        self.location = location
    }
}
