/// Reading JSON text back into a `JSONValue`: what the wasm kernel uses to take the workbook
/// and the response from the page (`ModelJSON`), where there is no libyaml and no Foundation.
///
/// Strict RFC 8259: one value, no comments, no trailing commas, numbers in JSON's own syntax.
/// Numbers become `Double` through the standard library (correctly rounded, so a number that
/// `serialized()` wrote reads back as the same bits). Nesting is limited to `maxDepth`.
extension JSONValue {
    /// Why a text is not JSON: what was wrong and the byte offset where.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// The byte offset (from 0) at which it was found.
        public var offset: Int

        /// What is wrong, and where.
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// Deeper nesting is refused rather than risking the stack.
    public static let maxDepth = 64

    /// Parses UTF-8 JSON text.
    public static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.offset == bytes.count else { throw parser.failure("text after the JSON value") }
        return value
    }

    /// Parses JSON text.
    public static func parse(_ text: String) throws(ParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// The reader behind `JSONValue.parse`, one pass over the bytes.
private struct JSONParser {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func failure(_ message: String) -> JSONValue.ParseError {
        JSONValue.ParseError(message: message, offset: offset)
    }

    mutating func skipSpace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    mutating func value(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth < JSONValue.maxDepth else { throw failure("nesting deeper than \(JSONValue.maxDepth)") }
        guard offset < bytes.count else { throw failure("a value was expected") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONValue.ParseError) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw failure("a value was expected") }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] {
            throw failure("a value was expected")
        }
        offset += count
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONValue.ParseError) {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == byte else { throw failure("\(what) was expected") }
        offset += 1
    }

    private mutating func object(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        offset += 1
        var pairs: [(String, JSONValue)] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(pairs)
        }
        while true {
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw failure("a key was expected") }
            let key = try string()
            try expect(UInt8(ascii: ":"), "':'")
            skipSpace()
            pairs.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard offset < bytes.count else { throw failure("',' or '}' was expected") }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(pairs)
            }
            try expect(UInt8(ascii: ","), "',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        offset += 1
        var items: [JSONValue] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard offset < bytes.count else { throw failure("',' or ']' was expected") }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(items)
            }
            try expect(UInt8(ascii: ","), "',' or ']'")
        }
    }

    private mutating func string() throws(JSONValue.ParseError) -> String {
        offset += 1
        let start = offset
        // Most strings have no escape: take their bytes whole.
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
            guard bytes[offset] >= 0x20 else { throw failure("a control character in a string") }
            offset += 1
        }
        guard offset < bytes.count else { throw failure("an unclosed string") }
        var utf8 = Array(bytes[start..<offset])
        while bytes[offset] != UInt8(ascii: "\"") {
            if bytes[offset] == UInt8(ascii: "\\") {
                offset += 1
                guard offset < bytes.count else { throw failure("an unclosed string") }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: throw failure("an unknown escape in a string")
                }
            } else {
                guard bytes[offset] >= 0x20 else { throw failure("a control character in a string") }
                utf8.append(bytes[offset])
                offset += 1
            }
            guard offset < bytes.count else { throw failure("an unclosed string") }
        }
        offset += 1
        guard let text = String(validating: utf8, as: UTF8.self) else { throw failure("a string that is not UTF-8") }
        return text
    }

    /// `\uXXXX` (after the `\u`), a surrogate pair included, as UTF-8.
    private mutating func unicodeEscape() throws(JSONValue.ParseError) -> [UInt8] {
        var value = try hex4()
        if (0xD800..<0xDC00).contains(value) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else { throw failure("a lone surrogate in a string") }
            offset += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate in a string") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(value) {
            throw failure("a lone surrogate in a string")
        }
        guard let scalar = Unicode.Scalar(value) else { throw failure("an escape that is not a character") }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws(JSONValue.ParseError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw failure("four hex digits were expected") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("four hex digits were expected")
            }
            value = value * 16 + UInt32(digit)
            offset += 1
        }
        return value
    }

    /// A number in JSON's syntax: `-`? digits (no leading zero) (`.` digits)? (`e` sign? digits)?
    private mutating func number() throws(JSONValue.ParseError) -> Double {
        let start = offset
        func digits(_ parser: inout JSONParser) -> Int {
            let first = parser.offset
            while parser.offset < parser.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.offset])
            {
                parser.offset += 1
            }
            return parser.offset - first
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        let integerDigits = digits(&self)
        guard integerDigits > 0 else {
            offset = start
            throw failure("a value was expected")
        }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw failure("a number with a leading zero") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { throw failure("digits after '.' were expected") }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard digits(&self) > 0 else { throw failure("digits in the exponent were expected") }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            offset = start
            throw failure("a number out of range")
        }
        return value
    }
}
