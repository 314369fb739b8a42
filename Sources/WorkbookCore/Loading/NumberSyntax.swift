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
        while let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") {
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
        if lower == ".inf" || lower == "-.inf" || lower == "+.inf" || lower == ".nan" || lower == "inf" || lower == "nan" {
            return "a score must be a finite number on the scale"
        }
        if looksNumeric(text), lower.contains("e") { return "write the number in full, without an exponent" }
        if looksNumeric(text), text.contains(",") { return "use a point for decimals (2.5), not a comma" }
        if significantDigits(Array(text.utf8)[...]) > maxSignificantDigits {
            return "a number can have at most \(maxSignificantDigits) significant digits; write the level itself, for example 3"
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

/// Curly quotes (“ ” ‘ ’), which word processors put in place of the straight quotes YAML
/// uses: a value pasted from Word often carries them.
public enum TypographicQuotes {
    /// The curly quotes in `text`, in the order they first appear.
    public static func found(in text: String) -> [Character] {
        var found: [Character] = []
        for scalar in text.unicodeScalars where ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"].contains(scalar) {
            let character = Character(scalar)
            if !found.contains(character) { found.append(character) }
        }
        return found
    }

    /// A hint naming the curly quotes in `text`, or nil when it has none.
    public static func hint(for text: String) -> String? {
        let quotes = found(in: text)
        guard !quotes.isEmpty else { return nil }
        let names = quotes.map { "\($0)" }.joined(separator: " ")
        return "this has curly quotes (\(names)), as a word processor types them: YAML needs straight quotes (\" or '), or none"
    }
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
