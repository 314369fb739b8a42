import WorkbookSupport
import WorkbookDiagnostics

internal import CLibYAML

/// A stack machine that turns libyaml's events into nodes in a `YAMLStore`. Iterative, so a
/// deeply nested file cannot exhaust the call stack; the depth limit stops it long before
/// memory could.
///
/// A finished node waits in `pending` until its collection closes; then the collection's
/// children move to `children` in one piece, so each collection's children are contiguous
/// and no collection needs an array of its own.
struct TreeBuilder {
    typealias Record = YAMLStore.Record

    /// An open sequence or mapping.
    struct Frame {
        var index: Int32
        var isMapping: Bool
        /// Where its children start in `pending` (for a mapping, keys and values alternate).
        var firstChild: Int
        var anchor: String?
        /// The node count when it opened, to count the nodes an alias to it expands to.
        var firstNode: Int
        /// For a large mapping, its keys by a hash of their bytes, to find a duplicate
        /// without a scan: open addressing, each slot a key's node index + 1 (0 is empty).
        var keyTable: [Int32] = []
        var keyTableCount = 0
        /// For a large mapping with a key that is not ASCII, its keys by text instead (as
        /// `String` compares them, so canonically equivalent keys are duplicates).
        var keys: [String: Int32]?
    }

    let file: String
    let policy: YAMLPolicy
    let limits: YAMLLimits
    let position: TextPosition
    var diagnostics: [Diagnostic] = []
    var isFinished = false
    private var records: [Record] = []
    private var bytes: [UInt8] = []
    private var extras: [Int32: YAMLStore.Extras] = [:]
    private var children: [Int32] = []
    private var pending: [Int32] = []
    private var roots: [Int32] = []
    private var stack: [Frame] = []
    private var anchors: [String: (index: Int32, count: Int)] = [:]
    private var nodeCount = 0
    private var documentCount = 0
    private var root: Int32?
    /// Refused anchors and aliases are reported once each per file, not at every use.
    private var reportedAnchor = false
    private var reportedTag = false
    private var reportedAlias = false

    init(file: String, policy: YAMLPolicy, limits: YAMLLimits, position: TextPosition, bytes: Int) {
        self.file = file
        self.policy = policy
        self.limits = limits
        self.position = position
        // A response has a node for every 12 to 15 bytes: reserving that much saves
        // growing the arrays a dozen times each (capped, so a huge file reserves nothing
        // it may not use).
        let nodes = min(bytes / 12, 16_384)
        records.reserveCapacity(nodes)
        // Scalars' bytes are fewer than the file's (escapes only shorten them).
        self.bytes.reserveCapacity(min(bytes, 16 * 16_384))
        children.reserveCapacity(nodes)
        pending.reserveCapacity(nodes)
    }

    /// Whether a whole document was read.
    var hasDocuments: Bool { !roots.isEmpty }

    /// The documents read, as nodes in one store.
    func documents() -> [YAMLNode] {
        guard !roots.isEmpty else { return [] }
        let store = YAMLStore(file: file, records: records, bytes: bytes, extras: extras, children: children)
        return roots.map { YAMLNode(store: store, index: $0) }
    }

