/// A YAML node as read from a file: a scalar, a sequence or a mapping, with where it starts.
///
/// Scalars keep their text exactly as written (after YAML's own unquoting and folding),
/// untyped: `"2025"` and `2025` are both the text `2025`. Whether a scalar was quoted is
/// kept, so `"na"` (text) and `na` (not applicable) can be told apart where it matters.
/// Mappings keep their pairs in file order.
public struct YAMLNode: Sendable, Equatable {
    /// What a node holds.
    public enum Content: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// A scalar's text and how it was written.
    public struct Scalar: Sendable, Equatable {
        /// How a scalar was written in the file.
        public enum Style: Sendable, Equatable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        /// The text, after unquoting and folding.
        public var text: String
        /// How it was written.
        public var style: Style
        /// An explicit tag (`!!str`), if one was written.
        public var tag: String?
        /// The scalar exactly as written, quotes included, for a double-quoted scalar on one
        /// line that uses escapes (so positions inside it can be found); nil otherwise.
        public var source: String?

        /// Creates a scalar.
        public init(text: String, style: Style = .plain, tag: String? = nil, source: String? = nil) {
            self.text = text
            self.style = style
            self.tag = tag
            self.source = source
        }

        /// Whether it was written plain, without quotes or a block indicator or a tag.
        public var isPlain: Bool { style == .plain && tag == nil }

        /// Whether it is YAML's null: an empty plain scalar, `~` or `null`.
        public var isNull: Bool {
            isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
        }
    }

    /// A mapping entry.
    public struct Pair: Sendable, Equatable {
        /// The key node (nearly always a scalar).
        public var key: YAMLNode
        /// The value node.
        public var value: YAMLNode

        /// Creates a pair.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts in its file.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar, if this is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The scalar text, if this is a scalar.
    public var text: String? { scalar?.text }

    /// The items, if this is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs, if this is a mapping.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether the node is YAML's null (an empty value, `~` or `null`).
    public var isNull: Bool { scalar?.isNull ?? false }

    /// A noun for the kind of node, for messages ("expected a mapping, found a list").
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "nothing" : "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping of keys to values"
        }
    }
}
