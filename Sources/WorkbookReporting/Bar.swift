import WorkbookRules
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// A horizontal bar of 20 cells for a percentage.
enum Bar {
    static func render(percent: Double, width: Int = 20) -> String {
        let filled = max(0, min(width, Int((percent / 100 * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
