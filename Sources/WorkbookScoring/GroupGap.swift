/// An element the lowest and highest stakeholder groups see at least a level apart.
public struct GroupGap: Sendable, Equatable {
    /// The element.
    public var element: String
    /// The group that scores it lowest.
    public var low: String
    /// That group's score.
    public var lowScore: Double
    /// The group that scores it highest.
    public var high: String
    /// That group's score.
    public var highScore: Double

    /// How far apart they are.
    public var gap: Double { highScore - lowScore }
}
