import WorkbookRules
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// A `#rrggbb` colour's components.
struct RGB {
    let red: Int, green: Int, blue: Int

    init?(hex: String) {
        let digits = Array(hex.utf8.dropFirst())
        guard digits.count == 6 else { return nil }
        func value(_ index: Int) -> Int? { Int(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) }
        guard let red = value(0), let green = value(2), let blue = value(4) else { return nil }
        (self.red, self.green, self.blue) = (red, green, blue)
    }
}
