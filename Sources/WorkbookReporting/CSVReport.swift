import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The report as CSV (RFC 4180), for spreadsheets: one row for the overall score, one per
/// group, one per element and one per question.
///
/// Every row starts with the area and period, so several areas' files can be stacked in one
/// sheet. Numbers are written as numbers, to 4 decimals (JSON has full precision); text is
/// neutralised against formula injection (see `String.csvTextField`). Rows end with CRLF, as
/// RFC 4180 says, and the file starts with a UTF-8 byte order mark (`byteOrderMark`), which
/// Excel on Windows needs to read it as UTF-8 rather than the PC's code page.
public struct CSVReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "csv"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "csv"

    /// U+FEFF, written first in every CSV the tool makes: Excel on Windows then opens the file as
    /// UTF-8. Python reads it with `encoding="utf-8-sig"`; most other tools skip it.
    public static let byteOrderMark = "\u{FEFF}"

    static let columns = [
        "area", "period", "level", "id", "element", "group", "title", "score", "percent", "band", "coverage", "ratings",
        "spread",
        "contested", "evidence", "owner", "due", "status", "measure",
    ]

    /// Creates the renderer.
    public init() {}

    /// The report as CSV.
    public func render(_ report: Report, options: RenderOptions) -> String {
        let assessment = report.assessment
        let unit: [Cell] = [.text(assessment.response.area), .text(assessment.response.period)]
        var rows: [[Cell]] = []
        rows.append([
            .text("overall"), .text(assessment.workbook.id), .empty, .empty, .text(assessment.workbook.title),
            .number(assessment.overall?.score), .number(assessment.overall?.percent),
            .text(assessment.overall?.band?.label), .number(assessment.coverage), .empty, .empty, .empty, .empty,
        ])
        for group in assessment.groups {
            rows.append([
                .text("group"), .text(group.id), .empty, .text(group.id), .text(group.group.title),
                .number(group.reading?.score), .number(group.reading?.percent), .text(group.reading?.band?.label),
                .number(group.coverage), .empty, .empty, .empty, .empty,
            ])
        }
        for element in assessment.elements {
            rows.append([
                .text("element"), .text(element.id), .text(element.id), .text(element.element.group),
                .text(element.element.title), .number(element.reading?.score), .number(element.reading?.percent),
                .text(element.reading?.band?.label ?? "not scored"), .number(element.coverage), .empty, .empty, .empty,
                .empty,
            ])
            for question in element.questions {
                let ratings = question.ratings.map { NumberFormatting.plain($0) }.joined(separator: " ")
                rows.append([
                    .text("question"), .text(question.id), .text(element.id), .text(element.element.group),
                    .text(question.question.text), .number(question.score),
                    .number(question.score.map(assessment.workbook.scale.percent)),
                    .text(question.notApplicable ? "not applicable" : (question.score == nil ? "not answered" : nil)),
                    .empty, .text(ratings.isEmpty ? nil : ratings), .number(question.spread),
                    .text(question.ratings.isEmpty ? nil : (question.contested ? "yes" : "no")),
                    .text(question.evidence),
                ])
            }
        }
        rows += ActionPlan(assessment).csvRows(assessment.workbook)
        // Rows other than actions leave the action columns empty; consensus columns follow.
        let base = Array(Self.columns.dropFirst(unit.count))
        let padded = rows.map { $0 + Array(repeating: Cell.empty, count: max(0, base.count - $0.count)) }
        let table = Self.addingConsensus(to: [base.map { .text($0) }] + padded, assessment)
        let lines = table.enumerated()
            .map { index, row in
                ((index == 0 ? Self.columns.prefix(unit.count).map { Cell.text($0) } : unit) + row).map({ $0.field })
                    .joined(separator: ",") + "\r\n"
            }
        return Self.byteOrderMark + lines.joined()
    }

    enum Cell {
        case empty
        case text(String?)
        case number(Double?)

        var field: String {
            switch self {
            case .empty, .text(nil), .number(nil): ""
            case .text(let text?): text.csvTextField
            case .number(let value?): NumberFormatting.trimmed(value, places: 4)
            }
        }
    }
}
