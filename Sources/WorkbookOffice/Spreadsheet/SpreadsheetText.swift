/// Text as SpreadsheetML stores it.
///
/// XML cannot hold most control characters, so Office writes them as `_xHHHH_`; a literal
/// `_x0041_` in a cell is therefore written with its underscore escaped (`_x005F_x0041_`).
/// Both directions live here so that what is written reads back the same.
enum SpreadsheetText {
    /// Excel's limit on the characters in one cell.
    static let maxCellCharacters = 32_767

    /// The text ready for an XML element: escaped for XML and for Office.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars.prefix(maxCellCharacters))
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "_" where isEscape(scalars, at: index): out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "_x" + hex4(scalar.value) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            index += 1
        }
        return out
    }

    /// The text with Office's `_xHHHH_` escapes decoded.
    static func unescaped(_ text: String) -> String {
        guard mayHoldEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isEscape(scalars, at: index),
                let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Whether `_x` occurs at all: a byte scan (String.contains of a string is far slower, and
    /// every cell's text is checked).
    private static func mayHoldEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_"), byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func isEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_"
        else { return false }
        return scalars[index + 2..<index + 6].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
