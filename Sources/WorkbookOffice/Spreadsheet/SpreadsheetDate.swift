import WorkbookCore

/// Spreadsheet dates: a count of days since 1899-12-30 (or 1904-01-01 in old Mac files).
enum SpreadsheetDate {
    /// `YYYY-MM-DD` for a serial number (its time of day ignored), or nil outside 1900-9999.
    static func text(serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        // Days from 1970-01-01: the 1900 system counts from 1899-12-30 (its serial 60 is the
        // 29 February 1900 that never was, so dates before March 1900 are a day out, as in Excel).
        let days = Int(serial.rounded(.down)) + (uses1904 ? -24_107 : -25_569)
        let (year, month, day) = civil(fromDays: days)
        guard (1900...9999).contains(year) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
