import WorkbookScoring
import WorkbookSupport

/// The CSV report's agreement columns: on question rows the median, interquartile range,
/// share within a level of the median and agreement or split (for two or more ratings); on
/// element rows how many questions are split and the widest stakeholder-group gap; then one
/// `group:NAME` column per stakeholder group with its score for each element.
extension CSVReport {
    static let consensusColumns = ["median", "iqr", "within_one_level", "agreement", "split_questions", "group_gap"]

    /// The rows with the agreement columns added; rows are (level, id, ...), as `render` makes them.
    static func addingConsensus(to rows: [[Cell]], _ assessment: Assessment) -> [[Cell]] {
        let summary = assessment.consensus
        let questions = Dictionary(keepingFirst: summary.questions.map { ($0.question, $0) })
        let elements = Dictionary(keepingFirst: summary.elements.map { ($0.element, $0) })
        let gaps = Dictionary(keepingFirst: summary.gaps.map { ($0.element, $0.gap) })
        let blank = [Cell](repeating: .empty, count: consensusColumns.count + summary.groups.count)
        return rows.enumerated()
            .map { index, row in
                if index == 0 {
                    return row + (consensusColumns + summary.groups.map { "group:\($0)" }).map { .text($0) }
                }
                guard row.count > 1, case .text(let level?) = row[0], case .text(let id?) = row[1] else {
                    return row + blank
                }
                if level == "question", let question = questions[id] {
                    return row + [
                        .number(question.median), .number(question.interquartileRange),
                        .number(question.withinOneLevel),
                        .text(question.status?.rawValue), .empty, .empty,
                    ] + summary.groups.map { _ in .empty }
                }
                if level == "element", let element = elements[id] {
                    return row + [.empty, .empty, .empty, .empty, .number(Double(element.split)), .number(gaps[id])]
                        + element.groups.map { .number($0.score) }
                }
                return row + blank
            }
    }
}
