public import WorkbookDiagnostics

/// A response's answer to one question.
public struct Answer: Sendable, Equatable {
    /// What was answered.
    public enum Value: Sendable, Equatable {
        /// One agreed rating.
        case rating(Double)
        /// Several ratings from a workshop (one per table or person).
        case ratings([Double])
        /// Not applicable here.
        case notApplicable
        /// Left blank (perhaps with an evidence note): counts as unanswered.
        case blank
    }

    /// The question answered.
    public var questionID: String
    /// The answer.
    public var value: Value
    /// The evidence note.
    public var evidence: String?
    /// Where the answer's key is written.
    public var location: FileLocation
    /// For `ratings` written per rater (`ratings: {table-1: 2}`): who gave each rating, in
    /// the same order as the ratings. Empty for an anonymous list or a single score.
    public var raters: [String]

    /// Creates an answer.
    public init(questionID: String, value: Value, evidence: String?, location: FileLocation, raters: [String] = []) {
        self.raters = raters
        self.questionID = questionID
        self.value = value
        self.evidence = evidence
        self.location = location
    }
}
