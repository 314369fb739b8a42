import WorkbookSupport

/// The Markdown report's opening section, "At a glance" (`AtAGlance`): the part of a paper a
/// board member reads if they read nothing else. Every text is escaped.
extension MarkdownReport {
    static func glance(_ report: Report) -> String {
        let glance = AtAGlance(report)
        var out = "## At a glance\n\n"
        for figure in [glance.overall, glance.chain] {
            let words = figure.band == nil ? "" : ", **\(figure.words.markdownEscaped)**"
            out += "- **\(figure.label)**: \(figure.figure.markdownEscaped)\(words) (\(figure.note.markdownEscaped))\n"
        }
        out += "- **Coverage**: \(glance.coverage.markdownEscaped)\n\n"
        out += "**Weakest links.** "
        if glance.weakestLinks.isEmpty {
            out += (glance.weakestLinksNote ?? "").markdownEscaped + "\n\n"
        } else {
            out += glance.weakestLinks.map({ $0.markdownEscaped }).joined(separator: "; ") + "."
            if let more = glance.weakestLinksNote { out += " " + more.markdownEscaped }
            out += "\n\n"
        }
        out += "**What matters most.**\n\n"
        if glance.findings.isEmpty { out += "No rule of the workbook found anything to raise.\n\n" }
        for (index, point) in glance.findings.enumerated() {
            out += "\(index + 1). **\(point.severity):** \(point.message.markdownEscaped)"
            if let recommendation = point.recommendation { out += " *What to do:* \(recommendation.markdownEscaped)" }
            out += "\n"
        }
        if !glance.findings.isEmpty { out += "\n" }
        if !glance.targets.isEmpty {
            out +=
                "**Agreed for the next round.** " + glance.targets.map({ $0.markdownEscaped }).joined(separator: "; ")
                + ".\n\n"
        } else if !glance.moves.isEmpty {
            out += "**Where to act first** (no targets are set):\n\n"
            out += glance.moves.map { "- \($0.markdownEscaped)\n" }.joined() + "\n"
        }
        if let changes = glance.changes, let period = glance.previousPeriod {
            out +=
                "**Since \(period.markdownEscaped).** " + changes.map({ $0.markdownEscaped }).joined(separator: " ")
                + "\n\n"
        }
        return out
    }
}
