import WorkbookSupport
import WorkbookDiagnostics
public import WorkbookModel

/// A rule whose condition and templates have been parsed and type-checked: ready to run.
public struct CompiledRule: Sendable, Equatable {
    /// The rule as written.
    public var rule: Rule
    /// The checked `when:` condition.
    var condition: TypedExpression
    /// The checked message.
    var message: Template
    /// The checked recommendation, if the rule has one.
    var recommendation: Template?
}
