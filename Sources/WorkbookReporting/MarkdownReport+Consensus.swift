import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The Markdown report's agreement and stakeholder-group sections; shown only when a
/// question is split or raters name their groups.
extension MarkdownReport {
    func consensus(_ assessment: Assessment) -> String {
        let summary = assessment.consensus
        guard ConsensusWording.hasSomethingToSay(summary) else { return "" }
        let workbook = assessment.workbook
        var out = "\n## Agreement and split\n\n"
        out +=
            "\(summary.questions.count) questions have two or more ratings. Rule: \(ConsensusWording.rule(workbook.consensus)); "
        out +=
            "a split question's median is uncertain. The rule is from \(ConsensusWording.source.markdownEscaped).\n\n"
        let split = summary.split
        if split.isEmpty {
            out += "No question is split.\n"
        } else {
            out += "| Question | Median | IQR | Within a level | Status |\n| --- | ---: | ---: | ---: | --- |\n"
            let texts = Dictionary(keepingFirst: workbook.questions.map { ($0.id, $0.text) })
            for question in split {
                out +=
                    "| `\(question.question)` \((texts[question.question] ?? "").markdownEscaped) | \(NumberFormatting.plain(question.median)) "
                out +=
                    "| \(NumberFormatting.plain(question.interquartileRange)) | \(ConsensusWording.percent(question.withinOneLevel)) | split (uncertain) |\n"
            }
            out += "\nSplit by element: "
            out +=
                summary.elements.filter { $0.split > 0 }
                .map { element in
                    "\(workbook.title(ofElement: element.element).markdownEscaped) \(element.split) of \(element.rated)"
                }
                .joined(separator: "; ") + ".\n"
        }
        guard !summary.groups.isEmpty else { return out }
        out += "\n## Stakeholder groups\n\nEach group's score for each element, from its own raters' ratings.\n\n"
        out += "| Element | " + summary.groups.map({ $0.markdownEscaped }).joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: summary.groups.count) + "\n"
        for element in summary.elements {
            let scores = element.groups.map { NumberFormatting.oneDecimal($0.score, or: "–") }
            out +=
                "| \(workbook.title(ofElement: element.element).markdownEscaped) | " + scores.joined(separator: " | ")
                + " |\n"
        }
        let threshold = NumberFormatting.plain(summary.gapThreshold)
        if summary.gaps.isEmpty {
            out += "\nNo element has groups \(threshold) or more apart.\n"
        } else {
            out += "\nWhere groups see it differently (\(threshold) or more apart):\n\n"
            for gap in summary.gaps {
                out +=
                    "- **\(workbook.title(ofElement: gap.element).markdownEscaped)**: \(ConsensusWording.gap(gap).markdownEscaped)\n"
            }
        }
        return out
    }
}
