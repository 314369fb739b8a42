public import WorkbookModel

/// One group's scoring.
public struct GroupScore: Sendable, Equatable {
    /// The group.
    public var group: Group
    /// Its score, or nil when none of its elements is scored.
    public var reading: ScoreReading?
    /// Answered / applicable questions across its elements.
    public var coverage: Double?
    /// How the score was made.
    public var derivation: Derivation

    /// The group's id.
    public var id: String { group.id }
    /// The score on the scale, if scored.
    public var score: Double? { reading?.score }
}
