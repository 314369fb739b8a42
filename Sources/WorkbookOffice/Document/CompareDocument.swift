public import WorkbookCore

/// `workbook compare --format docx`: the comparison as a Word document on A4 landscape. The
/// heat map is a real table with each cell in its band's colour and the band's label written
/// in it; then each element across the areas.
public enum CompareDocument {
    /// The .docx bytes; the same comparison gives the same bytes.
    public static func render(_ comparison: Comparison) throws -> [UInt8] {
        let workbook = comparison.workbook
        let bands = WordBands(workbook)
        var document = WordDocument(orientation: .landscape)
        document.title("Comparison: \(workbook.title)")
        let marks = CompareRenderer.bandMarks(workbook)
        let key = workbook.bands.map { "\(marks[$0.id] ?? "") \($0.label)" }.joined(separator: ", ")
        document.paragraph(
            "\(comparison.areas.count) areas. Each cell shows the element's score and its band (\(key)); the columns are "
                + "the elements by number, named in the table after.", style: "Subtitle")
        document.heading("Areas by element", level: 1)
        let count = workbook.elements.count
        var header = ["Rank", "Area", "Overall", "Chain", "Coverage"].map { WordTable.Cell($0) }
        header += workbook.elements.indices.map { WordTable.Cell(String($0 + 1), alignRight: true) }
        var heat = WordTable(
            caption:
                "Each area's overall score, chain strength, coverage and element scores, with the band written in each cell",
            columns: [5, 16, 8, 8, 7] + Array(repeating: 56 / max(count, 1), count: count), header: header)
        for area in comparison.areas {
            let summary = area.summary
            let rank = area.rank.map(String.init) ?? (area.lowCoverage ? "not ranked (low coverage)" : "–")
            var name = summary.area + "\n" + summary.period
            if let outlier = area.outlier { name += "\noutlier (\(outlier.rawValue))" }
            var row = [
                WordTable.Cell(rank), WordTable.Cell(name, bold: true),
                bands.cell(score: summary.overall), bands.cell(score: summary.chainStrength),
                WordTable.Cell(
                    summary.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–", alignRight: true),
            ]
            row += workbook.elements.map { element in
                let score = summary.score(element.id)
                let band = score.flatMap(workbook.band(for:))
                guard let score, let band else { return bands.cell(score: nil) }
                return bands.shaded("\(NumberFormatting.oneDecimal(score)) \(marks[band.id] ?? "")", band: band)
            }
            heat.rows.append(row)
        }
        document.table(heat)
        document.heading("Elements across areas", level: 1)
        var spread = WordTable(
            caption:
                "Each element's median, lowest and highest score across the areas, and how often it is the weakest link",
            columns: [5, 43, 12, 12, 12, 16],
            header: ["#", "Element", "Median", "Lowest", "Highest", "Weakest link in"].map { WordTable.Cell($0) })
        for (index, element) in workbook.elements.enumerated() {
            let figures = comparison.elements.first { $0.id == element.id }
            let weak = comparison.commonWeakestLinks.first { $0.element == element.id }?.areas ?? 0
            spread.rows.append([
                WordTable.Cell(String(index + 1)), WordTable.Cell(element.title),
                bands.cell(score: figures?.median), bands.cell(score: figures?.min), bands.cell(score: figures?.max),
                WordTable.Cell("\(weak) of \(comparison.areas.count) areas"),
            ])
        }
        document.table(spread)
        document.paragraph(
            "Areas with under \(NumberFormatting.fixed(Comparator.lowCoverage * 100, places: 0))% of questions answered are "
                + "shown but not ranked.", style: "Note")
        return try WordPackage.bytes(document, title: "Comparison: \(workbook.title)")
    }
}
