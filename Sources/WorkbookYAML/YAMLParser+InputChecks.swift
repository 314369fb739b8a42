import WorkbookSupport
import WorkbookDiagnostics

extension YAMLParser {
    /// Checks that come before YAML: size, text encoding, and that the file is text at all.
    ///
    /// libyaml would also notice most of these, but only with a byte offset and a terse
    /// message; here each gets a line, a column and words a facilitator can act on.
    ///
    /// - Parameters:
    ///   - input: the file's bytes and name.
    ///   - limits: the size limit.
    ///   - firstControlCharacter: where the first control character is, if any (the tree's
    ///     reading finds it while indexing the lines; `scan` without them).
    ///   - position: the file's positions, made only for a diagnostic that needs one.
    /// - Returns: the first problem, or nil when the file may be read as YAML.
    static func checkInput(
        _ input: InputFile, limits: YAMLLimits, firstControlCharacter: Int?, position: () -> TextPosition
    ) -> Diagnostic? {
        let bytes = input.bytes
        let start = FileLocation(file: input.name, line: 1, column: 1)
        if bytes.count > limits.maxBytes { return tooLarge(input, limits: limits) }
        if let encoding = wideEncoding(bytes) {
            return .error(
                .yamlEncoding, "the file is saved as \(encoding); it must be UTF-8", at: start,
                hint: "in your editor, save the file with the encoding 'UTF-8'")
        }
        if let offset = firstControlCharacter {
            let what = bytes[offset] == 0 ? "a NUL byte" : "a control character (byte \(bytes[offset]))"
            return .error(
                .yamlBinary, "the file contains \(what): it is not a text file",
                at: position().location(ofByte: offset),
                hint: "save it as plain text (UTF-8) from your editor")
        }
        if let offset = firstInvalidUTF8(bytes) {
            return .error(
                .yamlEncoding,
                "the file is not valid UTF-8 text (byte \(hex(bytes[offset])) cannot start or continue a character)",
                at: position().location(ofByte: offset),
                hint:
                    "save the file with the encoding 'UTF-8' (files from older Windows programs are often 'Windows-1252')"
            )
        }
        return nil
    }

    /// The name of a UTF-16 or UTF-32 encoding the file is saved in, from its byte order mark
    /// or, without one, from where the zero bytes of its first (ASCII) characters fall.
    /// UTF-32's mark starts with UTF-16's, so it is looked for first.
    static func wideEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return "UTF-32"
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        guard bytes.count >= 4 else { return nil }
        let zero = bytes.prefix(4).map { $0 == 0 }
        switch (zero[0], zero[1], zero[2], zero[3]) {
        case (false, true, true, true), (true, true, true, false): return "UTF-32"
        case (false, true, false, true), (true, false, true, false): return "UTF-16"
        default: return nil
        }
    }

    /// The file is over the size limit.
    static func tooLarge(_ input: InputFile, limits: YAMLLimits) -> Diagnostic {
        .error(
            .yamlLimit,
            "the file is \(NumberFormatting.bytes(input.bytes.count)); the limit for one file is \(NumberFormatting.bytes(limits.maxBytes))",
            at: FileLocation(file: input.name, line: 1, column: 1),
            hint: "a workbook or response is a few kilobytes; check that this is the right file")
    }

    /// The byte offset of the first byte that is not part of a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        // Nearly every file is valid: the standard library's validation is fast, and the
        // scalar-by-scalar walk below runs only to find where a bad file goes wrong.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }
}
