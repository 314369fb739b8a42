/// Checks that answer keys are question ids, for answers written in workbook order without
/// hashing: the next question, or one a few further on (questions left unanswered), is
/// compared first; a key out of order is looked up in the workbook's index and the walk
/// continues from there.
struct QuestionMatcher {
    private let order: [String]
    private let index: [String: Int]
    private var next = 0
    /// How far ahead to look before using the index: gaps are a few unanswered questions.
    private static let lookahead = 8

    init(_ workbook: WorkbookIndex) {
        order = workbook.questionOrder
        index = workbook.questionIndex
    }

    mutating func isQuestion(_ id: String) -> Bool {
        for position in next..<min(next + Self.lookahead, order.count) where order[position] == id {
            next = position + 1
            return true
        }
        guard let position = index[id] else { return false }
        next = position + 1
        return true
    }
}
