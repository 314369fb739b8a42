public import WorkbookCore

/// The reports as spreadsheets: `--format xlsx` for `report`, `compare` and `trend`.
///
/// Scores are numbers (shown to one decimal), coverage a percentage, and every score cell is
/// filled in its band's colour with the band's label beside or below it, so the colour is
/// never the only sign. Text from the files is always stored as text, never as a formula.
public enum ReportSheets {
    /// `workbook report --format xlsx`: a summary sheet, the elements, and the questions.
    public static func report(_ report: Report) -> [UInt8] {
        let assessment = report.assessment
        let workbook = assessment.workbook
        let palette = BandPalette(workbook.bands)
        var summary = Worksheet(name: "Summary")
        summary.columnWidths = [26, 16, 70]
        summary.set(
            1, 1, "\(workbook.title): \(assessment.response.area), \(assessment.response.period)",
            CellStyle(bold: true, size: 14))
        summary.merges.append("A1:C1")
        var row = 2
        func fact(_ label: String, _ value: Worksheet.Value, _ style: CellStyle = CellStyle(), note: String? = nil) {
            row += 1
            summary.set(row, 1, label, CellStyle(bold: true))
            summary.set(row, 2, value, style)
            if let note { summary.set(row, 3, note) }
        }
        fact("Area", .text(assessment.response.area))
        fact("Period", .text(assessment.response.period))
        if let date = assessment.response.date { fact("Date", .text(date)) }
        if let facilitator = assessment.response.facilitator { fact("Facilitator", .text(facilitator)) }
        fact("Workbook", .text("\(workbook.id) \(workbook.version)"))
        if let overall = assessment.overall {
            fact("Overall score", .number(overall.score), bandCell(palette.swatch(overall)), note: overall.band?.label)
        }
        if let chain = assessment.chainStrength {
            fact(
                "Chain strength", .number(chain.score), bandCell(palette.swatch(chain)),
                note: [chain.band?.label, assessment.chainElement.map { "set by \(workbook.title(ofElement: $0))" }]
                    .compactMap { $0 }.joined(separator: ", "))
        }
        if let coverage = assessment.coverage { fact("Coverage", .number(coverage), CellStyle(numberFormat: .percent)) }
        if !assessment.weakestLinks.isEmpty {
            fact(
                "Weakest links", .text(assessment.weakestLinks.map(workbook.title(ofElement:)).joined(separator: "; ")))
        }
        if !report.findings.isEmpty {
            row += 2
            summary.set(row, 1, "Findings", CellStyle(bold: true, size: 12))
            for finding in report.findings(atLeast: .info) {
                row += 1
                summary.set(row, 1, finding.severity.rawValue, CellStyle(bold: true))
                summary.set(row, 2, finding.message, CellStyle(wrap: true))
                summary.merges.append("B\(row):C\(row)")
                summary.rowHeights[row] = ResponseSheetWriter.height(of: [(finding.message, 86)])
                if let recommendation = finding.recommendation {
                    row += 1
                    summary.set(row, 2, recommendation, CellStyle(italic: true, wrap: true))
                    summary.merges.append("B\(row):C\(row)")
                    summary.rowHeights[row] = ResponseSheetWriter.height(of: [(recommendation, 86)])
                }
            }
        }
        var elements = Worksheet(name: "Elements")
        elements.columnWidths = [22, 40, 22, 9, 18, 11, 11]
        header(&elements, ["Element id", "Element", "Group", "Score", "Band", "Coverage", "Answered"])
        for (index, element) in assessment.elements.enumerated() {
            let row = index + 2
            elements.set(row, 1, element.id, CellStyle(border: true))
            elements.set(row, 2, element.element.title, CellStyle(wrap: true, border: true))
            elements.set(
                row, 3, element.element.group.flatMap { workbook.group($0)?.title } ?? "",
                CellStyle(wrap: true, border: true))
            score(&elements, row, 4, element.reading, palette)
            elements.set(row, 5, element.reading?.band?.label ?? "not scored", CellStyle(border: true))
            if let coverage = element.coverage {
                elements.set(row, 6, .number(coverage), CellStyle(border: true, numberFormat: .percent))
            }
            elements.set(row, 7, "\(element.answered) of \(element.applicable)", CellStyle(border: true))
        }
        var questions = Worksheet(name: "Questions")
        questions.columnWidths = [22, 22, 52, 9, 16, 9, 50]
        header(&questions, ["Question id", "Element", "Question", "Score", "Ratings", "Spread", "Evidence"])
        var line = 1
        for element in assessment.elements {
            for question in element.questions {
                line += 1
                questions.set(line, 1, question.id, CellStyle(border: true))
                questions.set(line, 2, element.element.title, CellStyle(wrap: true, border: true))
                questions.set(line, 3, question.question.text, CellStyle(wrap: true, border: true))
                if question.notApplicable {
                    questions.set(line, 4, "na", CellStyle(border: true, centred: true))
                } else if let value = question.score {
                    let band = workbook.band(for: value)
                    questions.set(
                        line, 4, .number(value),
                        ResponseSheetWriter.bandStyle(palette.swatch(band), numberFormat: .oneDecimal))
                }
                if question.ratings.count > 1 {
                    questions.set(
                        line, 5, question.ratings.map(NumberFormatting.plain).joined(separator: ", "),
                        CellStyle(border: true))
                }
                if let spread = question.spread, question.ratings.count > 1 {
                    questions.set(line, 6, .number(spread), CellStyle(bold: question.contested, border: true))
                }
                questions.set(line, 7, question.evidence ?? "", CellStyle(wrap: true, border: true))
                questions.rowHeights[line] = ResponseSheetWriter.height(of: [
                    (question.question.text, 52), (question.evidence ?? "", 50),
                ])
            }
        }
        return SpreadsheetWriter.write([summary, elements, questions].map(printable))
    }

