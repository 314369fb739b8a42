public import WorkbookDiagnostics

extension DiagnosticCode {
    /// A key that this kind of mapping does not have.
    public static let unknownKey: DiagnosticCode = "load.unknown-key"
    /// A value has the wrong shape (a list where text belongs, say).
    public static let wrongType: DiagnosticCode = "load.wrong-type"
    /// A value should be a number and is not written as one.
    public static let invalidNumber: DiagnosticCode = "load.invalid-number"
    /// An id does not follow the id rules.
    public static let invalidID: DiagnosticCode = "load.invalid-id"
    /// A rating that is not a level of the scale.
    public static let ratingOutOfScale: DiagnosticCode = "response.rating-out-of-scale"
    /// `na` where the workbook does not allow it.
    public static let notApplicableRefused: DiagnosticCode = "response.na-not-allowed"
    /// A response to an unknown workbook, or to another workbook than the one given.
    public static let workbookMismatch: DiagnosticCode = "response.workbook-mismatch"
    /// A response written for another version of its workbook.
    public static let versionMismatch: DiagnosticCode = "response.version-mismatch"
    /// An answer that says both `score` and `ratings`.
    public static let ambiguousAnswer: DiagnosticCode = "response.ambiguous-answer"
    /// A workbook given where a response belongs (or the other way round).
    public static let wrongKindOfFile: DiagnosticCode = "load.wrong-kind-of-file"
    /// An earlier round given with `--previous` that is not earlier than the response.
    public static let previousNotEarlier: DiagnosticCode = "response.previous-not-earlier"
    /// A date not written as YYYY-MM-DD, or not a real day.
    public static let invalidDate: DiagnosticCode = "response.invalid-date"
}
