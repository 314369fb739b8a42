public import WorkbookModel

/// One question's scoring.
public struct QuestionScore: Sendable, Equatable {
    /// The question.
    public var question: Question
    /// The ratings given (one for an agreed score, several for a workshop, none if unanswered).
    public var ratings: [Double]
    /// The rating, or the median (or mean) of the ratings; nil when unanswered or `na`.
    public var score: Double?
    /// Highest minus lowest rating (0 for a single agreed rating); nil when unanswered.
    public var spread: Double?
    /// Whether the spread is above the consensus limit.
    public var contested: Bool
    /// Whether it was answered `na`.
    public var notApplicable: Bool
    /// The evidence note.
    public var evidence: String?

    /// The question's id.
    public var id: String { question.id }
}
