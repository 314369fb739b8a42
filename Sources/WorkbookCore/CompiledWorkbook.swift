/// A workbook with its rules parsed and type-checked: what responses are scored against.
public struct CompiledWorkbook: Sendable, Equatable {
    /// The workbook.
    public let workbook: Workbook
    /// Its rules, compiled, in workbook order.
    public let rules: [CompiledRule]
    /// The ids of its questions, computed once: every answer of every response is checked
    /// against them.
    let questionIDs: Set<String>

    /// Creates a compiled workbook.
    public init(workbook: Workbook, rules: [CompiledRule]) {
        self.workbook = workbook
        self.rules = rules
        questionIDs = Set(workbook.elements.flatMap { $0.questions.map(\.id) })
    }
}
