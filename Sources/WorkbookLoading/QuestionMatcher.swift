import WorkbookYAML

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

    /// The question id a scalar key is, compared as bytes with the questions expected next
    /// (no string is made for a key found there: the workbook's own id is returned), then
    /// looked up by its text; nil when it is no question's id.
    mutating func question(forKey key: YAMLNode) -> String? {
        position {
            key.hasText($0)
        } text: {
            key.text
        }
        .map { order[$0] }
    }

    /// The same for a scanned key (`ResponseScanner`), with the question's place in the
    /// workbook's order, by which the scanner finds a question answered twice.
    mutating func question(forKey key: YAMLEvent) -> (id: String, position: Int)? {
        guard key.kind == .scalar else { return nil }
        let found = position {
            key.hasText($0)
        } text: {
            key.text
        }
        return found.map { (order[$0], $0) }
    }

    private mutating func position(_ matches: (String) -> Bool, text: () -> String?) -> Int? {
        for position in next..<min(next + Self.lookahead, order.count) where matches(order[position]) {
            next = position + 1
            return position
        }
        guard let id = text(), let position = index[id] else { return nil }
        next = position + 1
        return position
    }

    /// How many questions the workbook has.
    var count: Int { order.count }
}
