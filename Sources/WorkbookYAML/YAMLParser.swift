public import WorkbookDiagnostics

internal import CLibYAML

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
        if let problem = checkInput(
            input, limits: limits, firstControlCharacter: position.firstControlCharacter, position: { position })
        {
            return YAMLParseResult(documents: [], diagnostics: [problem])
        }
        var builder = TreeBuilder(
            file: input.name, policy: policy, limits: limits, position: position, bytes: input.bytes.count)
        if !input.bytes.isEmpty {
            runLibYAML(on: input.bytes, into: &builder, position: position)
        }
        if !builder.hasDocuments, policy.rejectsEmpty, !builder.diagnostics.containsErrors {
            builder.diagnostics.append(
                .error(
                    .yamlEmpty, "the file is empty: it holds no YAML document",
                    at: FileLocation(file: input.name, line: 1, column: 1),
                    hint: "a workbook or response file starts with its keys, for example 'workbook: pots'"))
        }
        return YAMLParseResult(documents: builder.documents(), diagnostics: builder.diagnostics)
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
