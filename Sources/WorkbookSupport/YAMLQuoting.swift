/// Writes text as a YAML scalar that reads back as exactly the same text.
///
/// Plain when that is safe, double-quoted otherwise: words YAML 1.1 would read as booleans
/// or null (`Yes`, `off`, `~`), things that look like numbers (`1e3`, `0x1F`), and anything
/// with `: `, ` #`, a leading indicator or surrounding spaces are quoted.
public enum YAMLQuoting {
    private static let reserved: Set<String> = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", "na", "n/a", ".nan", ".inf", "-.inf", "+.inf",
        // PyYAML reads a plain `=` as its "value" tag and then fails to build it.
        "=",
    ]

    /// The scalar as it should be written after `key: `.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? doubleQuoted(text) : text
    }

    /// Whether `text` must be quoted to survive a round trip as text.
    public static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if reserved.contains(text.lowercased()) { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if containsQuoteTrigger(text) { return true }
        if text.unicodeScalars.contains(where: isEscaped) { return true }
        if looksNumeric(text) { return true }
        return false
    }

    /// Whether `: `, ` #` or a tab occurs: one pass over the bytes (String.contains of a string
    /// goes through the regex library, and `workbook import` asks this of every cell).
    private static func containsQuoteTrigger(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x09 || (previous == UInt8(ascii: ":") && byte == 0x20)
                || (previous == 0x20 && byte == UInt8(ascii: "#"))
            {
                return true
            }
            previous = byte
        }
        return false
    }

    /// `text` in double quotes, with `\`, `"` and control characters escaped.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isEscaped(scalar) {
                    // \x takes exactly two hex digits and \u four, so each is padded to its width.
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let width = scalar.value < 0x100 ? 2 : 4
                    out += (width == 2 ? "\\x" : "\\u") + String(repeating: "0", count: max(0, width - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Characters YAML does not allow raw in a plain scalar, or that a reader would take for
    /// a line break: C0 and C1 controls, DEL, NEL, the Unicode line and paragraph separators,
    /// the byte order mark and the non-characters U+FFFE and U+FFFF.
    package static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
    }

    /// Whether a YAML 1.1 or 1.2 reader might take the text for a number, date or time.
    private static func looksNumeric(_ text: String) -> Bool {
        let allowed = Set("0123456789+-._:eExXoObBaAcCdDfF".unicodeScalars)
        guard text.unicodeScalars.allSatisfy({ allowed.contains($0) }) else { return false }
        return text.unicodeScalars.contains { ("0"..."9").contains($0) } || text.hasPrefix(".")
    }
}
