import WorkbookComparison
import WorkbookModel
import WorkbookSupport

extension CompareRenderer {
    /// A self-contained, printable heat map: areas × elements, each cell coloured by its band
    /// and showing its score and band mark (never colour alone), then ranks, element spreads
    /// and common weakest links. No script, nothing fetched; every user text escaped.
    static func html(_ comparison: Comparison, spill: Spill = Spill()) -> HTML {
        let workbook = comparison.workbook
        let marks = bandMarks(workbook)
        let palette = BandPalette(workbook.bands)
        var out: HTML = HTMLPage.open(title: "Comparison: \(workbook.title)", style: style)
        out += "<header><p class=\"eyebrow\">Comparison · \(workbook.id) \(workbook.version)</p>"
        out += "<h1>\(workbook.title)</h1>"
        out += "<p>\(comparison.areas.count) areas. Each cell shows the element's score and its band: "
        out += workbook.bands
            .map { band -> HTML in
                "<span class=\"chip\" style=\"\(HTMLPage.bandStyle(band, palette: palette))\">\(marks[band.id] ?? "") \(band.label)</span>"
            }
            .joined(separator: " ")
        out += "</p></header>\n<section><h2 id=\"heat-title\">Areas by element</h2>"
        out +=
            "<div class=\"scroll\" role=\"region\" aria-labelledby=\"heat-title\" tabindex=\"0\"><table class=\"heat\">\n"
        out +=
            "<caption class=\"visually-hidden\">Each area's overall score, chain strength, coverage and element scores, "
        out += "with the band written in each cell</caption>\n<thead><tr>"
        out +=
            "<th scope=\"col\">Rank</th><th scope=\"col\">Area</th><th scope=\"col\">Overall</th><th scope=\"col\">Chain</th><th scope=\"col\">Coverage</th>"
        for (index, element) in workbook.elements.enumerated() {
            out +=
                "<th scope=\"col\" title=\"\(element.title)\"><span class=\"num\">\(index + 1)</span> \(element.title)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for area in comparison.areas {
            let summary = area.summary
            let rank = area.rank.map(String.init) ?? (area.lowCoverage ? "not ranked (low coverage)" : "–")
            out += "<tr><td class=\"rank\">\(rank)</td><th scope=\"row\">\(summary.assessed)"
            out += "<span class=\"period\">\(summary.period)</span>"
            if let outlier = area.outlier { out += "<span class=\"flag\">outlier (\(outlier.rawValue))</span>" }
            out += "</th>"
            out +=
                cell(summary.overall, workbook, marks, palette) + cell(summary.chainStrength, workbook, marks, palette)
            out +=
                "<td class=\"cov\">\(summary.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–")</td>"
            for element in workbook.elements { out += cell(summary.score(element.id), workbook, marks, palette) }
            out += "</tr>\n"
            spill(&out)
        }
        out += "</tbody></table></div></section>\n"
        out += "<section><h2 id=\"spread-title\">Elements across areas</h2>"
        out += "<div class=\"scroll\" role=\"region\" aria-labelledby=\"spread-title\" tabindex=\"0\"><table>"
        out +=
            "<caption class=\"visually-hidden\">Each element's median, lowest and highest score across the areas</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Element</th>"
        out +=
            "<th scope=\"col\">Median</th><th scope=\"col\">Lowest</th><th scope=\"col\">Highest</th><th scope=\"col\">Weakest link in</th></tr></thead><tbody>\n"
        for (index, element) in workbook.elements.enumerated() {
            let spread = comparison.elements.first { $0.id == element.id }
            let weak = comparison.commonWeakestLinks.first { $0.element == element.id }?.areas ?? 0
            out += "<tr><td>\(index + 1)</td><td>\(element.title)</td>"
            out += "<td>\(format(spread?.median))</td><td>\(format(spread?.min))</td><td>\(format(spread?.max))</td>"
            out += "<td>\(weak) of \(comparison.areas.count) areas</td></tr>\n"
        }
        out += "</tbody></table></div>"
        if let fences = comparison.outlierFences {
            out +=
                "<p class=\"note\">Outliers: an area whose overall score is outside \(NumberFormatting.oneDecimal(fences.low))–"
            out +=
                "\(NumberFormatting.oneDecimal(fences.high)) (Tukey's fences: 1.5 × the interquartile range beyond the quartiles of the ranked areas).</p>"
        }
        out +=
            "<p class=\"note\">Areas with under \(NumberFormatting.fixed(Comparator.lowCoverage * 100, places: 0))% of questions answered are shown but not ranked.</p></section>\n"
        out += consensusHTML(comparison)
        // Escaped for a <script> block by the serializer.
        let data = HTML.raw(CompareRenderer.json(comparison).serialized(escapingHTML: true))
        out += "<script type=\"application/json\" id=\"comparison-data\">\n\(data)</script>\n"
        return out + HTMLPage.close()
    }

    private static func cell(
        _ score: Double?, _ workbook: Workbook, _ marks: [String: String], _ palette: BandPalette
    ) -> HTML {
        guard let score, let band = workbook.band(for: score) else { return "<td class=\"none\">not scored</td>" }
        return "<td style=\"\(HTMLPage.bandStyle(band, palette: palette))\">\(NumberFormatting.oneDecimal(score))"
            + "<span class=\"mark\"> \(marks[band.id] ?? "")</span></td>"
    }

    private static func format(_ value: Double?) -> String {
        value.map { NumberFormatting.oneDecimal($0) } ?? "–"
    }

    private static let style = EmbeddedAssets.compareCSS
}

/// The page shell and band colouring every HTML output shares: no script, no fetch (the
/// report's Content-Security-Policy says so to the browser too), system fonts, A4 printing.
enum HTMLPage {
    static func open(title: String, style extra: String) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(HTMLReport.contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        \(HTML.raw(EmbeddedAssets.pageCSS))\(HTML.raw(extra))</style>
        </head>
        <body>

        """
    }

    static func close() -> HTML { "</body>\n</html>\n" }

    /// Background in the band's colour with black or white text, whichever contrasts more
    /// (the same palette the report's drawings use).
    static func bandStyle(_ band: Band?, palette: BandPalette) -> String {
        let swatch = palette.swatch(band)
        return "background:\(swatch.fill);color:\(swatch.text)"
    }
}
