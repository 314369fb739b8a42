/// The report as Markdown, for pasting into papers and wikis; renders on GitHub.
///
/// Every text from a user's file is escaped (`String.markdownEscaped`), so an evidence note
/// cannot break a table or inject a link.
public struct MarkdownReport: ReportRenderer {
    public static let identifier = "markdown"
    public static let fileExtension = "md"

    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let assessment = report.assessment
        let workbook = assessment.workbook
        let response = assessment.response
        var out = "# \(workbook.title.markdownEscaped): \(response.area.markdownEscaped), \(response.period.markdownEscaped)\n\n"
        var about = ["Workbook: \(workbook.id.markdownEscaped) \(workbook.version.markdownEscaped)"]
        if let date = response.date { about.append("date: \(date.markdownEscaped)") }
        if let facilitator = response.facilitator { about.append("facilitator: \(facilitator.markdownEscaped)") }
        out += about.joined(separator: " · ") + "\n\n"
        out += "| | Score | Band |\n| --- | ---: | --- |\n"
        out += "| **Overall** | \(score(assessment.overall, of: workbook)) | \(band(assessment.overall)) |\n"
        let chainTitle = assessment.chainElement.flatMap { workbook.element($0)?.title }
        out += "| **Chain strength**\(chainTitle.map { " (\($0.markdownEscaped))" } ?? "") | "
            + "\(score(assessment.chainStrength, of: workbook)) | \(band(assessment.chainStrength)) |\n"
        out += "| **Coverage** | \(assessment.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–") | |\n\n"

        if !assessment.groups.isEmpty {
            out += "## Groups\n\n| Group | Score | Band | Coverage |\n| --- | ---: | --- | ---: |\n"
            for group in assessment.groups {
                out += "| \(group.group.title.markdownEscaped) | \(score(group.reading, of: workbook)) | \(band(group.reading)) | \(percent(group.coverage)) |\n"
            }
            out += "\n"
        }
        out += "## Elements\n\n| \(workbook.layout == .chain ? "Step" : "Element") | Score | Band | Coverage |\n| --- | ---: | --- | ---: |\n"
        for element in assessment.elements {
            let number = workbook.layout == .chain ? "\(element.index). " : ""
            out += "| \(number)\(element.element.title.markdownEscaped) | \(score(element.reading, of: workbook)) | \(element.reading == nil ? "not scored" : band(element.reading)) | \(percent(element.coverage)) |\n"
        }
        out += "\n## Weakest links\n\n"
        if assessment.weakestLinks.isEmpty {
            out += "None: every scored element is at \(NumberFormatting.oneDecimal(workbook.weakestLinks.below)) or above.\n"
        }
        for (index, id) in assessment.weakestLinks.enumerated() {
            guard let element = assessment.element(id) else { continue }
            out += "\(index + 1). \(element.element.title.markdownEscaped): \(score(element.reading, of: workbook)) (\(band(element.reading)))\n"
        }
        if let breakPoint = assessment.breakPoint, let element = workbook.element(breakPoint) {
            out += "\n**Break point:** \(element.title.markdownEscaped). Every later step depends on it.\n"
        }
        out += findings(report)
        let useful = assessment.leverage.filter { $0.overallGain > 0 || $0.chainGain > 0 }.prefix(3)
        if !useful.isEmpty {
            out += "\n## Where to act first\n\nRaising one element by a level:\n\n"
            for item in useful {
                let title = workbook.title(ofElement: item.element)
                out += "- \(title.markdownEscaped): overall +\(NumberFormatting.oneDecimal(item.overallGain)), chain strength +\(NumberFormatting.oneDecimal(item.chainGain))\n"
            }
        }
        let questions = assessment.elements.flatMap(\.questions)
        if !assessment.contested.isEmpty {
            out += "\n## Contested questions\n\n| Question | Ratings | Spread |\n| --- | --- | ---: |\n"
            for question in questions where question.contested {
                out += "| \(question.question.text.markdownEscaped) | \(question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", ")) | \(NumberFormatting.plain(question.spread ?? 0)) |\n"
            }
        }
        out += consensus(assessment)
        if !assessment.missing.isEmpty {
            out += "\n## Not answered\n\n"
            for question in questions where assessment.missing.contains(question.id) {
                out += "- `\(question.id)`: \(question.question.text.markdownEscaped)\n"
            }
        }
        return out
    }

    private func findings(_ report: Report) -> String {
        guard !report.findings.isEmpty || !report.notEvaluated.isEmpty else { return "" }
        var out = "\n## Findings\n\n"
        for finding in report.findings(atLeast: .info) {
            out += "- **\(finding.severity.rawValue.prefix(1).uppercased() + finding.severity.rawValue.dropFirst())**: \(finding.message.markdownEscaped)"
            if let recommendation = finding.recommendation {
                out += "\n  *Recommendation:* \(recommendation.markdownEscaped)"
            }
            out += "\n"
        }
        if !report.notEvaluated.isEmpty {
            out += "\nNot evaluated:\n\n"
            for item in report.notEvaluated {
                out += "- `\(item.rule)`\(item.subjectID.map { " (\($0.markdownEscaped))" } ?? ""): \(item.reason.markdownEscaped)\n"
            }
        }
        return out
    }

    private func score(_ reading: ScoreReading?, of workbook: Workbook) -> String {
        reading.map { "\(NumberFormatting.oneDecimal($0.score)) / \(NumberFormatting.plain(workbook.scale.maximum))" } ?? "–"
    }

    private func band(_ reading: ScoreReading?) -> String {
        reading?.band?.label.markdownEscaped ?? "–"
    }

    private func percent(_ value: Double?) -> String {
        value.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"
    }
}
