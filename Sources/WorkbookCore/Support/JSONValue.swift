/// A JSON value with ordered object keys, and the one serializer every JSON output uses.
///
/// Written by hand rather than through `JSONEncoder` so that the contract holds exactly:
/// keys in the documented order, `null` for an unscored figure (never an absent key), numbers
/// at full precision, and the same bytes for the same input on every platform.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(l), .bool(r)): l == r
        case let (.number(l), .number(r)): l == r
        case let (.string(l), .string(r)): l == r
        case let (.array(l), .array(r)): l == r
        case let (.object(l), .object(r)): l.map(\.0) == r.map(\.0) && l.map(\.1) == r.map(\.1)
        default: false
        }
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
    public func serialized(escapingHTML: Bool = false) -> String {
        var out = ""
        write(to: &out, indent: 0, escapingHTML: escapingHTML)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int, escapingHTML: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += Self.format(value)
        case .string(let value): Self.writeString(value, to: &out, escapingHTML: escapingHTML)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                Self.writeIndent(indent + 1, to: &out)
                item.write(to: &out, indent: indent + 1, escapingHTML: escapingHTML)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            Self.writeIndent(indent, to: &out)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                Self.writeIndent(indent + 1, to: &out)
                Self.writeString(key, to: &out, escapingHTML: escapingHTML)
                out += ": "
                value.write(to: &out, indent: indent + 1, escapingHTML: escapingHTML)
                out += index < pairs.count - 1 ? ",\n" : "\n"
            }
            Self.writeIndent(indent, to: &out)
            out += "}"
        }
    }

    /// Whole numbers without a fraction (`3`), others at full round-trip precision.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func writeIndent(_ depth: Int, to out: inout String) {
        for _ in 0..<depth { out += "  " }
    }

    private static func writeString(_ text: String, to out: inout String, escapingHTML: Bool) {
        out += "\""
        // Most strings (ids, names, dates) need no escape: copy them whole.
        if !text.utf8.contains(where: { needsEscape($0, escapingHTML: escapingHTML) }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where escapingHTML: out += "\\u003c"
            case ">" where escapingHTML: out += "\\u003e"
            case "&" where escapingHTML: out += "\\u0026"
            case "\u{2028}", "\u{2029}": out += scalar == "\u{2028}" ? "\\u2028" : "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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
