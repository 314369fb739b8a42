import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The text report's agreement and stakeholder-group sections (docs/scoring.md, "Agreement
/// and split"); shown only when a question is split or raters name their groups.
extension TextReport {
    func consensus(_ assessment: Assessment, into text: inout TextWriter) {
        let summary = assessment.consensus
        guard ConsensusWording.hasSomethingToSay(summary) else { return }
        let workbook = assessment.workbook
        let split = summary.split
        text.blank()
        text.heading("Agreement and split (\(summary.questions.count) questions with two or more ratings)")
        text.paragraph(
            "  ",
            "Rule: \(ConsensusWording.rule(workbook.consensus)) (\(ConsensusWording.shortSource)). "
                + "A split question's median is uncertain.", indent: 2)
        if split.isEmpty {
            text.line("  No question is split.")
        } else {
            text.line("  Split, so uncertain (\(split.count)):")
            for question in split {
                text.line("    \(question.question): \(ConsensusWording.figures(question))")
                let wording = workbook.questions.first { $0.id == question.question }?.text.replacingLineBreaks() ?? ""
                text.line("      " + truncate(wording, to: 72))
            }
            let counts = summary.elements.filter { $0.split > 0 }
                .map { element in
                    "\(workbook.title(ofElement: element.element)) \(element.split) of \(element.rated)"
                }
            text.wrapped("  Split by element: ", counts)
        }
        groups(summary, workbook: workbook, into: &text)
    }

    private func groups(_ summary: ConsensusSummary, workbook: Workbook, into text: inout TextWriter) {
        guard !summary.groups.isEmpty else { return }
        text.blank()
        text.heading("Stakeholder groups (each scored from its own raters' ratings)")
        // Columns as wide as the longest group's name, within reason, so four groups fit 80 columns.
        let width = min(13, max(8, (summary.groups.map({ $0.count }).max() ?? 0) + 2))
        let titleWidth = max(20, 76 - width * summary.groups.count)
        text.line("  " + pad("", titleWidth) + summary.groups.map { pad(truncate($0, to: width - 1), width) }.joined())
        for element in summary.elements {
            let title = truncate(workbook.title(ofElement: element.element), to: titleWidth - 1)
            let scores = element.groups.map { pad(NumberFormatting.oneDecimal($0.score, or: "–"), width) }.joined()
            text.line("  " + pad(title, titleWidth) + scores)
        }
        let threshold = NumberFormatting.plain(summary.gapThreshold)
        guard !summary.gaps.isEmpty else {
            text.line("  No element has groups \(threshold) or more apart.")
            return
        }
        text.line("  Where groups see it differently (\(threshold) or more apart):")
        for gap in summary.gaps {
            text.paragraph("    \(workbook.title(ofElement: gap.element)): ", ConsensusWording.gap(gap), indent: 6)
        }
    }
}