    mutating func handle(_ event: yaml_event_t) {
        let point = position.point(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
        // A location is made only for a diagnostic (most events have none).
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1, !policy.allowsMultipleDocuments {
                fail(
                    .yamlMultipleDocuments,
                    "a second YAML document starts here; a workbook or response file holds exactly one",
                    at: location(point), hint: "remove the '---' line, or split the file in two")
                return
            }
            anchors = [:]
            nodeCount = 0
            root = nil
        case YAML_DOCUMENT_END_EVENT:
            if let root { roots.append(root) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let length = Int(data.length)
            if length > limits.maxScalarBytes {
                fail(
                    .yamlLimit,
                    "this value is \(NumberFormatting.bytes(length)) long; the limit for one value is \(NumberFormatting.bytes(limits.maxScalarBytes))",
                    at: location(point),
                    hint: "shorten it, or keep long documents outside the response and refer to them")
                return
            }
            // The bytes are kept as they are; a string is made only when one is asked for.
            let value = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : length)
            let tag = data.tag.map { String(cString: $0) }
            let style = Self.style(data.style)
            refuseTag(tag, at: point)
            var source: String?
            if style == .doubleQuoted {
                let text = String(decoding: value, as: UTF8.self)
                if policy.rejectsEscapedControls { refuseEscapedControl(in: text, at: point) }
                if text.unicodeScalars.count + 2 != Int(event.end_mark.column) - Int(event.start_mark.column) {
                    // Escapes make the written form longer than the text: keep it to map positions.
                    source = position.source(
                        line: Int(event.start_mark.line), from: Int(event.start_mark.column),
                        to: Int(event.end_mark.column),
                        endLine: Int(event.end_mark.line))
                }
            }
            let anchor = data.anchor.map { String(cString: $0) }
            guard countNodes(1, at: point) else { return }
            let index = addScalar(value, style: style, tag: tag, source: source, at: point)
            complete(index, anchor: anchor, subtreeCount: 1)
        case YAML_SEQUENCE_START_EVENT:
            refuseTag(event.data.sequence_start.tag.map { String(cString: $0) }, at: point)
            let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            open(isMapping: false, anchor: anchor, at: point)
        case YAML_MAPPING_START_EVENT:
            refuseTag(event.data.mapping_start.tag.map { String(cString: $0) }, at: point)
            let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            open(isMapping: true, anchor: anchor, at: point)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            // A mapping's children come in pairs; a key left without a value (only after an
            // error, which stops the parse) is not part of it.
            let count = pending.count - frame.firstChild
            let kept = frame.isMapping ? count / 2 * 2 : count
            records[Int(frame.index)].start = Int32(children.count)
            records[Int(frame.index)].count = Int32(frame.isMapping ? kept / 2 : kept)
            children.append(contentsOf: pending[frame.firstChild..<(frame.firstChild + kept)])
            pending.removeSubrange(frame.firstChild...)
            complete(frame.index, anchor: frame.anchor, subtreeCount: nodeCount - frame.firstNode)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            alias(named: name, at: point)
        default:
            break
        }
    }

    typealias Point = (line: Int, column: Int)

    private func location(_ point: Point) -> FileLocation {
        FileLocation(file: file, line: point.line, column: point.column)
    }

    private mutating func addScalar(
        _ value: UnsafeBufferPointer<UInt8>, style: YAMLNode.Scalar.Style = .plain, tag: String? = nil,
        source: String? = nil,
        at point: Point
    ) -> Int32 {
        let start = bytes.count
        bytes.append(contentsOf: value)
        let hasExtras = tag != nil || source != nil
        let index = Int32(records.count)
        if hasExtras { extras[index] = YAMLStore.Extras(tag: tag, source: source) }
        records.append(
            Record(
                kind: .scalar, style: style, hasExtras: hasExtras, isASCII: YAMLStore.isASCII(value),
                line: Int32(clamping: point.line), column: Int32(clamping: point.column),
                start: Int32(clamping: start), count: Int32(clamping: value.count)))
        return index
    }

    private mutating func addRecord(_ kind: Record.Kind, at point: Point) -> Int32 {
        records.append(
            Record(
                kind: kind, style: .plain, hasExtras: false, isASCII: true, line: Int32(clamping: point.line),
                column: Int32(clamping: point.column), start: 0, count: 0))
        return Int32(records.count - 1)
    }

    private mutating func open(isMapping: Bool, anchor: String?, at point: Point) {
        guard push(at: point) else { return }
        let index = addRecord(isMapping ? .mapping : .sequence, at: point)
        stack.append(
            Frame(index: index, isMapping: isMapping, firstChild: pending.count, anchor: anchor, firstNode: nodeCount))
    }

    private func location(of index: Int32) -> FileLocation {
        let record = records[Int(index)]
        return FileLocation(file: file, line: Int(record.line), column: Int(record.column))
    }

    private func text(of index: Int32) -> String? {
        let record = records[Int(index)]
        guard record.kind == .scalar else { return nil }
        let start = Int(record.start)
        return String(decoding: bytes[start..<(start + Int(record.count))], as: UTF8.self)
    }

