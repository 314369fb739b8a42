import WorkbookCore

/// The Word report's "What the scores say" and "Targets and progress": every finding in board
/// words with what to do, where to act first, contested and unanswered questions, and the
/// targets met and set.
enum ReportDocumentFindings {
    static func add(_ report: Report, bands: WordBands, into document: inout WordDocument) {
        let assessment = report.assessment
        let workbook = assessment.workbook
        document.heading("What the scores say", level: 1)
        document.heading("Findings", level: 2)
        let findings = report.findings(atLeast: .info)
        if findings.isEmpty { document.paragraph("No rule of the workbook found anything to raise.") }
        for finding in findings {
            document.paragraph(
                [WordRun("\(ReportWording.severity(finding.severity)): ", bold: true), WordRun(finding.message)],
                keepWithNext: finding.recommendation != nil)
            if let recommendation = finding.recommendation {
                document.paragraph([WordRun("What to do: ", bold: true), WordRun(recommendation)], style: "Note")
            }
        }
        for sentence in ReportWording.checksNotMade(report) { document.paragraph(sentence, style: "Note") }
        if let id = assessment.breakPoint, let element = assessment.element(id) {
            document.paragraph([
                WordRun("Break point: step \(element.index), \(element.element.title). ", bold: true),
                WordRun(
                    "It is the first step below \(NumberFormatting.oneDecimal(workbook.weakestLinks.below)), and every later step depends on it."
                ),
            ])
        }
        let moves = ReportWording.usefulMoves(assessment)
        if !moves.isEmpty {
            document.heading("Where to act first", level: 2)
            document.bullets(
                moves.map { move in
                    [
                        WordRun("\(workbook.title(ofElement: move.element)): ", bold: true),
                        WordRun(ReportWording.move(move, in: workbook)),
                    ]
                })
        }
        let contested = assessment.elements.flatMap(\.questions).filter(\.contested)
        if !contested.isEmpty {
            document.heading("Contested questions", level: 2)
            document.paragraph(
                "The room's ratings were more than \(NumberFormatting.plain(workbook.consensus.maxSpread)) apart: "
                    + "worth discussing before the score is relied on.")
            var table = WordTable(
                caption: "Questions where the ratings were far apart", columns: [55, 25, 20],
                header: [
                    WordTable.Cell("Question"), WordTable.Cell("Ratings"), WordTable.Cell("Score"),
                ])
            for question in contested {
                table.rows.append([
                    WordTable.Cell(question.question.text),
                    WordTable.Cell(question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", ")),
                    WordTable.Cell(NumberFormatting.oneDecimal(question.score, or: "–"), alignRight: true),
                ])
            }
            document.table(table)
        }
        if !assessment.missing.isEmpty {
            document.heading("Not answered", level: 2)
            let missing = Set(assessment.missing)
            document.bullets(
                assessment.elements.flatMap { element in
                    element.questions.filter { missing.contains($0.id) }
                        .map { "\(element.element.title): \($0.question.text)" }
                })
        }
        targets(assessment, into: &document)
    }

    private static func targets(_ assessment: Assessment, into document: inout WordDocument) {
        let workbook = assessment.workbook
        let targets = assessment.response.targets
        guard !targets.isEmpty || assessment.previous != nil else { return }
        document.heading("Targets and progress", level: 1)
        if let previous = assessment.previous, !assessment.targetsMet.isEmpty {
            document.heading("Targets set in \(previous.period)", level: 2)
            var table = WordTable(
                caption: "Targets set last round and whether each was met", columns: [52, 16, 16, 16],
                header: [
                    WordTable.Cell("Element"), WordTable.Cell("Aimed for"), WordTable.Cell("Now"),
                    WordTable.Cell("Result"),
                ])
            for status in assessment.targetsMet {
                table.rows.append([
                    WordTable.Cell(workbook.title(ofElement: status.element)),
                    WordTable.Cell(NumberFormatting.plain(status.target), alignRight: true),
                    WordTable.Cell(NumberFormatting.oneDecimal(status.score, or: "not scored"), alignRight: true),
                    WordTable.Cell(status.reached ? "met" : "not met", bold: true),
                ])
            }
            document.table(table)
        }
        if !targets.isEmpty {
            document.heading("Targets for the next round", level: 2)
            var table = WordTable(
                caption: "Targets for the next round", columns: [60, 20, 20],
                header: [
                    WordTable.Cell("Element"), WordTable.Cell("Now"), WordTable.Cell("Aiming for"),
                ])
            for target in targets {
                let now = NumberFormatting.oneDecimal(assessment.element(target.elementID)?.score, or: "not scored")
                table.rows.append([
                    WordTable.Cell(workbook.title(ofElement: target.elementID)),
                    WordTable.Cell(now, alignRight: true),
                    WordTable.Cell(NumberFormatting.plain(target.level), alignRight: true),
                ])
            }
            document.table(table)
        }
    }
}
