/// A small, strict XML reader for the parts of Office files: elements, attributes and text.
///
/// Office parts never need a DTD, so one is refused outright, with its entities: nothing is
/// expanded and nothing is fetched ("billion laughs" and external entities cannot start).
/// Only the five predefined entities and character references are decoded. Namespace prefixes
/// are dropped (`x:c` is read as `c`), because writers choose their own prefixes.
struct XMLScanner {
    /// One step through the document.
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    /// Why a part could not be read.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case doctype
        case malformed(String)
        case tooDeep(Int)

        var description: String {
            switch self {
            case .doctype: "it declares a DTD (<!DOCTYPE>), which Office files never do; DTDs and entities are refused"
            case .malformed(let why): "its XML is malformed: \(why)"
            case .tooDeep(let limit): "its XML is nested more than \(limit) deep"
            }
        }
    }

    /// How deep elements may nest (a sheet is five deep; a document a dozen or so).
    static let maxDepth = 256

    private let bytes: [UInt8]
    private var at = 0
    private var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(Failure) -> Event? {
        while at < bytes.count {
            if bytes[at] != UInt8(ascii: "<") {
                let start = at
                while at < bytes.count, bytes[at] != UInt8(ascii: "<") { at += 1 }
                return .text(try decode(bytes[start..<at]))
            }
            if starts("<?") {
                try skip(past: "?>")
            } else if starts("<!--") {
                try skip(past: "-->")
            } else if starts("<![CDATA[") {
                let start = at + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<at - 3], as: UTF8.self))
            } else if starts("<!") {
                throw .doctype
            } else if starts("</") {
                at += 2
                let name = readName()
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else {
                    throw .malformed("an end tag is not closed")
                }
                at += 1
                depth -= 1
                return .end(name: name)
            } else {
                return try startTag()
            }
        }
        return nil
    }

    private mutating func startTag() throws(Failure) -> Event {
        at += 1
        let name = readName()
        guard !name.isEmpty else { throw .malformed("a '<' does not start a tag") }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard at < bytes.count else { throw .malformed("a tag is not closed") }
            if bytes[at] == UInt8(ascii: ">") {
                at += 1
                depth += 1
                if depth > Self.maxDepth { throw .tooDeep(Self.maxDepth) }
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            if starts("/>") {
                at += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let key = readName()
            skipSpace()
            guard !key.isEmpty, at < bytes.count, bytes[at] == UInt8(ascii: "=") else {
                throw .malformed("an attribute has no value")
            }
            at += 1
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") else {
                throw .malformed("an attribute's value is not quoted")
            }
            let quote = bytes[at]
            at += 1
            let start = at
            while at < bytes.count, bytes[at] != quote { at += 1 }
            guard at < bytes.count else { throw .malformed("an attribute's value is not closed") }
            attributes[key] = try decode(bytes[start..<at])
            at += 1
        }
    }

    /// A name without its namespace prefix.
    private mutating func readName() -> String {
        let start = at
        var local = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte <= 0x20 {
                break
            }
            at += 1
            if byte == UInt8(ascii: ":") { local = at }
        }
        // `xmlns:x` keeps its prefix so that it is not taken for an attribute named `x`.
        if local > start, bytes[start..<local].elementsEqual("xmlns:".utf8) { local = start }
        return String(decoding: bytes[local..<at], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] <= 0x20 { at += 1 }
    }

    private func starts(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { bytes[at..<at + count].elementsEqual($0) }
    }

    private mutating func skip(past literal: StaticString) throws(Failure) {
        while at < bytes.count {
            if starts(literal) {
                at += literal.utf8CodeUnitCount
                return
            }
            at += 1
        }
        throw .malformed("a comment or declaration is not closed")
    }

    /// Text with its entity and character references decoded.
    private func decode(_ raw: ArraySlice<UInt8>) throws(Failure) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw .malformed("an '&' is not a reference")
            }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                let digits = entity.dropFirst(hex ? 2 : 1)
                guard entity.hasPrefix("#"), let value = UInt32(digits, radix: hex ? 16 : 10),
                    let scalar = Unicode.Scalar(value)
                else {
                    throw .malformed(
                        "'&\(entity);' is not one of XML's own entities (others need a DTD, which is refused)")
                }
                out += Array(String(Character(scalar)).utf8)
            }
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
