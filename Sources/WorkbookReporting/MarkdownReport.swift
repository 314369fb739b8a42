import WorkbookRules
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The report as Markdown, for pasting into papers and wikis; renders on GitHub.
///
/// Every text from a user's file is escaped (`String.markdownEscaped`), so an evidence note
/// cannot break a table or inject a link.
public struct MarkdownReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "markdown"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "md"

    /// Creates the renderer.
    public init() {}

    /// The report as Markdown.
    public func render(_ report: Report, options: RenderOptions) -> String {
        let assessment = report.assessment
        let workbook = assessment.workbook
        let response = assessment.response
        var out =
            "# \(workbook.title.markdownEscaped): \(response.assessed.markdownEscaped), \(response.period.markdownEscaped)\n\n"
        var about = ["Workbook: \(workbook.id.markdownEscaped) \(workbook.version.markdownEscaped)"]
        if let date = response.date { about.append("date: \(date.markdownEscaped)") }
        if let facilitator = response.facilitator { about.append("facilitator: \(facilitator.markdownEscaped)") }
        out += about.joined(separator: " · ") + "\n\n"
        if let participants = ReportWording.participants(response.participants) {
            out += participants.markdownEscaped + "\n\n"
        }
        if let warning = ReportWording.coverageWarning(assessment) {
            out += "> **Warning:** \(warning.markdownEscaped)\n\n"
        }
        out += Self.glance(report)
        out += "| | Score | Band |\n| --- | ---: | --- |\n"
        out += "| **Overall** | \(score(assessment.overall, of: workbook)) | \(band(assessment.overall)) |\n"
        let chainTitle = assessment.chainElement.flatMap { workbook.element($0)?.title }
        out +=
            "| **Chain strength**\(chainTitle.map { " (\($0.markdownEscaped))" } ?? "") | "
            + "\(score(assessment.chainStrength, of: workbook)) | \(band(assessment.chainStrength)) |\n"
        out +=
            "| **Coverage** | \(assessment.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–") | |\n"
        // Changes are spelled out with `if let`: Swift 6.3.1's optimizer (CopyPropagation)
        // crashes on optional chains under `??` in this function in release builds.
        if let previous = assessment.previous {
            var change = "–"
            if let now = assessment.overall?.score, let before = previous.overall {
                change = NumberFormatting.change(from: before, to: now)
            }
            out += "| **Change since \(previous.period.markdownEscaped)** | \(change) | |\n"
        }
        out += "\n"

        if !assessment.groups.isEmpty {
            out += "## Groups\n\n| Group | Score | Band | Coverage |\n| --- | ---: | --- | ---: |\n"
            for group in assessment.groups {
                out +=
                    "| \(group.group.title.markdownEscaped) | \(score(group.reading, of: workbook)) | \(band(group.reading)) | \(percent(group.coverage)) |\n"
            }
            out += "\n"
        }
        let previous = assessment.previous
        var changeHeader = ""
        if let previous { changeHeader = " Since \(previous.period.markdownEscaped) |" }
        out +=
            "## Elements\n\n| \(workbook.layout == .chain ? "Step" : "Element") | Score | Band | Coverage |\(changeHeader)\n"
        out += "| --- | ---: | --- | ---: |\(previous == nil ? "" : " ---: |")\n"
        for element in assessment.elements {
            let number = workbook.layout == .chain ? "\(element.index). " : ""
            var change = ""
            if let previous {
                var value = "–"
                if let now = element.score, let before = previous.score(element.id) {
                    value = NumberFormatting.change(from: before, to: now)
                }
                change = " \(value) |"
            }
            out +=
                "| \(number)\(element.element.title.markdownEscaped) | \(score(element.reading, of: workbook)) | \(element.reading == nil ? "not scored" : band(element.reading)) | \(percent(element.coverage)) |\(change)\n"
        }
        out += "\n## Weakest links\n\n"
        if assessment.weakestLinks.isEmpty {
            out += ReportWording.noWeakLinks(assessment).markdownEscaped + "\n"
        } else {
            out +=
                "Scored elements below \(NumberFormatting.oneDecimal(workbook.weakestLinks.below)), weakest first:\n\n"
        }
        for (index, id) in assessment.weakestLinks.enumerated() {
            guard let element = assessment.element(id) else { continue }
            out +=
                "\(index + 1). \(element.element.title.markdownEscaped): \(score(element.reading, of: workbook)) (\(band(element.reading)))\n"
        }
        if let more = ReportWording.moreWeakLinks(assessment) {
            out += "\n" + more.markdownEscaped + "\n"
        }
        if let breakPoint = assessment.breakPoint, let element = workbook.element(breakPoint) {
            out += "\n**Break point:** \(element.title.markdownEscaped). Every later step depends on it.\n"
        }
        out += ActionPlan(assessment).markdown(workbook)
        out += findings(report)
        let useful = ReportWording.usefulMoves(assessment)
        if !useful.isEmpty {
            out += "\n## Where to act first\n\nWhat raising one element by a level would do:\n\n"
            for item in useful {
                let title = workbook.title(ofElement: item.element)
                out += "- \(title.markdownEscaped): \(ReportWording.move(item, in: workbook).markdownEscaped)\n"
            }
        }
        let questions = assessment.elements.flatMap({ $0.questions })
        if !assessment.contested.isEmpty {
            out += "\n## Contested questions\n\n| Question | Element | Ratings | Spread |\n| --- | --- | --- | ---: |\n"
            for question in questions where question.contested {
                out +=
                    "| \(question.question.text.markdownEscaped) | \(workbook.title(ofElement: question.question.element).markdownEscaped) | \(question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", ")) | \(NumberFormatting.plain(question.spread ?? 0)) |\n"
            }
        }
        out += consensus(assessment)
        if !assessment.missing.isEmpty {
            out += "\n## Not answered (\(assessment.missing.count))\n\n"
            if assessment.nothingAnswered {
                out += "Every question is still to be answered.\n"
            } else {
                let missing = Set(assessment.missing)
                for question in questions where missing.contains(question.id) {
                    out +=
                        "- \(workbook.title(ofElement: question.question.element).markdownEscaped): \(question.question.text.markdownEscaped)\n"
                }
            }
        }
        if let review = report.actionReview { out += TrendRenderer.actionsMarkdown([review], workbook) }
        return out
    }

    private func findings(_ report: Report) -> String {
        guard !report.findings.isEmpty || !report.notEvaluated.isEmpty else { return "" }
        var out = "\n## Findings\n\n"
        for finding in report.findings(atLeast: .info) {
            out += "- **\(ReportWording.severity(finding.severity))**: \(finding.message.markdownEscaped)"
            if let recommendation = finding.recommendation {
                out += "\n  *Recommendation:* \(recommendation.markdownEscaped)"
            }
            out += "\n"
        }
        let notMade = ReportWording.checksNotMade(report)
        if !notMade.isEmpty {
            out += "\nNot checked:\n\n"
            for sentence in notMade { out += "- \(sentence.markdownEscaped)\n" }
        }
        return out
    }

    private func score(_ reading: ScoreReading?, of workbook: Workbook) -> String {
        reading.map { "\(NumberFormatting.oneDecimal($0.score)) / \(NumberFormatting.plain(workbook.scale.maximum))" }
            ?? "–"
    }

    private func band(_ reading: ScoreReading?) -> String {
        reading?.band?.label.markdownEscaped ?? "–"
    }

    private func percent(_ value: Double?) -> String {
        value.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"
    }
}
