/// A workbook with its rules parsed and type-checked: what responses are scored against.
public struct CompiledWorkbook: Sendable, Equatable {
    /// The workbook.
    public let workbook: Workbook
    /// Its rules, compiled, in workbook order.
    public let rules: [CompiledRule]
    /// The ids of its questions in workbook order, and each one's position, computed once:
    /// every answer of every response is checked against them (see `QuestionMatcher`).
    let questionOrder: [String]
    let questionIndex: [String: Int]

    /// Creates a compiled workbook.
    public init(workbook: Workbook, rules: [CompiledRule]) {
        self.workbook = workbook
        self.rules = rules
        questionOrder = workbook.elements.flatMap { $0.questions.map({ $0.id }) }
        questionIndex = Dictionary(keepingFirst: questionOrder.enumerated().map { ($1, $0) })
    }
}
