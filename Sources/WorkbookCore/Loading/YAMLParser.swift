internal import CLibYAML

/// What parsing a YAML stream gives: its documents and everything found wrong.
public struct YAMLParseResult: Sendable {
    /// The documents, in order (under `.strict`, at most one).
    public var documents: [YAMLNode]
    /// Problems, in the order found.
    public var diagnostics: [Diagnostic]
}

/// Reads YAML through libyaml's event parser into `YAMLNode` trees with exact positions.
///
/// This is the only code that talks to libyaml. It converts libyaml's 0-based marks to
/// 1-based locations once (see `TextPosition`), rewrites libyaml's terse errors into
/// messages a facilitator can act on, and enforces `YAMLLimits` and `YAMLPolicy`.
public enum YAMLParser {
    /// Parses a whole stream.
    ///
    /// - Parameters:
    ///   - input: the bytes and the name to report them by.
    ///   - policy: what beyond YAML itself is refused (`.strict` for workbook files).
    ///   - limits: bounds on size, depth and node count.
    /// - Returns: the documents read and the diagnostics; when any diagnostic is an error,
    ///   the documents may be partial and should not be used.
    public static func parse(
        _ input: InputFile, policy: YAMLPolicy = .strict, limits: YAMLLimits = .standard
    ) -> YAMLParseResult {
        // The size limit comes before anything reads the whole file, even to index its lines.
        if input.bytes.count > limits.maxBytes {
            return YAMLParseResult(documents: [], diagnostics: [tooLarge(input, limits: limits)])
        }
        let position = TextPosition(file: input.name, bytes: input.bytes)
        if let problem = checkInput(input, limits: limits, position: position) {
            return YAMLParseResult(documents: [], diagnostics: [problem])
        }
        var builder = TreeBuilder(file: input.name, policy: policy, limits: limits, position: position)
        if !input.bytes.isEmpty {
            runLibYAML(on: input.bytes, into: &builder, position: position)
        }
        if builder.documents.isEmpty, policy.rejectsEmpty, !builder.diagnostics.containsErrors {
            builder.diagnostics.append(
                .error(
                    .yamlEmpty, "the file is empty: it holds no YAML document",
                    at: SourceLocation(file: input.name, line: 1, column: 1),
                    hint: "a workbook or response file starts with its keys, for example 'workbook: pots'"))
        }
        return YAMLParseResult(documents: builder.documents, diagnostics: builder.diagnostics)
    }

    /// Parses a file that must hold exactly one document, under the strict policy.
    ///
    /// - Returns: the document's root node (nil when the file has errors) and the diagnostics.
    public static func parseDocument(
        _ input: InputFile, limits: YAMLLimits = .standard
    ) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let result = parse(input, policy: .strict, limits: limits)
        if result.diagnostics.containsErrors { return (nil, result.diagnostics) }
        return (result.documents.first, result.diagnostics)
    }

    private static func runLibYAML(on bytes: [UInt8], into builder: inout TreeBuilder, position: TextPosition) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            builder.diagnostics.append(
                .error(.yamlSyntax, "the YAML parser could not start (out of memory)", at: nil))
            return
        }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            // The encoding is left to libyaml to detect (checkInput has refused anything but
            // UTF-8): forcing it leaves a byte order mark in the text, where it hides '---'
            // and '...' at the start of line 1.
            var event = yaml_event_t()
            while !builder.isFinished {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    builder.diagnostics.append(libYAMLError(parser, position: position))
                    return
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                builder.handle(event)
            }
        }
    }
}

// MARK: - Building trees from events

