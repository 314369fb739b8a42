import WorkbookRules
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The end-of-workshop summary for a terminal: what a facilitator reads out to the room.
///
/// Plain text that fits 80 columns; bars use block characters, and every band is written
/// as a word, so nothing depends on colour. Colour (ANSI) is added only when asked.
public struct TextReport: ReportRenderer {
    /// The format's name on the command line.
    public static let identifier = "text"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "txt"

    /// Creates the renderer.
    public init() {}

    /// The report as plain text.
    public func render(_ report: Report, options: RenderOptions) -> String {
        var text = TextWriter(colour: options.colour)
        let assessment = report.assessment
        header(assessment, into: &text)
        groupsAndElements(assessment, into: &text)
        weakestLinks(assessment, into: &text)
        ActionPlan(assessment).text(assessment.workbook, into: &text)
        findings(report, into: &text)
        leverage(assessment, into: &text)
        contested(assessment, into: &text)
        consensus(assessment, into: &text)
        missing(assessment, into: &text)
        targets(assessment, into: &text)
        if let review = report.actionReview { TrendRenderer.actionsText([review], assessment.workbook, into: &text) }
        return text.output
    }

    private func header(_ assessment: Assessment, into text: inout TextWriter) {
        let workbook = assessment.workbook
        let response = assessment.response
        text.line(text.bold("\(workbook.title)") + " (\(workbook.id) \(workbook.version))")
        var about = [response.assessed, response.period]
        if let date = response.date { about.append(date) }
        if let facilitator = response.facilitator { about.append("facilitated by \(facilitator)") }
        text.paragraph("", about.joined(separator: " · "), indent: 2)
        if let participants = ReportWording.participants(response.participants) {
            text.paragraph("", participants, indent: 2)
        }
        if let warning = ReportWording.coverageWarning(assessment) {
            text.blank()
            text.paragraph(text.bold("WARNING") + "  ", warning, indent: 9)
        }
        text.blank()
        let maximum = workbook.scale.maximum
        text.line(summaryLine("Overall", assessment.overall, maximum: maximum, text: &text))
        var chain = summaryLine("Chain strength", assessment.chainStrength, maximum: maximum, text: &text)
        if let id = assessment.chainElement, let element = workbook.element(id) {
            chain += "  (\(element.title))"
        }
        text.line(chain)
        let percent = assessment.coverage.map { " (\(NumberFormatting.fixed($0 * 100, places: 0))%)" } ?? ""
        text.line(
            pad("Coverage", 16)
                + "\(assessment.answeredCount) of \(assessment.applicableCount) questions answered\(percent)")
        if let previous = assessment.previous {
            if let now = assessment.overall?.score, let before = previous.overall {
                text.line(
                    pad("Change", 16)
                        + "\(NumberFormatting.change(from: before, to: now)) overall since \(previous.period) "
                        + "(\(NumberFormatting.oneDecimal(before)) → \(NumberFormatting.oneDecimal(now)))")
            } else {
                text.line(pad("Change", 16) + "not comparable with \(previous.period): one of them is not scored")
            }
        }
    }

    private func summaryLine(_ label: String, _ reading: ScoreReading?, maximum: Double, text: inout TextWriter)
        -> String
    {
        guard let reading else { return pad(label, 16) + "not scored" }
        let score = "\(NumberFormatting.oneDecimal(reading.score)) / \(NumberFormatting.plain(maximum))"
        let percent = "\(NumberFormatting.fixed(reading.percent, places: 0))%"
        return pad(label, 16) + pad(score, 10) + pad(percent, 6) + Bar.render(percent: reading.percent) + "  "
            + text.band(reading.band)
    }

    private func groupsAndElements(_ assessment: Assessment, into text: inout TextWriter) {
        let workbook = assessment.workbook
        let bandWidth = (workbook.bands.map { DisplayWidth.of($0.label) }.max() ?? 8) + 2
        let previous = assessment.previous
        text.blank()
        text.heading("Elements")
        func elementLine(_ element: ElementScore, indent: String, number: String = "") {
            let titleWidth = 41 - indent.count
            let lines = DisplayWidth.wrap(number + element.element.title, width: titleWidth)
            let coverage = "\(element.answered)/\(element.applicable)"
            var change = ""
            if let previous {
                change =
                    "  "
                    + (element.score.flatMap { now in
                        previous.score(element.id).map { NumberFormatting.change(from: $0, to: now) }
                    } ?? "–")
            }
            let first = indent + pad(lines[0], titleWidth + 1)
            if let reading = element.reading {
                text.line(
                    first + pad(NumberFormatting.oneDecimal(reading.score), 5)
                        + Bar.render(percent: reading.percent, width: 15) + "  "
                        + pad(
                            text.band(reading.band), bandWidth,
                            visible: reading.band.map { DisplayWidth.of($0.label) } ?? 1)
                        + pad(coverage, 6) + change)
            } else {
                text.line(first + pad("–", 5) + "not scored".padding(17) + bandWidth.spaces + pad(coverage, 6) + change)
            }
            for continuation in lines.dropFirst() {
                text.line(indent + "  " + continuation)
            }
        }
        if workbook.groups.isEmpty {
            for element in assessment.elements {
                let number = workbook.layout == .chain ? "\(element.index). " : ""
                elementLine(element, indent: "  ", number: number)
            }
        }
        for group in assessment.groups {
            let score =
                group.reading.map { "\(NumberFormatting.oneDecimal($0.score))  \(text.band($0.band))" } ?? "not scored"
            text.line("  " + text.bold(group.group.title) + "  " + score)
            for element in assessment.elements where element.element.group == group.id {
                elementLine(element, indent: "    ")
            }
        }
        let changeNote = previous.map { "; change since \($0.period)" } ?? ""
        text.line(
            "  (score out of \(NumberFormatting.plain(workbook.scale.maximum)); answered/applicable questions\(changeNote))"
        )
    }

