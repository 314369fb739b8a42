import WorkbookDiagnostics
import WorkbookModel

/// The language's size limits, which keep parsing and evaluation small and total.
enum Limits {
    /// The longest expression, in characters (Unicode scalars).
    static let characters = 2000
    /// The most tokens in one expression.
    static let tokens = 500
    /// The most `{...}` expressions in one message or recommendation: each can fail with its
    /// own located diagnostic, so this bounds the work of reporting them.
    static let templateExpressions = 100
    /// The deepest nesting of the expression tree.
    static let depth = 50
    /// The deepest nesting of `count`/`any`/`all` inside one another.
    static let collectionNesting = 3
    /// The most evaluation steps one rule instance may take.
    static let steps = 1_000_000
    /// The most evaluation steps all of a workbook's rules may take together, for one
    /// response: a few instances at the per-instance budget, so that many rules or
    /// `for_each` items cannot multiply it without bound.
    static let totalSteps = 4 * steps
    /// The most findings and "not evaluated" entries one report holds: each rule runs once,
    /// or once per element, group or question, so rules × items is bounded here, at load
    /// time, and again while the rules run.
    static let reportEntries = 10_000
    /// The most text (UTF-8 bytes) of findings' messages and recommendations in one report:
    /// a message can repeat a 64 KiB value a hundred times.
    static let reportTextBytes = 4 * 1024 * 1024
}
