/// A stable name for a kind of diagnostic, separate from its wording.
///
/// Tests and tools match on the code; the message may be reworded freely. Codes are
/// grouped by what they are about: `yaml.*` (the YAML layer), `load.*` (the shape of a file's
/// keys and values), `workbook.*` (a workbook's model), `response.*` (answers against their
/// workbook), `rule.*` (the rule language) and `compare.*` (comparing responses). Each stage
/// declares its codes in an extension beside its own code.
public struct DiagnosticCode: RawRepresentable, Sendable, Equatable, Hashable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The dotted identifier, for example `workbook.duplicate-id`.
    public var rawValue: String

    /// Creates a code from its identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The identifier.
    public var description: String { rawValue }
}
