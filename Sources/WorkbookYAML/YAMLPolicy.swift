import WorkbookSupport

/// How strict the YAML layer is beyond YAML itself.
public struct YAMLPolicy: Sendable, Equatable {
    /// Whether a stream may hold more than one document.
    public var allowsMultipleDocuments: Bool
    /// Whether anchors and aliases are allowed (expanded within `maxNodes`) or refused.
    public var allowsAliases: Bool
    /// Whether a key written twice in one mapping is an error.
    public var rejectsDuplicateKeys: Bool
    /// Whether a stream with no document is an error.
    public var rejectsEmpty: Bool
    /// Whether explicit tags (`!!str`, `!x`) are an error rather than silently ignored.
    public var rejectsTags: Bool
    /// Whether a control character a double-quoted escape writes (`\0`, `\e`, `\x9b`) is an
    /// error, as the same character written raw is.
    public var rejectsEscapedControls: Bool

    /// Creates a policy.
    public init(
        allowsMultipleDocuments: Bool, allowsAliases: Bool, rejectsDuplicateKeys: Bool, rejectsEmpty: Bool,
        rejectsTags: Bool = false, rejectsEscapedControls: Bool = false
    ) {
        self.rejectsTags = rejectsTags
        self.rejectsEscapedControls = rejectsEscapedControls
        self.allowsMultipleDocuments = allowsMultipleDocuments
        self.allowsAliases = allowsAliases
        self.rejectsDuplicateKeys = rejectsDuplicateKeys
        self.rejectsEmpty = rejectsEmpty
    }

    /// The policy for workbook and response files: one document, no aliases, no duplicate
    /// keys, no tags, no control characters written as escapes.
    public static let strict = YAMLPolicy(
        allowsMultipleDocuments: false, allowsAliases: false, rejectsDuplicateKeys: true, rejectsEmpty: true,
        rejectsTags: true, rejectsEscapedControls: true)

    /// YAML as the specification has it (for conformance tests): several documents,
    /// aliases expanded, duplicate keys left to the application.
    public static let general = YAMLPolicy(
        allowsMultipleDocuments: true, allowsAliases: true, rejectsDuplicateKeys: false, rejectsEmpty: false)
}
