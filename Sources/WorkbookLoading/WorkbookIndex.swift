public import WorkbookModel

/// A workbook with the ids of its questions in order and each one's position, computed once:
/// every answer of every response is checked against them (see `QuestionMatcher`).
public struct WorkbookIndex: Sendable, Equatable {
    /// The workbook.
    public let workbook: Workbook
    let questionOrder: [String]
    let questionIndex: [String: Int]
    /// The element ids, the scale's values and range, and whether it allows `na`: what
    /// `ResponseScanner` checks every answer and target of every file against.
    let elementIDs: [String]
    let scaleValues: [Double]
    let scaleRange: ClosedRange<Double>

    /// Indexes a workbook's questions.
    public init(_ workbook: Workbook) {
        self.workbook = workbook
        questionOrder = workbook.elements.flatMap { element in element.questions.map(\Question.id) }
        questionIndex = Dictionary(
            questionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        elementIDs = workbook.elements.map(\.id)
        scaleValues = workbook.scale.levels.map(\.value)
        scaleRange = workbook.scale.minimum...max(workbook.scale.minimum, workbook.scale.maximum)
    }
}
