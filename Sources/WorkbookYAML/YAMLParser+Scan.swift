import WorkbookDiagnostics
import WorkbookSupport

internal import CLibYAML

/// One event of a scan (`YAMLParser.scan`): a scalar, or where a list or mapping opens or closes.
package struct YAMLEvent {
    /// What the event is.
    package enum Kind: UInt8, Sendable, Equatable {
        case scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd

        /// Compared inline: a reader asks this of every event, and the synthesized `==` is
        /// a call through the conformance from another module.
        @inlinable package static func == (left: Kind, right: Kind) -> Bool { left.rawValue == right.rawValue }
    }

    /// What the event is.
    package var kind: Kind
    /// Where it starts, 1-based: libyaml's mark plus one, which is where the tree's node
    /// says it starts, but for an empty value at the very end of the file (a line past the
    /// end here, the end of the last line there). Keys and collections are never there.
    package var line: Int
    package var column: Int
    /// A scalar's text as UTF-8 (empty for the other kinds): valid only while the scan's
    /// body runs, as libyaml frees it after.
    package var bytes: UnsafeBufferPointer<UInt8>
    /// How a scalar was written.
    package var style: YAMLNode.Scalar.Style

    /// Whether this is YAML's null: an empty plain scalar, `~` or `null` (as `YAMLNode.isNull`).
    package var isNull: Bool {
        kind == .scalar && style == .plain && YAMLStore.isNullText(bytes)
    }

    /// The scalar's text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the scalar's text is all ASCII (so comparing bytes is comparing text): looked
    /// at when asked, as most values (long evidence among them) are never compared.
    package var isASCII: Bool { YAMLStore.isASCII(bytes) }

    /// Whether the scalar's text is `text`, as `String`'s `==` says (compared as bytes when
    /// both are ASCII, as `YAMLNode.hasText`).
    package func hasText(_ text: String) -> Bool {
        guard kind == .scalar else { return false }
        // Read in place (a `var` copy to call `withUTF8` cost a retain and a release each time).
        if text.utf8.count == bytes.count,
            text.utf8.withContiguousStorageIfAvailable({ YAMLStore.equal($0, bytes) }) ?? text.utf8.elementsEqual(bytes)
        {
            return true
        }
        // Different ASCII bytes are different text, the commonest answer (most keys are told
        // apart by their length alone); anything else is compared as strings.
        if isASCII, YAMLNode.isASCII(text) { return false }
        return self.text == text
    }
}

/// The keys a reader of events knows, kept as bytes too, for `YAMLEvent.index(in:)`.
package struct YAMLKeys: Sendable {
    let names: [String]
    let bytes: [[UInt8]]
    let allASCII: Bool

    /// The keys, in the order `index(in:)` tries them.
    package init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
        allASCII = names.allSatisfy(YAMLNode.isASCII)
    }
}

extension YAMLEvent {
    /// The position of the first of `keys` whose text this scalar is, as `hasText` says of each,
    /// with the scalar looked at once rather than once per key (a reader asks this of every
    /// key of thousands of files): different ASCII bytes are different text, so a scalar
    /// whose bytes are none of the ASCII keys' is compared as text only when it is not ASCII.
    package func index(in keys: YAMLKeys) -> Int? {
        guard kind == .scalar else { return nil }
        guard keys.allASCII else { return keys.names.firstIndex(where: hasText) }
        for position in keys.bytes.indices where keys.bytes[position].count == bytes.count {
            if keys.bytes[position].withUnsafeBufferPointer({ YAMLStore.equal($0, bytes) }) { return position }
        }
        return isASCII ? nil : keys.names.firstIndex(where: hasText)
    }
}