    private func weakestLinks(_ assessment: Assessment, into text: inout TextWriter) {
        let workbook = assessment.workbook
        text.blank()
        text.heading("Weakest links (below \(NumberFormatting.oneDecimal(workbook.weakestLinks.below)))")
        if assessment.weakestLinks.isEmpty {
            text.paragraph("  ", ReportWording.noWeakLinks(assessment), indent: 2)
        }
        for (index, id) in assessment.weakestLinks.enumerated() {
            guard let element = assessment.element(id), let reading = element.reading else { continue }
            text.paragraph(
                "  \(index + 1). ",
                "\(element.element.title): \(NumberFormatting.oneDecimal(reading.score)) (\(text.band(reading.band)))",
                indent: 5)
        }
        if let more = ReportWording.moreWeakLinks(assessment) {
            text.paragraph("     ", more, indent: 5)
        }
        if let breakPoint = assessment.breakPoint, let element = workbook.element(breakPoint) {
            text.paragraph("  ", "Break point: \(element.title). Every later step depends on it.", indent: 2)
        }
    }

    private func findings(_ report: Report, into text: inout TextWriter) {
        guard !report.findings.isEmpty || !report.notEvaluated.isEmpty else { return }
        text.blank()
        text.heading("Findings")
        for finding in report.findings(atLeast: .info) {
            text.paragraph("  " + text.severity(finding.severity), finding.message, indent: 12)
            if let recommendation = finding.recommendation {
                text.paragraph("            → ", recommendation, indent: 14)
            }
        }
        for sentence in ReportWording.checksNotMade(report) {
            text.paragraph("  Not checked: ", sentence, indent: 4)
        }
    }

    private func leverage(_ assessment: Assessment, into text: inout TextWriter) {
        let useful = ReportWording.usefulMoves(assessment)
        guard !useful.isEmpty else { return }
        text.blank()
        text.heading("Where to act first (raising one element by a level)")
        for item in useful {
            let title = assessment.workbook.title(ofElement: item.element)
            text.paragraph("  ", "\(title): " + ReportWording.move(item, in: assessment.workbook), indent: 4)
        }
    }

    private func contested(_ assessment: Assessment, into text: inout TextWriter) {
        guard !assessment.contested.isEmpty else { return }
        let workbook = assessment.workbook
        text.blank()
        text.heading("Contested (ratings further apart than \(NumberFormatting.plain(workbook.consensus.maxSpread)))")
        for question in assessment.elements.flatMap({ $0.questions }) where question.contested {
            let ratings = question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", ")
            text.paragraph("  ", question.question.text.replacingLineBreaks(), indent: 4)
            text.line(
                "    \(workbook.title(ofElement: question.question.element)): ratings \(ratings), spread \(NumberFormatting.plain(question.spread ?? 0))"
            )
        }
    }

    private func missing(_ assessment: Assessment, into text: inout TextWriter) {
        guard !assessment.missing.isEmpty else { return }
        text.blank()
        text.heading("Not answered (\(assessment.missing.count))")
        if assessment.nothingAnswered {
            text.line("  Every question is still to be answered.")
            return
        }
        let missing = Set(assessment.missing)
        for element in assessment.elements {
            let unanswered = element.questions.filter { missing.contains($0.id) }
            guard !unanswered.isEmpty else { continue }
            text.line("  \(element.element.title) (\(unanswered.count) of \(element.questions.count)):")
            for question in unanswered {
                text.paragraph("    - ", question.question.text.replacingLineBreaks(), indent: 6)
            }
        }
    }

    private func targets(_ assessment: Assessment, into text: inout TextWriter) {
        let workbook = assessment.workbook
        if let previous = assessment.previous, !assessment.targetsMet.isEmpty {
            text.blank()
            text.heading("Targets set in \(previous.period)")
            for status in assessment.targetsMet {
                let title = workbook.title(ofElement: status.element)
                var now = "not scored"
                if let score = status.score { now = NumberFormatting.oneDecimal(score) }
                let verdict = status.reached ? "reached" : "not reached"
                text.paragraph(
                    "  ", "\(title): aimed for \(NumberFormatting.plain(status.target)), now \(now): \(verdict)",
                    indent: 4)
            }
        }
        let targets = assessment.response.targets
        guard !targets.isEmpty else { return }
        text.blank()
        text.heading("Targets for the next round")
        for target in targets {
            let title = workbook.title(ofElement: target.elementID)
            var now = "not scored"
            if let score = assessment.element(target.elementID)?.score { now = NumberFormatting.oneDecimal(score) }
            text.paragraph("  ", "\(title): \(NumberFormatting.plain(target.level)) (now \(now))", indent: 4)
        }
    }
}

/// `text` padded with spaces to `width` display columns (at least one space after it).
func pad(_ text: String, _ width: Int, visible: Int? = nil) -> String {
    let count = visible ?? DisplayWidth.of(text)
    return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
}

/// `text` cut to `width` display columns with an ellipsis; for questions quoted in a line,
/// never for names (those wrap: `DisplayWidth.wrap`).
func truncate(_ text: String, to width: Int) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var cut = ""
    var used = 0
    for character in text {
        let next = DisplayWidth.of(character)
        if used + next > max(1, width - 1) { break }
        cut.append(character)
        used += next
    }
    return cut + "…"
}

extension String {
    func padding(_ width: Int) -> String { pad(self, width) }
}

extension Int {
    var spaces: String { String(repeating: " ", count: Swift.max(0, self)) }
}
