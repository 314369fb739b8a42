import WorkbookSupport

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
        // Up to 15 significant digits every decimal has a Double of its own; past that two
        // different numbers (3 and 3.0000000000000001) can read as one, and a rating would
        // round onto the scale instead of being read exactly as written.
        guard significantDigits(bytes) <= maxSignificantDigits else { return nil }
        guard bytes.count <= 40, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Whether a text is meant as a number: it starts with a digit, or a sign or point
    /// before one ("18", "-1", "2,5", "1e3"), as against words ("18 people" starts so too,
    /// and is a number written wrongly).
    public static func looksNumeric(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        {
            bytes = bytes.dropFirst()
        }
        guard let first = bytes.first, isDigit(first) else { return false }
        return !text.contains(" ")
    }

    /// The most significant digits a number may have.
    public static let maxSignificantDigits = 15

    /// The digits of a plain decimal without its leading zeros and the trailing zeros of its
    /// fraction (`007.500` has 2).
    static func significantDigits(_ bytes: ArraySlice<UInt8>) -> Int {
        let digits = bytes.filter(isDigit)
        let dot = bytes.firstIndex(of: UInt8(ascii: "."))
        var end = digits.count
        if dot != nil { while end > 0, digits[end - 1] == UInt8(ascii: "0") { end -= 1 } }
        var start = 0
        while start < end, digits[start] == UInt8(ascii: "0") { start += 1 }
        return end - start
    }

    /// Why a text is not a number, when we can tell.
    public static func hint(for text: String) -> String {
        let lower = text.lowercased()
        if let quotes = TypographicQuotes.hint(for: text) { return quotes }
        if let digit = numberWords[String(lower.filter { $0 != " " })] {
            return "write the rating as a number: \(digit)"
        }
        if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
            return "write the number in decimal, for example 3"
        }
        if text.contains("_") { return "write the number without '_' separators" }
        if lower == ".inf" || lower == "-.inf" || lower == "+.inf" || lower == ".nan" || lower == "inf"
            || lower == "nan"
        {
            return "a score must be a finite number on the scale"
        }
        if looksNumeric(text), lower.contains("e") { return "write the number in full, without an exponent" }
        if looksNumeric(text), text.contains(",") { return "use a point for decimals (2.5), not a comma" }
        if significantDigits(Array(text.utf8)[...]) > maxSignificantDigits {
            return
                "a number can have at most \(maxSignificantDigits) significant digits; write the level itself, for example 3"
        }
        return "write a plain number such as 3 or 2.5"
    }

    /// Numbers people type as words on a rating line.
    private static let numberWords: [String: Int] = [
        "zero": 0, "none": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10,
    ]

    /// A rating is nearly always one or two digits: read those without going through `strtod`.
    static func smallWholeNumber<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Double? {
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