    /// `workbook compare --format xlsx`: the heat map (areas × elements, in band colours) with
    /// ranks and coverage, then each element's spread across the areas.
    public static func compare(_ comparison: Comparison) -> [UInt8] {
        let workbook = comparison.workbook
        let palette = BandPalette(workbook.bands)
        var map = Worksheet(name: "Heat map")
        let fixed = ["Rank", "Area", "Period", "Overall", "Chain strength", "Coverage"]
        header(&map, fixed + workbook.elements.map(\.title), height: 78)
        map.columnWidths = [7, 24, 10, 9, 9, 10] + Array(repeating: 12, count: workbook.elements.count)
        for (index, area) in comparison.areas.enumerated() {
            let row = index + 2
            let summary = area.summary
            if let rank = area.rank { map.set(row, 1, .number(Double(rank)), CellStyle(border: true, centred: true)) }
            map.set(row, 2, summary.area + (area.lowCoverage ? " (low coverage)" : ""), CellStyle(border: true))
            map.set(row, 3, summary.period, CellStyle(border: true))
            score(&map, row, 4, summary.overall, workbook, palette)
            score(&map, row, 5, summary.chainStrength, workbook, palette)
            if let coverage = summary.coverage {
                map.set(row, 6, .number(coverage), CellStyle(border: true, numberFormat: .percent))
            }
            for (column, element) in workbook.elements.enumerated() {
                score(&map, row, 7 + column, summary.score(element.id), workbook, palette)
            }
        }
        map.frozenRows = 1
        _ = legend(workbook, palette, below: comparison.areas.count + 3, in: &map)
        var spreads = Worksheet(name: "Elements")
        spreads.columnWidths = [40, 9, 9, 9, 9, 22]
        header(&spreads, ["Element", "Median", "Lowest", "Highest", "Scored", "Weak link in"])
        for (index, spread) in comparison.elements.enumerated() {
            let row = index + 2
            spreads.set(row, 1, workbook.title(ofElement: spread.id), CellStyle(wrap: true, border: true))
            score(&spreads, row, 2, spread.median, workbook, palette)
            score(&spreads, row, 3, spread.min, workbook, palette)
            score(&spreads, row, 4, spread.max, workbook, palette)
            spreads.set(row, 5, .number(Double(spread.scored)), CellStyle(border: true))
            let weak = comparison.commonWeakestLinks.first { $0.element == spread.id }?.areas ?? 0
            spreads.set(row, 6, .text(weak == 0 ? "" : "\(weak) area\(weak == 1 ? "" : "s")"), CellStyle(border: true))
        }
        return SpreadsheetWriter.write([map, spreads].map(printable))
    }

