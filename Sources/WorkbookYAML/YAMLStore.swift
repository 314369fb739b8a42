/// Every node of one parsed stream, in flat arrays.
///
/// Built once by `YAMLParser` and never changed, so nodes can share it across threads.
/// Scalars are kept as bytes, all in one array: a `String` is made only when one is asked
/// for (`scalarText(of:)`), so keys that are only compared and ratings that are only read
/// as numbers never become strings. The rare tag, and the written form of a double-quoted
/// scalar with escapes, are kept apart.
final class YAMLStore: Sendable {
    /// One node: its kind, where it starts, and where its bytes or children are.
    struct Record: Sendable {
        enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

        var kind: Kind
        /// A scalar's style (`.plain` for collections).
        var style: YAMLNode.Scalar.Style
        /// Whether a scalar has a tag or a written form in `extras`.
        var hasExtras: Bool
        /// Whether a scalar's bytes are all ASCII (so byte equality is string equality).
        var isASCII: Bool
        /// 1-based, as in `FileLocation`.
        var line: Int32
        var column: Int32
        /// A scalar's first byte in `bytes`; a collection's first child in `children`.
        var start: Int32
        /// A scalar's length in bytes; a sequence's items, or a mapping's pairs (whose keys
        /// and values alternate in `children`).
        var count: Int32
    }

    /// A scalar's tag and written form, when it has either.
    struct Extras: Sendable {
        var tag: String?
        var source: String?
    }

    let file: String
    let records: [Record]
    /// Every scalar's bytes (UTF-8), one after another.
    let bytes: [UInt8]
    /// By node index.
    let extras: [Int32: Extras]
    let children: [Int32]

    init(file: String, records: [Record], bytes: [UInt8], extras: [Int32: Extras], children: [Int32]) {
        self.file = file
        self.records = records
        self.bytes = bytes
        self.extras = extras
        self.children = children
    }

    /// The text of a scalar record, made now.
    func text(of record: Record) -> String {
        let start = Int(record.start)
        return String(decoding: bytes[start..<(start + Int(record.count))], as: UTF8.self)
    }

    /// The scalar node `index` is (its record a scalar's).
    func scalar(at index: Int32, _ record: Record) -> YAMLNode.Scalar {
        let extras = record.hasExtras ? extras[index] : nil
        return YAMLNode.Scalar(text: text(of: record), style: record.style, tag: extras?.tag, source: extras?.source)
    }

    /// The text of node `index` if it is a scalar.
    func scalarText(of index: Int32) -> String? {
        let record = records[Int(index)]
        return record.kind == .scalar ? text(of: record) : nil
    }

    /// Calls `body` with the bytes of node `index` if it is a scalar (nil otherwise).
    func withScalarBytes<Result>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let record = records[Int(index)]
        guard record.kind == .scalar else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(record.start)..<Int(record.start + record.count)]))
        }
    }

    /// Whether node `index` is a scalar whose text equals `text`, as `String`'s `==` says,
    /// without making a string when both are ASCII (nearly always: keys and ids).
    func scalar(_ index: Int32, equals text: String, textIsASCII: Bool) -> Bool {
        let record = records[Int(index)]
        guard record.kind == .scalar else { return false }
        let length = Int(record.count)
        if record.isASCII, textIsASCII, text.utf8.count != length { return false }
        let equalBytes = text.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.count == length
                && bytes.withUnsafeBufferPointer { all in
                    Self.equal(
                        UnsafeBufferPointer(rebasing: all[Int(record.start)..<(Int(record.start) + length)]), utf8)
                }
        }
        if equalBytes == true { return true }
        // Different bytes are different text when both are ASCII; otherwise Unicode's
        // canonical equivalence decides, as String's `==` does.
        if record.isASCII, textIsASCII, equalBytes != nil { return false }
        return self.text(of: record) == text
    }

    /// Whether node `index` is YAML's null (as `YAMLNode.Scalar.isNull`, without making the scalar).
    func isNull(_ index: Int32) -> Bool {
        let record = records[Int(index)]
        guard record.kind == .scalar, record.style == .plain else { return false }
        if record.hasExtras, extras[index]?.tag != nil { return false }
        let start = Int(record.start)
        return Self.isNullText(bytes[start..<(start + Int(record.count))])
    }

    /// Whether a plain scalar's bytes spell null: nothing, `~`, `null`, `Null` or `NULL`.
    static func isNullText<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes.first == UInt8(ascii: "~")
        case 4:
            return bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8)
                || bytes.elementsEqual("NULL".utf8)
        default: return false
        }
    }

    /// Whether two byte buffers of the same length hold the same bytes, eight at a time.
    static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
        let lhs = UnsafeRawPointer(leftBase)
        let rhs = UnsafeRawPointer(rightBase)
        var offset = 0
        while offset + 8 <= left.count {
            if lhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != rhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        while offset < left.count {
            if leftBase[offset] != rightBase[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether UTF-8 bytes are all ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        let raw = UnsafeRawPointer(base)
        while offset + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }
}
