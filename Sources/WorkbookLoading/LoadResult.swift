public import WorkbookDiagnostics
import WorkbookFormat
import WorkbookModel
import WorkbookSupport
import WorkbookYAML

/// What loading one file gives: the value when the file is valid, and every diagnostic.
public struct LoadResult<Value: Sendable>: Sendable {
    /// The loaded value; nil when any diagnostic is an error.
    public var value: Value?
    /// Every problem found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = diagnostics.containsErrors ? nil : value
        self.diagnostics = diagnostics.sortedByLocation()
    }
}
