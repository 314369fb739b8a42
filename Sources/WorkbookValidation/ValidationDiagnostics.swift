public import WorkbookDiagnostics

/// The codes of checks that need the whole workbook.
extension DiagnosticCode {
    /// Bands that are not in increasing order, or a missing top band.
    public static let bandOrder: DiagnosticCode = "workbook.band-order"
    /// A scale that cannot be rated on.
    public static let invalidScale: DiagnosticCode = "workbook.invalid-scale"
    /// A weak-link threshold that cuts through a band, so band and weakest links disagree.
    public static let weakLinkThreshold: DiagnosticCode = "workbook.weak-link-threshold"
    /// A weight that is not above zero.
    public static let invalidWeight: DiagnosticCode = "workbook.invalid-weight"
}
