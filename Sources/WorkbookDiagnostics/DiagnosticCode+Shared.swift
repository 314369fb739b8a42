/// Codes that more than one stage gives: the loader finds a missing key or a duplicate id
/// while reading, the validator when it checks the whole workbook. They live here, below
/// both, so that neither stage reaches into the other.
extension DiagnosticCode {
    /// A required key is absent.
    public static let missingKey: DiagnosticCode = "load.missing-key"
    /// A value is not one of the allowed words.
    public static let invalidValue: DiagnosticCode = "load.invalid-value"
    /// The same id is used twice.
    public static let duplicateID: DiagnosticCode = "workbook.duplicate-id"
    /// A reference names a group, element or question that does not exist.
    public static let unknownReference: DiagnosticCode = "workbook.unknown-reference"
}
