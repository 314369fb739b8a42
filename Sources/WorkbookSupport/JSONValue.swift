/// A JSON value with ordered object keys, and the one serializer every JSON output uses.
///
/// Written by hand rather than through `JSONEncoder` so that the contract holds exactly:
/// keys in the documented order, `null` for an unscored figure (never an absent key), numbers
/// at full precision, and the same bytes for the same input on every platform.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// An array whose items are made only as they are written: `count` of them, item `i`
    /// being `item(i)`. A report of a hundred thousand areas is then never held whole, and
    /// its items are made on every core (see `parallelItems`). It equals the `.array` of the
    /// same items.
    case generated(count: Int, item: @Sendable (Int) -> JSONValue)
    case object([(String, JSONValue)])

    /// Whether two values are the same JSON: a generated array equals the plain array of its
    /// items, and an object's keys and values are compared in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.materialized, rhs.materialized) {
        case (.null, .null): true
        case let (.bool(l), .bool(r)): l == r
        case let (.number(l), .number(r)): l == r
        case let (.string(l), .string(r)): l == r
        case let (.array(l), .array(r)): l == r
        case let (.object(l), .object(r)): l.map({ $0.0 }) == r.map({ $0.0 }) && l.map({ $0.1 }) == r.map({ $0.1 })
        default: false
        }
    }

    /// A generated array as a plain one (for comparing); any other value as it is.
    private var materialized: JSONValue {
        if case .generated(let count, let item) = self { return .array((0..<count).map(item)) }
        return self
    }

    /// A number, or `null` when absent.
    public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    /// A string, or `null` when absent.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// A whole number.
    public static func integer(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// The value as text: two-space indentation, one key per line, a final newline.
    ///
    /// - Parameter escapingHTML: write `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so
    ///   the JSON can sit inside an HTML `<script>` block without closing it.
    /// - Returns: the JSON text, ending with a newline.
    public func serialized(escapingHTML: Bool = false) -> String {
        var out = JSONBytes(escapingHTML: escapingHTML)
        write(to: &out, indent: 0)
        out.append("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The same bytes as `serialized`, handed to `sink` in pieces as they are made: the JSON
    /// of a comparison of 100,000 areas is never held whole.
    public func write(to sink: ByteSink, escapingHTML: Bool = false) {
        var out = JSONBytes(escapingHTML: escapingHTML, sink: sink)
        write(to: &out, indent: 0)
        out.append("\n")
        out.flush()
    }

    /// Written into bytes, not a `String`: appending to a byte array is several times cheaper,
    /// and `compare` writes the JSON of tens of thousands of areas on one thread.
    struct JSONBytes {
        var bytes: [UInt8] = []
        let escapingHTML: Bool
        /// Where full buffers go, when the JSON is streamed.
        let sink: ByteSink?

        /// A streamed buffer is handed on once it holds this much.
        static let flushBytes = 1 << 16

        init(escapingHTML: Bool, sink: ByteSink? = nil) {
            self.escapingHTML = escapingHTML
            self.sink = sink
            bytes.reserveCapacity(sink == nil ? 4096 : Self.flushBytes + 4096)
        }

        /// Hands the bytes so far to the sink, when there is one and the buffer is full.
        mutating func flushIfFull() {
            if bytes.count >= Self.flushBytes { flush() }
        }

        /// Hands the bytes so far to the sink, when there is one.
        mutating func flush() {
            guard let sink, !bytes.isEmpty else { return }
            sink.write(bytes)
            bytes.removeAll(keepingCapacity: true)
        }

        mutating func append(contentsOf text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        mutating func append(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// The decimal digits of `value`, as `String(value)` writes them.
        mutating func append(integer value: Int64) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            var digits: (UInt64, UInt64) = (0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[15 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                bytes.append(contentsOf: buffer[(16 - count)...])
            }
        }

        private static let spaces = [UInt8](repeating: 0x20, count: 128)

        mutating func indent(_ depth: Int) {
            let count = 2 * depth
            if count <= Self.spaces.count {
                bytes.append(contentsOf: Self.spaces[..<count])
            } else {
                bytes.append(contentsOf: repeatElement(0x20, count: count))
            }
        }
    }

    private func write(to out: inout JSONBytes, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): value ? out.append("true") : out.append("false")
        case .number(let value):
            // Whole numbers (ranks, counts, levels) as digits, with no string made for them.
            if let whole = Self.whole(value) {
                out.append(integer: whole)
            } else {
                out.append(contentsOf: Self.format(value))
            }
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            Self.writeArray(count: items.count, to: &out, indent: indent) { items[$0] }
        case .generated(let count, let item):
            Self.writeArray(count: count, to: &out, indent: indent, item: item)
        case .object(let pairs):
            if pairs.isEmpty {
                out.append("{}")
                return
            }
            out.append("{\n")
            for (index, (key, value)) in pairs.enumerated() {
                out.indent(indent + 1)
                Self.writeString(key, to: &out)
                out.append(": ")
                value.write(to: &out, indent: indent + 1)
                index < pairs.count - 1 ? out.append(",\n") : out.append("\n")
            }
            out.indent(indent)
            out.append("}")
        }
    }

    /// From this many items an array is written by `writeLarge`: on every core in the native
    /// build, in order in the wasm kernel, which has one thread (`JSONValue+Parallel.swift`,
    /// through `Parallel.map`). The bytes are the same.
    static let parallelItems = 1024

    private static func writeArray(
        count: Int, to out: inout JSONBytes, indent: Int, item: @Sendable (Int) -> JSONValue
    ) {
        if count == 0 {
            out.append("[]")
            return
        }
        out.append("[\n")
        if count >= parallelItems {
            writeLarge(count: count, to: &out, indent: indent + 1, item: item)
        } else {
            write(0..<count, to: &out, indent: indent + 1, last: count - 1, item: item)
        }
        out.indent(indent)
        out.append("]")
    }

    /// Array items, one per line, each followed by a comma but the one at `last`.
    static func write(
        _ indices: Range<Int>, to out: inout JSONBytes, indent: Int, last: Int, item: (Int) -> JSONValue
    ) {
        for index in indices {
            out.indent(indent)
            item(index).write(to: &out, indent: indent)
            index < last ? out.append(",\n") : out.append("\n")
            out.flushIfFull()
        }
    }

    /// Whole numbers without a fraction (`3`), others at full round-trip precision.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if let whole = whole(value) { return String(whole) }
        return value.description
    }

    /// The number as an integer when it is written as one: whole, and below 10^15.
    private static func whole(_ value: Double) -> Int64? {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? Int64(value) : nil
    }

    private static func writeString(_ text: String, to out: inout JSONBytes) {
        let escapingHTML = out.escapingHTML
        out.append("\"")
        // Most strings (ids, names, dates) need no escape: copy them whole, looked at as one
        // buffer of bytes (through the string's UTF-8 view it took a thousand instructions
        // each, and `compare` writes tens of thousands of them).
        // (Read in place: a `var` copy of the string, to call `withUTF8`, retains it.)
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            if bytes.contains(where: { needsEscape($0, escapingHTML: escapingHTML) }) { return false }
            out.bytes.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "<" where escapingHTML: out.append("\\u003c")
            case ">" where escapingHTML: out.append("\\u003e")
            case "&" where escapingHTML: out.append("\\u0026")
            case "\u{2028}": out.append("\\u2028")
            case "\u{2029}": out.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: "\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.append(contentsOf: String(Character(scalar)))
                }
            }
        }
        out.append("\"")
    }

    /// Whether a UTF-8 byte may start something the loop above escapes (0xE2 starts U+2028
    /// and U+2029, and other characters, which the loop copies as they are).
    private static func needsEscape(_ byte: UInt8, escapingHTML: Bool) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2: true
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): escapingHTML
        default: false
        }
    }
}