/// A stack machine that turns libyaml's events into nodes. Iterative, so a deeply nested
/// file cannot exhaust the call stack; the depth limit stops it long before memory could.
private struct TreeBuilder {
    /// An open sequence or mapping. A struct mutated in place on the stack, so appending
    /// to its items never copies them (an enum payload would be copied on every append).
    struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        var seen: [String: SourceLocation] = [:]
        var location: SourceLocation
        var anchor: String?
        var firstNode: Int
    }

    let file: String
    let policy: YAMLPolicy
    let limits: YAMLLimits
    let position: TextPosition
    var documents: [YAMLNode] = []
    var diagnostics: [Diagnostic] = []
    var isFinished = false
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var nodeCount = 0
    private var documentCount = 0
    private var root: YAMLNode?
    /// Refused anchors and aliases are reported once each per file, not at every use.
    private var reportedAnchor = false
    private var reportedAlias = false

    init(file: String, policy: YAMLPolicy, limits: YAMLLimits, position: TextPosition) {
        self.file = file
        self.policy = policy
        self.limits = limits
        self.position = position
    }

    mutating func handle(_ event: yaml_event_t) {
        let location = position.location(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1, !policy.allowsMultipleDocuments {
                fail(
                    .yamlMultipleDocuments,
                    "a second YAML document starts here; a workbook or response file holds exactly one",
                    at: location, hint: "remove the '---' line, or split the file in two")
                return
            }
            anchors = [:]
            nodeCount = 0
            root = nil
        case YAML_DOCUMENT_END_EVENT:
            if let root { documents.append(root) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let length = Int(data.length)
            if length > limits.maxScalarBytes {
                fail(
                    .yamlLimit,
                    "this value is \(YAMLParser.formatBytes(length)) long; the limit for one value is \(YAMLParser.formatBytes(limits.maxScalarBytes))",
                    at: location, hint: "shorten it, or keep long documents outside the response and refer to them")
                return
            }
            let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
            let tag = data.tag.map { String(cString: $0) }
            let style = Self.style(data.style)
            var source: String?
            if style == .doubleQuoted, text.unicodeScalars.count + 2 != Int(event.end_mark.column) - Int(event.start_mark.column) {
                // Escapes make the written form longer than the text: keep it to map positions.
                source = position.source(
                    line: Int(event.start_mark.line), from: Int(event.start_mark.column), to: Int(event.end_mark.column),
                    endLine: Int(event.end_mark.line))
            }
            let scalar = YAMLNode.Scalar(text: text, style: style, tag: tag, source: source)
            let anchor = data.anchor.map { String(cString: $0) }
            guard countNodes(1, at: location) else { return }
            complete(YAMLNode(.scalar(scalar), at: location), anchor: anchor, subtreeCount: 1)
        case YAML_SEQUENCE_START_EVENT:
            guard push(at: location) else { return }
            let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            stack.append(Frame(isMapping: false, location: location, anchor: anchor, firstNode: nodeCount))
        case YAML_MAPPING_START_EVENT:
            guard push(at: location) else { return }
            let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            stack.append(Frame(isMapping: true, location: location, anchor: anchor, firstNode: nodeCount))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            complete(YAMLNode(content, at: frame.location), anchor: frame.anchor, subtreeCount: nodeCount - frame.firstNode)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            alias(named: name, at: location)
        default:
            break
        }
    }

    private mutating func alias(named name: String, at location: SourceLocation) {
        guard policy.allowsAliases else {
            if !reportedAlias {
                reportedAlias = true
                diagnostics.append(
                    .error(
                        .yamlAlias, "aliases ('*\(name)') are not allowed in workbook and response files",
                        at: location, hint: "write the value out in full where it is needed"))
            }
            complete(YAMLNode(.scalar(.init(text: "")), at: location), anchor: nil, subtreeCount: 1)
            return
        }
        guard let target = anchors[name] else {
            fail(.yamlUnknownAlias, "the alias '*\(name)' refers to no anchor '&\(name)' defined before it", at: location)
            return
        }
        guard countNodes(target.count, at: location) else { return }
        complete(target.node, anchor: nil, subtreeCount: target.count)
    }

    /// Adds a finished node to the collection it belongs to, or makes it the document root.
    private mutating func complete(_ node: consuming YAMLNode, anchor: String?, subtreeCount: Int) {
        if let anchor {
            if policy.allowsAliases {
                anchors[anchor] = (node, subtreeCount)
            } else if !reportedAnchor {
                reportedAnchor = true
                diagnostics.append(
                    .error(
                        .yamlAlias, "anchors ('&\(anchor)') are not allowed in workbook and response files",
                        at: node.location, hint: "remove '&\(anchor)' and write the value out wherever it is needed"))
            }
        }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        if policy.rejectsDuplicateKeys, let text = key.text, let first = earlierKey(text, in: stack[top]) {
            diagnostics.append(
                .error(
                    .yamlDuplicateKey, "the key '\(text)' is written twice in this mapping", at: key.location,
                    hint: "it was first written at line \(first.line), column \(first.column); keep one of them"))
            return
        }
        if policy.rejectsDuplicateKeys, stack[top].pairs.count >= Self.scannedKeys, let text = key.text {
            if stack[top].seen.isEmpty {
                for pair in stack[top].pairs { if let earlier = pair.key.text { stack[top].seen[earlier] = pair.key.location } }
            }
            stack[top].seen[text] = key.location
        }
        stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
    }

    /// Small mappings are searched by a scan; larger ones keep an index of their keys.
    static let scannedKeys = 16

    private func earlierKey(_ text: String, in frame: Frame) -> SourceLocation? {
        if frame.pairs.count > Self.scannedKeys { return frame.seen[text] }
        return frame.pairs.first { $0.key.text == text }?.key.location
    }

    private mutating func push(at location: SourceLocation) -> Bool {
        guard countNodes(1, at: location) else { return false }
        if stack.count >= limits.maxDepth {
            fail(
                .yamlLimit, "lists and mappings are nested more than \(limits.maxDepth) deep here (the nesting limit)",
                at: location, hint: "a workbook needs only a few levels; check the indentation")
            return false
        }
        return true
    }

    private mutating func countNodes(_ count: Int, at location: SourceLocation) -> Bool {
        nodeCount += count
        if nodeCount > limits.maxNodes {
            fail(
                .yamlLimit, "the document has more than \(limits.maxNodes) values (the node limit)", at: location,
                hint: policy.allowsAliases ? "aliases that expand to many copies count every copy" : nil)
            return false
        }
        return true
    }

    private mutating func fail(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.error(code, message, at: location, hint: hint))
        isFinished = true
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
