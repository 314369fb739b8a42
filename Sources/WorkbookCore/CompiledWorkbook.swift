public import WorkbookLoading
public import WorkbookModel
public import WorkbookRules

/// A workbook with its rules parsed and type-checked and its questions indexed: what
/// responses are loaded and scored against. The pipeline pairs the two; neither the loader
/// nor the rule compiler knows of the other.
public struct CompiledWorkbook: Sendable, Equatable {
    /// The workbook with its question index, for loading responses.
    public let index: WorkbookIndex
    /// Its rules, compiled, in workbook order.
    public let rules: [CompiledRule]

    /// Creates a compiled workbook.
    public init(workbook: Workbook, rules: [CompiledRule]) {
        index = WorkbookIndex(workbook)
        self.rules = rules
    }

    /// The workbook.
    public var workbook: Workbook { index.workbook }
}

extension WorkbookResolver {
    /// A resolver that knows exactly one compiled workbook (the one given with `--workbook`).
    public static func only(_ compiled: CompiledWorkbook) -> WorkbookResolver { only(compiled.index) }

    /// A resolver over several compiled workbooks (for trends across versions).
    public static func any(of workbooks: [CompiledWorkbook]) -> WorkbookResolver { any(of: workbooks.map(\.index)) }
}