    /// Whether two scalar nodes have the same text, as `String`'s `==` says: equal bytes
    /// are, different ASCII bytes are not, and anything else is compared as strings.
    private func sameText(_ first: Int32, _ second: Int32) -> Bool {
        let left = records[Int(first)]
        let right = records[Int(second)]
        guard left.kind == .scalar, right.kind == .scalar else { return false }
        if left.count == right.count {
            let equal = bytes.withUnsafeBufferPointer { all in
                YAMLStore.equal(
                    UnsafeBufferPointer(rebasing: all[Int(left.start)..<Int(left.start + left.count)]),
                    UnsafeBufferPointer(rebasing: all[Int(right.start)..<Int(right.start + right.count)]))
            }
            if equal { return true }
        }
        if left.isASCII, right.isASCII { return false }
        return text(of: first) == text(of: second)
    }

    private mutating func alias(named name: String, at point: Point) {
        let location = location(point)
        guard policy.allowsAliases else {
            if !reportedAlias {
                reportedAlias = true
                diagnostics.append(
                    .error(
                        .yamlAlias, "aliases ('*\(name)') are not allowed in workbook and response files",
                        at: location, hint: "write the value out in full where it is needed"))
            }
            complete(addScalar(UnsafeBufferPointer(start: nil, count: 0), at: point), anchor: nil, subtreeCount: 1)
            return
        }
        guard let target = anchors[name] else {
            fail(
                .yamlUnknownAlias, "the alias '*\(name)' refers to no anchor '&\(name)' defined before it", at: location
            )
            return
        }
        guard countNodes(target.count, at: point) else { return }
        // The alias shares the anchored node: the store is a graph, and nothing changes it.
        complete(target.index, anchor: nil, subtreeCount: target.count)
    }

    /// Adds a finished node to the collection it belongs to, or makes it the document root.
    private mutating func complete(_ index: Int32, anchor: String?, subtreeCount: Int) {
        if let anchor {
            if policy.allowsAliases {
                anchors[anchor] = (index, subtreeCount)
            } else if !reportedAnchor {
                reportedAnchor = true
                diagnostics.append(
                    .error(
                        .yamlAlias, "anchors ('&\(anchor)') are not allowed in workbook and response files",
                        at: location(of: index),
                        hint: "remove '&\(anchor)' and write the value out wherever it is needed"))
            }
        }
        guard let top = stack.indices.last else {
            root = index
            return
        }
        // A sequence's item, or a mapping's key: wait for the collection to close.
        guard stack[top].isMapping, (pending.count - stack[top].firstChild) % 2 == 1 else {
            pending.append(index)
            return
        }
        // A mapping's value: its key is the last pending node.
        let key = pending[pending.count - 1]
        if policy.rejectsDuplicateKeys, records[Int(key)].kind == .scalar {
            if let first = earlierKey(key, in: top) {
                let firstLocation = location(of: first)
                diagnostics.append(
                    .error(
                        .yamlDuplicateKey, "the key '\(text(of: key) ?? "")' is written twice in this mapping",
                        at: location(of: key),
                        hint:
                            "it was first written at line \(firstLocation.line), column \(firstLocation.column); keep one of them"
                    ))
                pending.removeLast()
                return
            }
        }
        pending.append(index)
    }

    /// Small mappings are searched by a scan; larger ones keep an index of their keys.
    static let scannedKeys = 16

    /// The earlier key with the same text as `key` in the mapping at `top` of the stack (the
    /// key being checked is the last pending node, and is not compared with itself); when
    /// there is none, `key` is remembered for the keys after it.
    private mutating func earlierKey(_ key: Int32, in top: Int) -> Int32? {
        let firstChild = stack[top].firstChild
        let earlier = (pending.count - 1 - firstChild) / 2
        if earlier < Self.scannedKeys {
            for offset in stride(from: firstChild, to: pending.count - 1, by: 2) where sameText(pending[offset], key) {
                return pending[offset]
            }
            return nil
        }
        if stack[top].keys == nil, stack[top].keyTable.isEmpty {
            // The mapping has just grown past a scan: index the keys so far.
            for offset in stride(from: firstChild, to: pending.count - 1, by: 2) { _ = index(pending[offset], in: top) }
        }
        return index(key, in: top)
    }

