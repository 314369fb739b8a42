/// Number formatting that never depends on the locale, so output is the same bytes everywhere.
public enum NumberFormatting {
    /// One decimal place, rounded half away from zero: 2.25 → "2.3", 2 → "2.0".
    public static func oneDecimal(_ value: Double) -> String {
        fixed(value, places: 1)
    }

    /// A score to one decimal, or `missing` when there is none. (Also a way round Swift 6.3.1's
    /// optimizer, which crashes on some `score.map(oneDecimal) ?? "…"` in release builds.)
    public static func oneDecimal(_ value: Double?, or missing: String) -> String {
        guard let value else { return missing }
        return oneDecimal(value)
    }

    /// A whole number without decimals, others as written shortest: 3 → "3", 2.5 → "2.5".
    public static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        let shortest = "\(value)"
        // Never an exponent for small values ("1e-05"): the loaders accept plain decimals only.
        // Values too large for any scale keep Swift's form; they only appear in error messages.
        return shortest.contains("e") && abs(value) < 1 ? trimmed(value, places: 12) : shortest
    }

    /// At most `places` decimals, without trailing zeros: 1.7899999999999998 → "1.79", 3 → "3".
    public static func trimmed(_ value: Double, places: Int) -> String {
        var text = fixed(value, places: places)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// The value as reports print it, to one decimal, as a number: 1.46 → 1.5, 2.25 → 2.3.
    ///
    /// Bands, weak links and displayed changes are judged on this value, so a page never
    /// shows "1.5 Weak link" beside "Weak link: below 1.5", nor a change that is not the
    /// difference of the two scores printed beside it (docs/scoring.md).
    public static func reported(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 9e17 else { return value }
        let scaled = (abs(value) * 10 * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        let rounded = scaled / 10
        return value < 0 ? -rounded : rounded
    }

    /// A change between two scores as reports print it: the difference of the two printed
    /// values, signed ("+0.3", "-0.6", "0.0"), so the page's arithmetic adds up.
    public static func change(from before: Double, to after: Double) -> String {
        signed(printedDifference(from: before, to: after))
    }

    /// The difference of two scores as reports print them: what a printed change shows, and
    /// what "improved" and "slipped" are judged on.
    public static func printedDifference(from before: Double, to after: Double) -> Double {
        reported(after) - reported(before)
    }

    /// A value to one decimal with its sign: "+0.3", "-0.6", and "0.0" for no change.
    public static func signed(_ value: Double) -> String {
        let text = oneDecimal(value)
        if text == "0.0" || text == "-0.0" { return "0.0" }
        return value > 0 ? "+" + text : text
    }

    /// A fixed number of decimal places, rounded half away from zero.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        // Beyond what Int64 holds after scaling, fixed decimals mean nothing; never trap.
        guard abs(value) * scale < 9e18 else { return "\(value)" }
        // Nudge by a tiny relative amount so 2.25 (stored as 2.2499999...) rounds as people expect.
        let scaled = (abs(value) * scale * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled != 0
        let whole = Int64(scaled)
        var digits = String(whole)
        if places > 0 {
            while digits.count <= places { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (negative ? "-" : "") + digits
    }

    /// A size as a person reads it in a message: "900 bytes", "12 KiB", "1.5 MiB".
    public static func bytes(_ count: Int) -> String {
        if count >= 1024 * 1024 {
            let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
            return "\(tenths / 10).\(tenths % 10) MiB"
        }
        if count >= 1024 { return "\((count + 512) / 1024) KiB" }
        return "\(count) bytes"
    }
}
