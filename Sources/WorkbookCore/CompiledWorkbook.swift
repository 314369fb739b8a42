/// A workbook with its rules parsed and type-checked: what responses are scored against.
public struct CompiledWorkbook: Sendable, Equatable {
    /// The workbook.
    public var workbook: Workbook
    /// Its rules, compiled, in workbook order.
    public var rules: [CompiledRule]

    /// Creates a compiled workbook.
    public init(workbook: Workbook, rules: [CompiledRule]) {
        self.workbook = workbook
        self.rules = rules
    }
}
