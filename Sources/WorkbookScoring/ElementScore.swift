public import WorkbookModel

/// One element's scoring.
public struct ElementScore: Sendable, Equatable {
    /// The element.
    public var element: FrameworkElement
    /// Its 1-based position in the workbook.
    public var index: Int
    /// Its score, or nil when no question was answered.
    public var reading: ScoreReading?
    /// Answered / (questions − na); nil when every question is `na`.
    public var coverage: Double?
    /// How many questions were answered.
    public var answered: Int
    /// How many questions apply (not `na`).
    public var applicable: Int
    /// Its questions, in order.
    public var questions: [QuestionScore]
    /// How the score was made.
    public var derivation: Derivation

    /// The element's id.
    public var id: String { element.id }
    /// The score on the scale, if scored.
    public var score: Double? { reading?.score }
}
