import WorkbookComparison
import WorkbookModel
import WorkbookSupport

extension CompareRenderer {
    /// The matrix as a Markdown table, then the common weakest links.
    static func markdown(_ comparison: Comparison, spill: Spill = Spill()) -> String {
        let workbook = comparison.workbook
        var out = "# Comparison: \(workbook.title.markdownEscaped)\n\n"
        out += "\(comparison.areas.count) areas on \(workbook.id.markdownEscaped) \(workbook.version.markdownEscaped). "
        out += "Elements are numbered as listed below the table.\n\n"
        out +=
            "| Rank | Area | Period | Overall | Chain | Coverage | "
            + workbook.elements.indices.map { "\($0 + 1)" }.joined(separator: " | ") + " |\n"
        out +=
            "| ---: | --- | --- | ---: | ---: | ---: | "
            + workbook.elements.map { _ in "---:" }.joined(separator: " | ") + " |\n"
        for area in comparison.areas {
            let s = area.summary
            var cells = [
                area.rank.map(String.init) ?? (area.lowCoverage ? "low coverage" : "–"), s.assessed.markdownEscaped,
                s.period.markdownEscaped, score(s.overall) + (area.outlier.map { " (outlier, \($0.rawValue))" } ?? ""),
                score(s.chainStrength), s.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–",
            ]
            cells += workbook.elements.map { score(s.score($0.id)) }
            out += "| " + cells.joined(separator: " | ") + " |\n"
            spill(&out)
        }
        out += "\n## Elements\n\n| # | Element | Median | Lowest | Highest |\n| ---: | --- | ---: | ---: | ---: |\n"
        for (index, element) in workbook.elements.enumerated() {
            let spread = comparison.elements.first { $0.id == element.id }
            out +=
                "| \(index + 1) | \(element.title.markdownEscaped) | \(score(spread?.median)) | \(score(spread?.min)) | \(score(spread?.max)) |\n"
        }
        out += consensusMarkdown(comparison)
        if !comparison.commonWeakestLinks.isEmpty {
            out += "\n## Common weakest links\n\n"
            for link in comparison.commonWeakestLinks {
                let title = workbook.title(ofElement: link.element)
                out += "- \(title.markdownEscaped): \(link.areas) of \(comparison.areas.count) areas\n"
            }
        }
        return out
    }

    private static func score(_ value: Double?) -> String {
        value.map { NumberFormatting.oneDecimal($0) } ?? "–"
    }
}
