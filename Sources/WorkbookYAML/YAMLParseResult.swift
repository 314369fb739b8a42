public import WorkbookDiagnostics

internal import CLibYAML

/// What parsing a YAML stream gives: its documents and everything found wrong.
public struct YAMLParseResult: Sendable {
    /// The documents, in order (under `.strict`, at most one).
    public var documents: [YAMLNode]
    /// Problems, in the order found.
    public var diagnostics: [Diagnostic]
}
