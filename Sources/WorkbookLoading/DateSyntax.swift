import WorkbookDiagnostics
import WorkbookFormat
import WorkbookModel
import WorkbookSupport
import WorkbookYAML

/// Dates as responses write them: `YYYY-MM-DD`, a real calendar day.
public enum DateSyntax {
    /// Whether `text` is a valid `YYYY-MM-DD` date.
    public static func isValid(_ text: String) -> Bool {
        // Read as ten ASCII bytes, DDDD-DD-DD (every response has a date, and `compare`
        // reads thousands): a digit written any other way, or any other length, is refused.
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
