import WorkbookComparison
import WorkbookModel
import WorkbookRules
import WorkbookScoring

/// The report formats `workbook report` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case markdown
    case csv
    case html
}