    /// Looks `key` up in the index of the mapping at `top`, adding it when it is new.
    private mutating func index(_ key: Int32, in top: Int) -> Int32? {
        let record = records[Int(key)]
        guard record.kind == .scalar else { return nil }
        if stack[top].keys == nil, !record.isASCII {
            // A key that is not ASCII: from now on the keys are compared as strings.
            var keys: [String: Int32] = [:]
            for slot in stack[top].keyTable where slot != 0 {
                if let text = text(of: slot - 1) { keys[text] = slot - 1 }
            }
            stack[top].keys = keys
            stack[top].keyTable = []
        }
        if stack[top].keys != nil {
            guard let text = text(of: key) else { return nil }
            if let first = stack[top].keys?[text] { return first }
            stack[top].keys?[text] = key
            return nil
        }
        if (stack[top].keyTableCount + 1) * 2 > stack[top].keyTable.count { growKeyTable(in: top) }
        let mask = stack[top].keyTable.count - 1
        var slot = hash(of: record) & mask
        while stack[top].keyTable[slot] != 0 {
            let candidate = stack[top].keyTable[slot] - 1
            if sameText(candidate, key) { return candidate }
            slot = (slot + 1) & mask
        }
        stack[top].keyTable[slot] = key + 1
        stack[top].keyTableCount += 1
        return nil
    }

    private mutating func growKeyTable(in top: Int) {
        let old = stack[top].keyTable
        var table = [Int32](repeating: 0, count: max(64, old.count * 2))
        let mask = table.count - 1
        for entry in old where entry != 0 {
            var slot = hash(of: records[Int(entry - 1)]) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = entry
        }
        stack[top].keyTable = table
    }

    /// FNV-1a of a scalar's bytes: cheap, and enough to spread a mapping's keys.
    private func hash(of record: Record) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in Int(record.start)..<Int(record.start + record.count) {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private mutating func push(at point: Point) -> Bool {
        guard countNodes(1, at: point) else { return false }
        if stack.count >= limits.maxDepth {
            fail(
                .yamlLimit, "lists and mappings are nested more than \(limits.maxDepth) deep here (the nesting limit)",
                at: location(point), hint: "a workbook needs only a few levels; check the indentation")
            return false
        }
        return true
    }

    /// Under the strict policy an explicit tag is an error (reported once): the loaders read
    /// every value by its key, so a tag would be silently ignored.
    private mutating func refuseTag(_ tag: String?, at point: Point) {
        guard policy.rejectsTags, let tag, !reportedTag else { return }
        reportedTag = true
        // libyaml gives the tag resolved; show it as it is written.
        let prefix = "tag:yaml.org,2002:"
        let written = tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
        diagnostics.append(
            .error(
                .yamlTag, "YAML tags ('\(written)') are not allowed in workbook and response files",
                at: location(point), hint: "remove the tag; write the value on its own (quote it to keep it as text)"))
    }

    /// Under the strict policy a control character that a double-quoted escape wrote into a
    /// value is an error, as the same character written raw is: NUL, ESC or CSI in a value
    /// would reach a terminal or another program. Tab and line feed are text.
    private mutating func refuseEscapedControl(in text: String, at point: Point) {
        guard let scalar = text.unicodeScalars.first(where: Self.isRefusedControl) else { return }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let name =
            scalar.value == 0
            ? "a NUL character (\\0)"
            : "a control character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
        diagnostics.append(
            .error(
                .yamlControlCharacter,
                "this value holds \(name), written as an escape; values cannot hold control characters",
                at: location(point), hint: "remove the escape; for a line break use '\\n'"))
    }

    /// C0 controls other than tab and line feed, DEL, and the C1 controls.
    static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool { String.isRefusedControl(scalar) }

    private mutating func countNodes(_ count: Int, at point: Point) -> Bool {
        nodeCount += count
        if nodeCount > limits.maxNodes {
            fail(
                .yamlLimit, "the document has more than \(limits.maxNodes) values (the node limit)",
                at: location(point),
                hint: policy.allowsAliases ? "aliases that expand to many copies count every copy" : nil)
            return false
        }
        return true
    }

    private mutating func fail(
        _ code: DiagnosticCode, _ message: String, at location: FileLocation, hint: String? = nil
    ) {
        diagnostics.append(.error(code, message, at: location, hint: hint))
        isFinished = true
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
