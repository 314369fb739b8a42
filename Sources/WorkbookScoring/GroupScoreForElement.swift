/// One stakeholder group's score for an element.
public struct GroupScoreForElement: Sendable, Equatable {
    /// The stakeholder group.
    public var group: String
    /// Its score from its own raters' ratings; nil when it rated none of the element's questions.
    public var score: Double?
}
