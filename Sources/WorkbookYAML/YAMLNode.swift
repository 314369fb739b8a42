public import WorkbookDiagnostics

/// A YAML node as read from a file: a scalar, a sequence or a mapping, with where it starts.
///
/// Scalars keep their text exactly as written (after YAML's own unquoting and folding),
/// untyped: `"2025"` and `2025` are both the text `2025`. Whether a scalar was quoted is
/// kept, so `"na"` (text) and `na` (not applicable) can be told apart where it matters.
/// Mappings keep their pairs in file order.
///
/// A node is a view into the flat store its document was parsed into (`YAMLStore`):
/// copying one copies a reference and an index, and a file of hundreds of values is a few
/// arrays rather than hundreds of small ones. That is what lets `compare` read a folder of
/// thousands of responses at close to the speed of libyaml itself (docs/performance.md).
public struct YAMLNode: Sendable, Equatable, CustomStringConvertible {
    /// What a node holds.
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence(Items)
        case mapping(Pairs)
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
        public var isNull: Bool { isPlain && Self.isNullText(text) }

        /// Whether a plain scalar's text is null: empty, `~` or `null`.
        static func isNullText(_ text: String) -> Bool { YAMLStore.isNullText(text.utf8) }
    }

    /// A mapping entry.
    public struct Pair: Sendable, Equatable {
        /// The key node (nearly always a scalar).
        public let key: YAMLNode
        /// The value node.
        public let value: YAMLNode
    }

    /// A sequence's items, in file order.
    public struct Items: RandomAccessCollection, Sendable {
        let store: YAMLStore
        let start: Int
        /// How many items the sequence has.
        public let count: Int

        /// The first item's position: 0.
        public var startIndex: Int { 0 }
        /// The position after the last item: `count`.
        public var endIndex: Int { count }

        /// The item at `position`, counting from 0.
        public subscript(position: Int) -> YAMLNode {
            YAMLNode(store: store, index: store.children[start + position])
        }
    }

    /// A mapping's pairs, in file order.
    public struct Pairs: RandomAccessCollection, Sendable {
        let store: YAMLStore
        let start: Int
        /// How many pairs the mapping has.
        public let count: Int

        /// The first pair's position: 0.
        public var startIndex: Int { 0 }
        /// The position after the last pair: `count`.
        public var endIndex: Int { count }

        /// The pair at `position`, counting from 0.
        public subscript(position: Int) -> Pair {
            Pair(key: key(at: position), value: value(at: position))
        }

        /// The value of the first pair whose key is the scalar `text`.
        public func value(forKey text: String) -> YAMLNode? {
            position(ofKey: text).map(value(at:))
        }

        /// The key node of the first pair whose key is the scalar `text` (for its position).
        public func key(named text: String) -> YAMLNode? {
            position(ofKey: text).map(key(at:))
        }

        // Compares key bytes in the store, without making a node or a string for each pair.
        private func position(ofKey text: String) -> Int? {
            let isASCII = YAMLNode.isASCII(text)
            for position in 0..<count
            where store.scalar(store.children[start + 2 * position], equals: text, textIsASCII: isASCII) {
                return position
            }
            return nil
        }

        private func key(at position: Int) -> YAMLNode {
            YAMLNode(store: store, index: store.children[start + 2 * position])
        }

        private func value(at position: Int) -> YAMLNode {
            YAMLNode(store: store, index: store.children[start + 2 * position + 1])
        }
    }

    let store: YAMLStore
    let index: Int32

    private var record: YAMLStore.Record { store.records[Int(index)] }

    /// What the node holds.
    public var content: Content {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(store.scalar(at: index, record))
        case .sequence: return .sequence(Items(store: store, start: Int(record.start), count: Int(record.count)))
        case .mapping: return .mapping(Pairs(store: store, start: Int(record.start), count: Int(record.count)))
        }
    }

    /// Where the node starts in its file.
    public var location: FileLocation {
        let record = record
        return FileLocation(file: store.file, line: Int(record.line), column: Int(record.column))
    }

    /// The scalar, if this is one.
    public var scalar: Scalar? {
        let record = record
        return record.kind == .scalar ? store.scalar(at: index, record) : nil
    }

    /// The scalar text, if this is a scalar.
    public var text: String? { store.scalarText(of: index) }

    /// Whether this is a scalar (asked without making its text).
    package var isScalar: Bool { record.kind == .scalar }

    /// Whether this is a scalar whose text is `text` (compared as bytes when both are ASCII).
    package func hasText(_ text: String) -> Bool { store.scalar(index, equals: text, textIsASCII: Self.isASCII(text)) }

    /// Whether this is a scalar whose text is one of `texts`.
    package func hasText(in texts: [String]) -> Bool {
        texts.contains { store.scalar(index, equals: $0, textIsASCII: Self.isASCII($0)) }
    }

    /// Calls `body` with a scalar's UTF-8 bytes (nil if this is not a scalar).
    package func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        store.withScalarBytes(index, body)
    }

    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(YAMLStore.isASCII) ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The items, if this is a sequence.
    public var items: Items? {
        let record = record
        return record.kind == .sequence ? Items(store: store, start: Int(record.start), count: Int(record.count)) : nil
    }

    /// The pairs, if this is a mapping.
    public var pairs: Pairs? {
        let record = record
        return record.kind == .mapping ? Pairs(store: store, start: Int(record.start), count: Int(record.count)) : nil
    }

    /// Whether the node is YAML's null (an empty value, `~` or `null`).
    public var isNull: Bool { store.isNull(index) }

    /// A noun for the kind of node, for messages ("expected a mapping, found a list").
    public var kindDescription: String {
        switch record.kind {
        case .scalar: isNull ? "nothing" : "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping of keys to values"
        }
    }

    /// The node in YAML's flow style, for test failures and debugging.
    public var description: String {
        switch content {
        case .scalar(let scalar): scalar.style == .plain ? scalar.text : "\"\(scalar.text)\""
        case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .mapping(let pairs): "{" + pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }

    /// Nodes are equal when they hold equal content at the same place, whatever store they are in.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        if lhs.store === rhs.store, lhs.index == rhs.index { return true }
        guard lhs.location == rhs.location else { return false }
        switch (lhs.content, rhs.content) {
        case let (.scalar(left), .scalar(right)): return left == right
        case let (.sequence(left), .sequence(right)): return left.elementsEqual(right)
        case let (.mapping(left), .mapping(right)): return left.elementsEqual(right)
        default: return false
        }
    }
}
