/// The bytes of one input and the name to report it by.
///
/// The core never opens files: the command line reads them and hands them over as this.
public struct InputFile: Sendable, Equatable {
    /// The name diagnostics print (the path the user typed, or a bundled workbook's id).
    public var name: String
    /// The raw bytes, exactly as read.
    public var bytes: [UInt8]

    /// Creates an input from bytes.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Creates an input from text.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text, if the bytes are valid UTF-8 (a byte order mark is dropped).
    public var text: String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return String(validating: body, as: UTF8.self)
    }
}
