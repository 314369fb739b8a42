/// Puts one area's rounds in the order they happened, so change and targets are measured
/// against the round that really came before.
///
/// A round's place is its `date`; a round without one is placed by its `period` when that
/// reads as a time (`2024/25` and `2024-25` are the financial year from April 2024, `2025` the
/// calendar year, `Q3 2025` the quarter from July, `2025-11` the month). A round with neither is
/// refused with its file named, never put first by default. docs/compare.md says the same.
public enum RoundOrder {
    /// Rounds in order, and what the order rests on.
    public struct Ordered: Sendable, Equatable {
        /// The rounds, oldest first.
        public var rounds: [AreaSummary]
        /// The periods of the rounds that had no date and were placed by their period, in order.
        public var placedByPeriod: [String]
    }

    /// Rounds whose place cannot be known: no date, and a period that does not read as a time.
    public struct Unknown: Error, Sendable, Equatable {
        /// Their files, in the order given.
        public var files: [String]
        /// Their periods, parallel to `files`.
        public var periods: [String]
    }

    /// The rounds oldest first, or the rounds that cannot be placed.
    public static func order(_ rounds: [AreaSummary]) -> Result<Ordered, Unknown> {
        var keyed: [(key: Int, round: AreaSummary)] = []
        var unknown = Unknown(files: [], periods: [])
        for round in rounds {
            if let key = round.date.flatMap(dayKey) ?? periodKey(round.period) {
                keyed.append((key, round))
            } else {
                unknown.files.append(round.file)
                unknown.periods.append(round.period)
            }
        }
        guard unknown.files.isEmpty else { return .failure(unknown) }
        let sorted =
            keyed.sorted { lhs, rhs in
                if lhs.key != rhs.key { return lhs.key < rhs.key }
                return (lhs.round.date ?? "", lhs.round.period, lhs.round.file) < (
                    rhs.round.date ?? "", rhs.round.period, rhs.round.file
                )
            }
            .map({ $0.round })
        return .success(Ordered(rounds: sorted, placedByPeriod: sorted.filter { $0.date == nil }.map({ $0.period })))
    }

    /// Whether `earlier` happened before `later`, when both can be placed (nil when either cannot).
    public static func isBefore(
        date earlier: String?, period earlierPeriod: String, date later: String?, period laterPeriod: String
    ) -> Bool? {
        guard let first = earlier.flatMap(dayKey) ?? periodKey(earlierPeriod),
            let second = later.flatMap(dayKey) ?? periodKey(laterPeriod)
        else { return nil }
        return first < second
    }

    /// A `YYYY-MM-DD` date as days on one scale with `periodKey` (months × 31 + day).
    static func dayKey(_ date: String) -> Int? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        return (year * 12 + month - 1) * 31 + day - 1
    }

    /// Where a period starts, on the scale of `dayKey`, or nil when it does not read as a time.
    public static func periodKey(_ period: String) -> Int? {
        var text = String(period.uppercased().filter { $0 != " " })
        if text.hasPrefix("FY") { text.removeFirst(2) }
        if let year = fourDigits(text) { return start(year, month: 1) }  // 2025
        if let quarter = quarterKey(text) { return quarter }  // Q3 2025, 2025-Q3
        // 2024/25, 2024-25, 2024/2025, 2024-2025 (a financial year from April); 2025-11 (a month)
        for separator: Character in ["/", "-", "\u{2013}"] {
            let pieces = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard pieces.count == 2, let year = fourDigits(pieces[0]), let second = Int(pieces[1]) else { continue }
            let nextYear =
                (pieces[1].count == 2 && second == (year + 1) % 100) || (pieces[1].count == 4 && second == year + 1)
            if nextYear { return start(year, month: 4) }
            if separator == "-", pieces[1].count == 2, (1...12).contains(second) { return start(year, month: second) }
        }
        return nil
    }

    /// `Q3YYYY`, `Q3-YYYY`, `Q3/YYYY`, `YYYYQ3`, `YYYY-Q3`, `YYYY/Q3` (spaces already removed).
    private static func quarterKey(_ text: String) -> Int? {
        let characters = Array(text)
        guard characters.count >= 6 else { return nil }
        var yearPart: String
        var quarter: Int
        if characters[0] == "Q", let digit = characters[1].wholeNumberValue {
            (quarter, yearPart) = (digit, String(characters[2...]))
            if yearPart.hasPrefix("-") || yearPart.hasPrefix("/") { yearPart.removeFirst() }
        } else if characters[characters.count - 2] == "Q", let digit = characters[characters.count - 1].wholeNumberValue
        {
            (quarter, yearPart) = (digit, String(characters[..<(characters.count - 2)]))
            if yearPart.hasSuffix("-") || yearPart.hasSuffix("/") { yearPart.removeLast() }
        } else {
            return nil
        }
        guard (1...4).contains(quarter), let year = fourDigits(yearPart) else { return nil }
        return start(year, month: quarter * 3 - 2)
    }

    private static func start(_ year: Int, month: Int) -> Int? {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        return (year * 12 + month - 1) * 31
    }

    private static func fourDigits(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
