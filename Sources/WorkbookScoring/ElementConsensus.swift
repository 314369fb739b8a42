/// One element's agreement figures.
public struct ElementConsensus: Sendable, Equatable {
    /// The element.
    public var element: String
    /// How many of its questions have two or more ratings.
    public var rated: Int
    /// How many of those are split.
    public var split: Int
    /// Each stakeholder group's score, in the summary's group order.
    public var groups: [GroupScoreForElement]
}
