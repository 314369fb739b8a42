// Codable is native-only: Embedded Swift (the wasm kernel, Scripts/build-wasm.sh) has no
// Codable, so the conformances live in this file, which the kernel's build leaves out.

extension Diagnostic.Severity: Codable {}

extension DiagnosticCode: Codable {}

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case severity, code, message, location, hint, length
    }

    /// Reads the value back from the keys `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(Severity.self, forKey: .severity),
            try container.decode(DiagnosticCode.self, forKey: .code),
            try container.decode(String.self, forKey: .message),
            at: try container.decodeIfPresent(FileLocation.self, forKey: .location),
            hint: try container.decodeIfPresent(String.self, forKey: .hint),
            length: try container.decodeIfPresent(Int.self, forKey: .length))
    }

    /// Writes each property under its own name; an absent optional is left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encodeIfPresent(hint, forKey: .hint)
        try container.encodeIfPresent(length, forKey: .length)
    }
}

extension FileLocation: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, sheet
    }

    /// Reads the value back from the keys `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file),
            line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column),
            sheet: try container.decodeIfPresent(String.self, forKey: .sheet))
    }

    /// Writes each property under its own name; an absent optional is left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(sheet, forKey: .sheet)
    }
}
