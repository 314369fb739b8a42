internal import CLibYAML

extension YAMLParser {
    /// Whether libyaml itself, with none of our checks, limits or policy, reads the bytes
    /// as a valid YAML stream.
    ///
    /// The conformance tests compare `parse(_:policy: .general)` with this: our verdict must
    /// be libyaml's, except where our input checks are deliberately stricter (control
    /// characters, invalid UTF-8, UTF-16). libyaml detects the encoding itself here, as any
    /// program using it with its defaults would.
    ///
    /// - Parameter bytes: a whole YAML stream.
    /// - Returns: true when libyaml pulls every event up to the end of the stream without an error.
    static func libYAMLAccepts(_ bytes: [UInt8]) -> Bool {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return false }
        defer { yaml_parser_delete(&parser) }
        // libyaml reads no input from a zero-length buffer, but needs a valid pointer.
        let input = bytes.isEmpty ? [0] : bytes
        return input.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return false }
                let type = event.type
                yaml_event_delete(&event)
                if type == YAML_STREAM_END_EVENT { return true }
            }
        }
    }
}
