import WorkbookModel

/// Whether an element reached the level an earlier round aimed for.
public struct TargetStatus: Sendable, Equatable {
    /// The element.
    public var element: String
    /// The level aimed for.
    public var target: Double
    /// Its score now, if scored.
    public var score: Double?
    /// Whether the score reached the target (false when unscored).
    public var reached: Bool

    /// Creates a target's status.
    public init(element: String, target: Double, score: Double?, reached: Bool) {
        self.element = element
        self.target = target
        self.score = score
        self.reached = reached
    }
}