    /// `workbook trend --format xlsx`: each element's score in every round, and the change.
    public static func trend(_ trend: Trend) -> [UInt8] {
        let workbook = trend.workbook
        let palette = BandPalette(workbook.bands)
        var sheet = Worksheet(name: "Trend")
        let rounds = trend.rounds
        header(
            &sheet, ["Element"] + rounds.map { $0.period + ($0.date.map { " (\($0))" } ?? "") } + ["Change"], height: 32
        )
        sheet.columnWidths = [40] + Array(repeating: 14, count: rounds.count) + [10]
        var row = 1
        func line(_ title: String, _ scores: [Double?], change: Double?, bold: Bool = false) {
            row += 1
            sheet.set(row, 1, title, CellStyle(bold: bold, wrap: true, border: true))
            for (index, value) in scores.enumerated() { score(&sheet, row, 2 + index, value, workbook, palette) }
            if let change {
                sheet.set(
                    row, 2 + rounds.count, .number(change),
                    CellStyle(bold: bold, border: true, numberFormat: .signedOneDecimal))
            }
        }
        let overall = rounds.map(\.overall)
        line("Overall", overall, change: difference(overall), bold: true)
        for change in trend.changes {
            line(
                workbook.title(ofElement: change.element), rounds.map { $0.score(change.element) },
                change: change.change)
        }
        sheet.frozenRows = 1
        _ = legend(workbook, palette, below: row + 2, in: &sheet)
        return SpreadsheetWriter.write([printable(sheet)])
    }

    private static func difference(_ values: [Double?]) -> Double? {
        guard values.count >= 2, let last = values[values.count - 1], let before = values[values.count - 2] else {
            return nil
        }
        return last - before
    }

    private static func header(_ sheet: inout Worksheet, _ titles: [String], height: Double? = nil) {
        let style = CellStyle(bold: true, fill: ResponseSheetLayout.titleFill, wrap: true, border: true)
        for (index, title) in titles.enumerated() { sheet.set(1, index + 1, title, style) }
        if let height { sheet.rowHeights[1] = height }
        sheet.frozenRows = 1
        sheet.printTitleRows = 1...1
    }

    /// The bands and their colours, under a table.
    private static func legend(_ workbook: Workbook, _ palette: BandPalette, below row: Int, in sheet: inout Worksheet)
        -> Int
    {
        sheet.set(row, 2, "Bands", CellStyle(bold: true))
        for (index, band) in workbook.bands.enumerated() {
            sheet.set(row + 1 + index, 2, band.label, bandCell(palette.swatch(band)))
        }
        return row + workbook.bands.count
    }

    private static func score(
        _ sheet: inout Worksheet, _ row: Int, _ column: Int, _ reading: ScoreReading?, _ palette: BandPalette
    ) {
        guard let reading else {
            sheet.set(row, column, "not scored", CellStyle(italic: true, border: true, centred: true))
            return
        }
        sheet.set(
            row, column, .number(reading.score),
            ResponseSheetWriter.bandStyle(palette.swatch(reading), numberFormat: .oneDecimal))
    }

    private static func score(
        _ sheet: inout Worksheet, _ row: Int, _ column: Int, _ value: Double?, _ workbook: Workbook,
        _ palette: BandPalette
    ) {
        guard let value else {
            sheet.set(row, column, "–", CellStyle(border: true, centred: true))
            return
        }
        sheet.set(
            row, column, .number(value),
            ResponseSheetWriter.bandStyle(palette.swatch(workbook.band(for: value)), numberFormat: .oneDecimal))
    }

    private static func bandCell(_ swatch: BandPalette.Swatch) -> CellStyle {
        ResponseSheetWriter.bandStyle(swatch, numberFormat: .oneDecimal)
    }

    /// Landscape A4, one page wide.
    private static func printable(_ sheet: Worksheet) -> Worksheet {
        var sheet = sheet
        sheet.landscape = true
        return sheet
    }
}
