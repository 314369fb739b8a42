import WorkbookComparison
import WorkbookModel
import WorkbookSupport

extension CompareRenderer {
    /// Areas × elements as a matrix, each cell a score and its band's mark, then ranks,
    /// common weakest links and outliers.
    static func text(_ comparison: Comparison, options: RenderOptions, spill: Spill = Spill()) -> String {
        var text = TextWriter(colour: options.colour)
        let workbook = comparison.workbook
        let marks = bandMarks(workbook)
        let periods = Set(comparison.areas.map({ $0.summary.period })).sorted()
        text.line(text.bold("Comparison: \(workbook.title)") + " (\(workbook.id) \(workbook.version))")
        text.line(
            "\(comparison.areas.count) area\(comparison.areas.count == 1 ? "" : "s") · \(periods.joined(separator: ", "))"
        )
        text.line("Bands: " + workbook.bands.map { "\(marks[$0.id] ?? "?") \($0.label)" }.joined(separator: " · "))
        text.blank()
        // Wide enough for an area and its plan ("Eastbridge – Tobacco control").
        let nameWidth = min(40, max(6, comparison.areas.map({ $0.summary.assessed.count }).max() ?? 6)) + 1
        let showPeriod = periods.count > 1
        let periodWidth = (comparison.areas.map({ $0.summary.period.count }).max() ?? 6) + 2
        var header =
            pad("Rank", 6) + pad("Area", nameWidth) + (showPeriod ? pad("Period", periodWidth) : "") + pad("Overall", 9)
            + pad("Chain", 8) + pad("Cover", 6)
        header += workbook.elements.indices.map { pad(String($0 + 1), 5) }.joined()
        text.line(header)
        for area in comparison.areas {
            let summary = area.summary
            let rank = area.rank.map(String.init) ?? (area.lowCoverage ? "low" : "–")
            var row = pad(rank, 6) + pad(truncate(summary.assessed, to: nameWidth - 1), nameWidth)
            if showPeriod { row += pad(summary.period, periodWidth) }
            row += pad(cell(summary.overall, workbook, marks), 9) + pad(cell(summary.chainStrength, workbook, marks), 8)
            row += pad(summary.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–", 6)
            row += workbook.elements.map { pad(cell(summary.score($0.id), workbook, marks), 5) }.joined()
            if let outlier = area.outlier { row += " outlier (\(outlier.rawValue))" }
            text.line(row)
            text.spill(spill)
        }
        text.blank()
        text.heading("Elements")
        for (index, element) in workbook.elements.enumerated() {
            let spread = comparison.elements.first { $0.id == element.id }
            let figures =
                spread.flatMap { spread in
                    spread.median.map {
                        "median \(NumberFormatting.oneDecimal($0)), range \(NumberFormatting.oneDecimal(spread.min ?? 0))–\(NumberFormatting.oneDecimal(spread.max ?? 0))"
                    }
                } ?? "not scored anywhere"
            text.line("  " + pad("\(index + 1).", 4) + pad(truncate(element.title, to: 44), 46) + figures)
        }
        consensusText(comparison, into: &text)
        if !comparison.commonWeakestLinks.isEmpty {
            text.blank()
            text.heading("Common weakest links")
            for link in comparison.commonWeakestLinks.prefix(5) {
                let title = workbook.title(ofElement: link.element)
                text.line("  \(title): a weakest link in \(link.areas) of \(comparison.areas.count) areas")
            }
        }
        let lows = comparison.areas.filter({ $0.lowCoverage })
        if !lows.isEmpty {
            text.blank()
            text.heading(
                "Not ranked: under \(NumberFormatting.fixed(Comparator.lowCoverage * 100, places: 0))% of questions answered"
            )
            for area in lows {
                text.line(
                    "  \(area.summary.assessed) (\(area.summary.period)): \(area.summary.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "nothing") answered"
                )
            }
        }
        if let fences = comparison.outlierFences {
            text.blank()
            let outliers = comparison.areas.outliers
            text.line(
                "Outliers (overall outside \(NumberFormatting.oneDecimal(fences.low))–\(NumberFormatting.oneDecimal(fences.high)), Tukey's fences): "
                    + (outliers.isEmpty
                        ? "none"
                        : outliers.map { "\($0.summary.assessed) (\($0.outlier?.rawValue ?? ""))" }
                            .joined(separator: ", ")))
        }
        return text.output
    }

    private static func cell(_ score: Double?, _ workbook: Workbook, _ marks: [String: String]) -> String {
        guard let score else { return "–" }
        let mark = workbook.band(for: score).flatMap { marks[$0.id] } ?? ""
        return NumberFormatting.oneDecimal(score) + mark
    }
}
