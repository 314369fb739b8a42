import WorkbookCore

/// The Word report's appendix: every answer by element, with the ratings and the room's
/// evidence, as in the HTML report.
enum ReportDocumentAnswers {
    static func add(_ assessment: Assessment, bands: WordBands, into document: inout WordDocument) {
        let workbook = assessment.workbook
        document.heading("Every answer, by element", level: 1, newPage: true)
        document.paragraph(
            "Each question's score with the ratings behind it and the room's evidence. A question with several ratings "
                + "takes their \(workbook.aggregate.rawValue); not applicable and unanswered questions take no part in any score."
        )
        let missing = Set(assessment.missing)
        for element in assessment.elements {
            let number = workbook.layout == .chain ? "Step \(element.index)." : "\(element.index)."
            let score =
                element.reading.map { "\(NumberFormatting.oneDecimal($0.score)) \($0.band?.label ?? "")" }
                ?? "not scored"
            document.heading("\(number) \(element.element.title): \(score)", level: 2)
            var table = WordTable(
                caption: "\(element.element.title): every question's ratings, score and evidence",
                columns: [44, 14, 9, 33],
                header: [
                    WordTable.Cell("Question"), WordTable.Cell("Ratings"), WordTable.Cell("Score"),
                    WordTable.Cell("Evidence"),
                ])
            for (index, question) in element.questions.enumerated() {
                let ratings: String
                if question.notApplicable {
                    ratings = "not applicable"
                } else if missing.contains(question.id) || question.ratings.isEmpty {
                    ratings = "not answered"
                } else {
                    ratings =
                        question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", ")
                        + (question.contested ? " (contested)" : "")
                }
                table.rows.append([
                    WordTable.Cell(runs: [WordRun("Q\(index + 1) ", bold: true), WordRun(question.question.text)]),
                    WordTable.Cell(ratings),
                    WordTable.Cell(NumberFormatting.oneDecimal(question.score, or: "–"), alignRight: true),
                    WordTable.Cell(question.evidence ?? ""),
                ])
            }
            document.table(table)
        }
    }
}
