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
