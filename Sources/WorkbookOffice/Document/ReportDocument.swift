public import WorkbookCore

/// `workbook report --format docx`: the report as an editable Word document for committee
/// papers, built from the same results as every other format. Page 1 is "At a glance"; then
/// the framework as a shaded table, the scores, what they say, targets and every answer.
public enum ReportDocument {
    /// The .docx bytes; the same report gives the same bytes.
    public static func render(_ report: Report) throws -> [UInt8] {
        let assessment = report.assessment
        let workbook = assessment.workbook
        let response = assessment.response
        let bands = WordBands(workbook)
        var document = WordDocument()
        document.title(workbook.title)
        var about = ["Self-assessment report", response.area, response.period]
        if let date = response.date { about.append(date) }
        if let facilitator = response.facilitator { about.append("facilitated by \(facilitator)") }
        document.paragraph(about.joined(separator: " · "), style: "Subtitle")
        if let participants = ReportWording.participants(response.participants) {
            document.paragraph(participants, style: "Note")
        }
        if let notes = response.notes, !notes.isEmpty { document.paragraph(notes, style: "Note") }
        glance(AtAGlance(report), bands: bands, into: &document)
        FrameworkTable.add(assessment, bands: bands, into: &document)
        scores(assessment, bands: bands, into: &document)
        ReportDocumentFindings.add(report, bands: bands, into: &document)
        ReportDocumentAnswers.add(assessment, bands: bands, into: &document)
        var footer =
            "Made with workbook report from the \(workbook.title) workbook (\(workbook.id), version \(workbook.version))."
        if !workbook.sources.isEmpty {
            footer +=
                " Written from: "
                + workbook.sources
                .map { source in
                    ([source.title] + [source.publisher, source.year.map(String.init)].compactMap { $0 })
                        .joined(separator: ", ")
                }
                .joined(separator: "; ") + "."
        }
        document.paragraph(footer, style: "Note")
        return try WordPackage.bytes(document, title: "\(workbook.title): \(response.area), \(response.period)")
    }

    /// Page 1: the figures in words, the weakest links, what matters most, what was agreed.
    static func glance(_ glance: AtAGlance, bands: WordBands, into document: inout WordDocument) {
        document.heading("At a glance", level: 1)
        if let warning = glance.coverageWarning {
            document.paragraph([WordRun("Warning: ", bold: true), WordRun(warning)])
        }
        var figures = WordTable(
            caption: "The headline figures", columns: [22, 30, 48],
            header: [
                WordTable.Cell("Figure"), WordTable.Cell("Score"), WordTable.Cell("What it is"),
            ])
        for figure in [glance.overall, glance.chain] {
            var shaded =
                figure.band == nil
                ? bands.cell(nil) : bands.shaded("\(figure.figure)\n\(figure.words)", band: figure.band, bold: true)
            shaded.alignRight = false
            figures.rows.append([WordTable.Cell(figure.label, bold: true), shaded, WordTable.Cell(figure.note)])
        }
        figures.rows.append([
            WordTable.Cell("Coverage", bold: true), WordTable.Cell(glance.coverage), WordTable.Cell(""),
        ])
        document.table(figures)
        document.heading("Weakest links", level: 2)
        if glance.weakestLinks.isEmpty {
            document.paragraph(glance.weakestLinksNote ?? "")
        } else {
            document.bullets(glance.weakestLinks)
            if let more = glance.weakestLinksNote { document.paragraph(more, style: "Note") }
        }
        document.heading("What matters most", level: 2)
        if glance.findings.isEmpty { document.paragraph("No rule of the workbook found anything to raise.") }
        document.bullets(
            glance.findings.map { point in
                var runs = [WordRun("\(point.severity): ", bold: true), WordRun(point.message)]
                if let recommendation = point.recommendation {
                    runs += [WordRun(" What to do: ", bold: true), WordRun(recommendation)]
                }
                return runs
            })
        if !glance.targets.isEmpty {
            document.heading("Agreed for the next round", level: 2)
            document.bullets(glance.targets)
        } else if !glance.moves.isEmpty {
            document.heading("Where to act first", level: 2)
            document.paragraph("No targets are set; the moves that change most:", style: "Note")
            document.bullets(glance.moves)
        }
        if let changes = glance.changes, let period = glance.previousPeriod {
            document.heading("Since \(period)", level: 2)
            document.bullets(changes)
        }
    }

    private static func scores(_ assessment: Assessment, bands: WordBands, into document: inout WordDocument) {
        document.heading("Scores by element", level: 1)
        let previous = assessment.previous
        var columns = [46, 22, 14]
        var header = [WordTable.Cell("Element"), WordTable.Cell("Score and band"), WordTable.Cell("Answered")]
        if let previous {
            columns.append(16)
            header.append(WordTable.Cell("Since \(previous.period)"))
        }
        var table = WordTable(
            caption: "Each element's score, band and questions answered", columns: columns, header: header)
        for element in assessment.elements {
            let title =
                assessment.workbook.layout == .chain
                ? "\(element.index). \(element.element.title)" : element.element.title
            var row = [
                WordTable.Cell(title), bands.cell(element.reading),
                WordTable.Cell("\(element.answered)/\(element.applicable)", alignRight: true),
            ]
            if let previous {
                // Spelled out: Swift 6.3.1's optimizer crashes on a `flatMap … ?? "–"` here.
                var change = "–"
                if let now = element.score, let before = previous.score(element.id) {
                    change = NumberFormatting.change(from: before, to: now)
                }
                row.append(WordTable.Cell(change, alignRight: true))
            }
            table.rows.append(row)
        }
        document.table(table)
        if !assessment.groups.isEmpty {
            var groups = WordTable(
                caption: "Each group's score, band and coverage", columns: [50, 30, 20],
                header: [
                    WordTable.Cell("Group"), WordTable.Cell("Score and band"), WordTable.Cell("Coverage"),
                ])
            for group in assessment.groups {
                let coverage = group.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"
                groups.rows.append([
                    WordTable.Cell(group.group.title), bands.cell(group.reading),
                    WordTable.Cell(coverage, alignRight: true),
                ])
            }
            document.table(groups)
        }
    }
}