extension YAMLParser {
    /// Reads a one-document file as a stream of events, for a reader that builds its values
    /// as they arrive instead of from a tree (`compare` reads thousands of responses).
    ///
    /// The scan is a first try, never the only one: it gives up, returning false, wherever
    /// `parseDocument` would report anything at all (a size, encoding or syntax error, a
    /// second document, a tag, an anchor or alias, an escaped control character, a limit
    /// passed), and when `body` returns false. The caller then reads the file through
    /// `parseDocument`, which says what is wrong. Duplicate keys are the body's to notice:
    /// a reader that takes only keys it knows sees a duplicate as a key it already has.
    ///
    /// - Parameters:
    ///   - input: the bytes and the name to report them by.
    ///   - limits: the same bounds `parseDocument` applies.
    ///   - body: called with each event in order; returns false to stop.
    /// - Returns: true when the whole file was read, one document, with nothing to report.
    package static func scan(
        _ input: InputFile, limits: YAMLLimits = .standard, _ body: (YAMLEvent) -> Bool
    ) -> Bool {
        // The tree's checks before YAML, with no index of the file's lines (only a
        // diagnostic needs one, and the scan gives up instead of making any); the size
        // first, as there, before anything reads the whole file.
        guard !input.bytes.isEmpty, input.bytes.count <= limits.maxBytes,
            checkInput(
                input, limits: limits, firstControlCharacter: TextPosition.firstControlCharacter(in: input.bytes),
                position: { TextPosition(file: input.name, bytes: input.bytes) }) == nil
        else { return false }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return false }
        defer { yaml_parser_delete(&parser) }
        return input.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var scan = Scan(limits: limits)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return false }
                defer { yaml_event_delete(&event) }
                switch scan.take(&event, body) {
                case .more: continue
                case .finished: return scan.documents == 1 && scan.nodes > 0
                case .refused: return false
                }
            }
        }
    }

    /// What a scan keeps between events: only counts.
    private struct Scan {
        enum Step { case more, finished, refused }

        let limits: YAMLLimits
        var documents = 0
        var depth = 0
        var nodes = 0

        init(limits: YAMLLimits) { self.limits = limits }

        /// Takes the event in place (`inout`, never changed): it is a large C struct, and a copy
        /// of it for every event showed in the profile.
        mutating func take(_ event: inout yaml_event_t, _ body: (YAMLEvent) -> Bool) -> Step {
            let kind: YAMLEvent.Kind
            var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            var style = YAMLNode.Scalar.Style.plain
            switch event.type {
            case YAML_STREAM_END_EVENT: return .finished
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                return documents > 1 ? .refused : .more
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let length = Int(data.length)
                guard data.tag == nil, data.anchor == nil, length <= limits.maxScalarBytes else { return .refused }
                bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : length)
                style = TreeBuilder.style(data.style)
                if style == .doubleQuoted, Self.holdsRefusedControl(bytes) { return .refused }
                kind = .scalar
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let tagged =
                    isMapping
                    ? event.data.mapping_start.tag != nil || event.data.mapping_start.anchor != nil
                    : event.data.sequence_start.tag != nil || event.data.sequence_start.anchor != nil
                guard !tagged, depth < limits.maxDepth else { return .refused }
                depth += 1
                kind = isMapping ? .mappingStart : .sequenceStart
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                depth -= 1
                kind = event.type == YAML_MAPPING_END_EVENT ? .mappingEnd : .sequenceEnd
            case YAML_ALIAS_EVENT: return .refused
            default: return .more
            }
            if kind == .scalar || kind == .sequenceStart || kind == .mappingStart {
                nodes += 1
                if nodes > limits.maxNodes { return .refused }
            }
            // No index of the file's lines, which `TextPosition.point` needs only for a mark
            // past the end (see `YAMLEvent.line`).
            let scanned = YAMLEvent(
                kind: kind, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                bytes: bytes, style: style)
            return body(scanned) ? .more : .refused
        }

        /// Whether a double-quoted scalar holds a control character its escapes wrote (the
        /// tree builder's `refuseEscapedControl`): looked for only past a byte that could be one.
        static func holdsRefusedControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return false }
            return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: String.isRefusedControl)
        }
    }
}
