/// The one number syntax workbook and response files accept: plain decimals.
///
/// YAML 1.1 would also read `0x1F`, `1_000`, `.inf` and `1e3` as numbers; on a rating scale
/// those are almost always typos, so they are refused with a hint rather than guessed at.
public enum NumberSyntax {
    /// The value of `text` if it is a plain decimal (`3`, `-1`, `+2`, `2.5`, `.5` is refused).
    public static func parse(_ text: String) -> Double? {
        if let whole = smallWholeNumber(text.utf8) { return whole }
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, isDigit(first) else { return nil }
        var seenDot = false
        var digitsAfterDot = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if seenDot { return nil }
                seenDot = true
            } else if isDigit(byte) {
                if seenDot { digitsAfterDot += 1 }
            } else {
                return nil
            }
        }
        if seenDot, digitsAfterDot == 0 { return nil }
        guard bytes.count <= 40, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Why a text is not a number, when we can tell.
    public static func hint(for text: String) -> String {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
            return "write the number in decimal, for example 3"
        }
        if text.contains("_") { return "write the number without '_' separators" }
        if lower.contains("inf") || lower.contains("nan") { return "a score must be a finite number on the scale" }
        if lower.contains("e"), text.contains(where: \.isNumber) { return "write the number in full, without an exponent" }
        if text.contains(",") { return "use a point for decimals (2.5), not a comma" }
        return "write a plain number such as 3 or 2.5"
    }

    /// A rating is nearly always one or two digits: read those without going through `strtod`.
    private static func smallWholeNumber(_ utf8: String.UTF8View) -> Double? {
        guard !utf8.isEmpty, utf8.count <= 4 else { return nil }
        var value = 0
        for byte in utf8 {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return Double(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// The rules for ids of workbooks, groups, elements, questions, bands and rules.
public enum Identifier {
    /// Whether `text` is lowercase ASCII letters, digits and '-', starting with a letter,
    /// not ending with '-', at most 64 characters.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 64 else { return false }
        guard (0x61...0x7A).contains(first), last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// A valid id close to `text` (lowercased, spaces and '_' to '-'), if that makes one.
    public static func suggestion(for text: String) -> String? {
        let mapped = String(text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
        return isValid(mapped) ? mapped : nil
    }
}
