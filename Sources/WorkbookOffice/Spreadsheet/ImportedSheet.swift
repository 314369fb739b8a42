public import WorkbookCore

/// A response read from a response spreadsheet: the YAML it amounts to, and where each of
/// that YAML's lines came from.
public struct ImportedSheet: Sendable, Equatable {
    /// The response as YAML, as `workbook new` would write it, filled in.
    public var yaml: String
    /// The cell each YAML line was written from (1-based line → location).
    public var cells: [Int: FileLocation]
}
