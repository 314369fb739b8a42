/// Agreement, split and stakeholder groups for one response.
public struct ConsensusSummary: Sendable, Equatable {
    /// Every question with two or more ratings, in workbook order.
    public var questions: [QuestionConsensus]
    /// Every element, in workbook order.
    public var elements: [ElementConsensus]
    /// The stakeholder groups raters belong to (none when no rater names a group).
    public var groups: [String]
    /// Elements where groups differ by at least `gapThreshold`, in workbook order.
    public var gaps: [GroupGap]
    /// The gap reported, in scale units.
    public var gapThreshold: Double

    /// The split questions, in workbook order.
    public var split: [QuestionConsensus] { questions.filter { $0.status == .split } }

    /// The figures for a question, if it has two or more ratings.
    public func question(_ id: String) -> QuestionConsensus? { questions.first { $0.question == id } }

    /// The figures for an element.
    public func element(_ id: String) -> ElementConsensus? { elements.first { $0.element == id } }
}
