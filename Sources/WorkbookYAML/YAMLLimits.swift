import WorkbookSupport

/// Bounds on what a YAML file may make the parser do, so no file can exhaust memory or time.
///
/// Each limit is named in the diagnostic that reports it, and documented in docs/limits.md.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest file accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings.
    public var maxDepth: Int
    /// The most nodes in a document, counting every copy an alias makes.
    public var maxNodes: Int
    /// The longest scalar, in bytes.
    public var maxScalarBytes: Int

    /// Creates a set of limits.
    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int, maxScalarBytes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxScalarBytes = maxScalarBytes
    }

    /// The limits for workbook and response files: generous for any real framework
    /// (the largest bundled workbook is far under each), small enough to stop abuse.
    public static let standard = YAMLLimits(
        maxBytes: 8 * 1024 * 1024,
        maxDepth: 64,
        maxNodes: 200_000,
        maxScalarBytes: 64 * 1024
    )
}

extension YAMLLimits {
    /// A size as the limits' messages write it (`9.1 MiB`, `70 KiB`, `12 bytes`), for the
    /// command line's own messages about a file it will not read.
    public static func describe(bytes count: Int) -> String { NumberFormatting.bytes(count) }
}

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
